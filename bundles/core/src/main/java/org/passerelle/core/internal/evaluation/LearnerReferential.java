package org.passerelle.core.internal.evaluation;

import java.util.List;
import javax.persistence.EntityManager;
import org.passerelle.core.DomainException;
import org.passerelle.core.internal.organisation.LearnerEntity;
import org.passerelle.core.referential.ReferentialRegistry;
import org.passerelle.referential.model.Referential;

/** The referential a learner is assessed in: where the dashboard and new reviews take their competencies from. */
final class LearnerReferential {

    private LearnerReferential() {
    }

    /**
     * The default version of the learner's class level's referential; for a learner out of any class, that of their
     * last school evaluation, else of their last placement; 404 no-referential-for-learner when there is none.
     */
    static Referential of(EntityManager em, ReferentialRegistry referentials, LearnerEntity learner) {
        String code = learner.schoolClass() != null ? learner.schoolClass().classLevel().referentialCode() : null;
        if (code == null) {
            List<String> codes = em.createQuery("SELECT s.referentialCode FROM EvaluationEntity e JOIN e.schoolEvaluation s WHERE e.learner.id = :l"
                    + " ORDER BY s.date DESC", String.class).setParameter("l", learner.id()).setMaxResults(1).getResultList();
            if (codes.isEmpty()) {
                codes = em.createQuery("SELECT p.period.annex.referentialCode FROM PlacementEntity p WHERE p.learner.id = :l"
                        + " ORDER BY p.period.startDate DESC", String.class).setParameter("l", learner.id()).setMaxResults(1).getResultList();
            }
            code = codes.isEmpty() ? null : codes.get(0);
        }
        if (code == null) {
            throw DomainException.notFound("no-referential-for-learner", learner.id());
        }
        String found = code;
        return referentials.find(code, null).orElseThrow(() -> DomainException.unavailable("referential-unavailable", found, "")).referential();
    }
}
