package org.passerelle.core.internal.evaluation;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.persistence.EntityManager;

/**
 * DOMAIN.md, Locks: a company review is taken into account once its meeting date is on or before the date of a
 * finalised intermediate review of the same learner; then its period can be neither edited nor deleted.
 */
public final class Locks {

    private Locks() {
    }

    public static boolean periodLocked(EntityManager em, long periodId) {
        return (Long) em.createQuery("SELECT COUNT(c) FROM CompanyReviewEntity c, IntermediateReviewEntity i"
                        + " WHERE c.placement.period.id = :p AND i.learner = c.placement.learner AND i.finalised = true AND i.kind = 'INTERMEDIATE'"
                        + " AND c.meetingDate <= i.reviewDate")
                .setParameter("p", periodId).getSingleResult() > 0;
    }

    /** Which of these periods are locked, in one query (the lists show many periods). */
    public static Set<Long> lockedPeriods(EntityManager em, Collection<Long> periodIds) {
        if (periodIds.isEmpty()) {
            return Set.of();
        }
        List<?> rows = em.createQuery("SELECT DISTINCT c.placement.period.id FROM CompanyReviewEntity c, IntermediateReviewEntity i"
                        + " WHERE c.placement.period.id IN :p AND i.learner = c.placement.learner AND i.finalised = true AND i.kind = 'INTERMEDIATE'"
                        + " AND c.meetingDate <= i.reviewDate")
                .setParameter("p", periodIds).getResultList();
        Set<Long> locked = new HashSet<>();
        rows.forEach(id -> locked.add(((Number) id).longValue()));
        return locked;
    }

    public static boolean reviewTakenIntoAccount(EntityManager em, long placementId) {
        return (Long) em.createQuery("SELECT COUNT(c) FROM CompanyReviewEntity c, IntermediateReviewEntity i"
                        + " WHERE c.placement.id = :p AND i.learner = c.placement.learner AND i.finalised = true AND i.kind = 'INTERMEDIATE'"
                        + " AND c.meetingDate <= i.reviewDate")
                .setParameter("p", placementId).getSingleResult() > 0;
    }

    /** The date (ISO) of the learner's last finalised intermediate review, or null. */
    public static String lastFinalisedReview(EntityManager em, long learnerId) {
        return em.createQuery("SELECT MAX(i.reviewDate) FROM IntermediateReviewEntity i WHERE i.learner.id = :l AND i.finalised = true"
                        + " AND i.kind = 'INTERMEDIATE'", String.class)
                .setParameter("l", learnerId).getSingleResult();
    }
}
