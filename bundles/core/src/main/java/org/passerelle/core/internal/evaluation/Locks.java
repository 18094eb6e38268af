package org.passerelle.core.internal.evaluation;

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
                        + " WHERE c.placement.period.id = :p AND i.learner = c.placement.learner AND i.finalised = true"
                        + " AND c.meetingDate <= i.reviewDate")
                .setParameter("p", periodId).getSingleResult() > 0;
    }

    public static boolean reviewTakenIntoAccount(EntityManager em, long placementId) {
        return (Long) em.createQuery("SELECT COUNT(c) FROM CompanyReviewEntity c, IntermediateReviewEntity i"
                        + " WHERE c.placement.id = :p AND i.learner = c.placement.learner AND i.finalised = true"
                        + " AND c.meetingDate <= i.reviewDate")
                .setParameter("p", placementId).getSingleResult() > 0;
    }
}
