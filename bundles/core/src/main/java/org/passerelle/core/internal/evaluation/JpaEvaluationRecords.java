package org.passerelle.core.internal.evaluation;

import org.passerelle.core.internal.common.Validation;
import org.passerelle.core.internal.common.AccessRules;
import java.time.LocalDate;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.passerelle.core.DomainException;
import org.passerelle.core.evaluation.EvaluationRecords;
import org.passerelle.core.internal.organisation.LearnerEntity;
import org.passerelle.core.security.Caller;
import org.passerelle.core.security.Role;

/** {@link EvaluationRecords} on JPA; the teaching team of the learner's establishment writes them. */
public final class JpaEvaluationRecords implements EvaluationRecords {

    private final JpaTemplate jpa;

    public JpaEvaluationRecords(JpaTemplate jpa) {
        this.jpa = jpa;
    }

    @Override
    public void finaliseIntermediateReview(Caller caller, long learnerId, LocalDate reviewDate) {
        AccessRules.requireRole(caller, Role.ADMIN, Role.DDFPT, Role.TEACHER);
        Validation.present(reviewDate, "reviewDate");
        jpa.tx(TransactionType.Required, em -> {
            LearnerEntity learner = em.find(LearnerEntity.class, learnerId);
            if (learner == null || !AccessRules.sees(caller, learner.establishment().id())) {
                throw DomainException.notFound("learner-not-found", learnerId);
            }
            em.persist(new IntermediateReviewEntity(learner, reviewDate.toString(), true));
        });
    }
}
