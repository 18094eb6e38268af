package org.passerelle.core.internal.evaluation;

import org.passerelle.core.internal.common.Validation;
import org.passerelle.core.internal.common.AccessRules;
import java.time.LocalDate;
import java.util.List;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.passerelle.core.DomainException;
import org.passerelle.core.evaluation.EvaluationRecords;
import org.passerelle.core.internal.organisation.LearnerEntity;
import org.passerelle.core.internal.periods.PlacementEntity;
import org.passerelle.core.periods.PeriodKind;
import org.passerelle.core.security.Caller;
import org.passerelle.core.security.Role;

/** {@link EvaluationRecords} on JPA; the teaching team of the learner's establishment writes them. */
public final class JpaEvaluationRecords implements EvaluationRecords {

    private final JpaTemplate jpa;

    public JpaEvaluationRecords(JpaTemplate jpa) {
        this.jpa = jpa;
    }

    @Override
    public void recordCompanyReviewMeeting(Caller caller, long placementId, LocalDate meetingDate) {
        AccessRules.requireRole(caller, Role.ADMIN, Role.DDFPT, Role.TEACHER);
        Validation.present(meetingDate, "meetingDate");
        jpa.tx(TransactionType.Required, em -> {
            PlacementEntity placement = em.find(PlacementEntity.class, placementId);
            if (placement == null || !AccessRules.sees(caller, placement.learner().establishment().id())) {
                throw DomainException.notFound("placement-not-found", placementId);
            }
            if (placement.period().kind() == PeriodKind.PERIOD_1) {
                throw DomainException.invalid("no-company-review-in-period-1", "placementId", placementId);
            }
            if (Locks.reviewTakenIntoAccount(em, placementId)) {
                throw DomainException.conflict("review-taken-into-account", null);
            }
            List<CompanyReviewEntity> existing = em.createQuery("SELECT c FROM CompanyReviewEntity c WHERE c.placement.id = :p", CompanyReviewEntity.class)
                    .setParameter("p", placementId).getResultList();
            if (existing.isEmpty()) {
                em.persist(new CompanyReviewEntity(placement, meetingDate.toString()));
            } else {
                existing.get(0).meetingDate(meetingDate.toString());
            }
        });
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
