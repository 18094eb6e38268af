package org.passerelle.core.internal.periods;

import javax.persistence.EntityManager;
import org.passerelle.core.DomainException;
import org.passerelle.core.security.Caller;

/**
 * The read rules of placements and periods (those of {@link PeriodRecords}) for code outside this package: whether
 * the caller may read the record at all, so that a request about a record they may not read is answered 404 before
 * its body is judged ({@code JpaRecordOwners}).
 */
public final class PeriodAccess {

    private PeriodAccess() {
    }

    /** The placement exists, is not in a deleted period, and the caller reads it (staff, the learner, their master, a granted tutor). */
    public static boolean readsPlacement(EntityManager em, Caller caller, long placementId) {
        try {
            PeriodRecords.readablePlacement(em, caller, placementId);
            return true;
        } catch (DomainException notFound) {
            return false;
        }
    }

    /** The period exists, is not deleted, and the caller reads it (staff, or one of its learners, or their master). */
    public static boolean readsPeriod(EntityManager em, Caller caller, long periodId) {
        try {
            PeriodRecords.readablePeriod(em, caller, periodId);
            return true;
        } catch (DomainException notFound) {
            return false;
        }
    }

    /** The placement as {@link #readsPlacement} judges it, or 404 placement-not-found. */
    public static PlacementEntity placement(EntityManager em, Caller caller, long placementId) {
        return PeriodRecords.readablePlacement(em, caller, placementId);
    }

    /** The learner if the caller reads them (staff of the establishment, the learner, their master), or 404 learner-not-found. */
    public static org.passerelle.core.internal.organisation.LearnerEntity learner(EntityManager em, Caller caller, long learnerId) {
        return PeriodRecords.readableLearner(em, caller, learnerId);
    }

    /** Whether the caller reads the learner (staff of the establishment, the learner, their master). */
    public static boolean readsLearner(Caller caller, org.passerelle.core.internal.organisation.LearnerEntity learner) {
        return PeriodRecords.readsLearner(caller, learner);
    }

    /**
     * The placement a tutor's link grants ({@code placement:<id>}), if it exists and the tutor still reads it (its
     * period not deleted, the link's establishment); empty for any other caller or grant.
     */
    public static java.util.Optional<PlacementEntity> grantedPlacement(EntityManager em, Caller caller) {
        String grant = caller.grant();
        if (caller.role() != org.passerelle.core.security.Role.TUTOR || grant == null || !grant.matches("placement:[0-9]{1,18}")) {
            return java.util.Optional.empty();
        }
        long placementId = Long.parseLong(grant.substring("placement:".length()));
        return readsPlacement(em, caller, placementId) ? java.util.Optional.of(em.find(PlacementEntity.class, placementId)) : java.util.Optional.empty();
    }

    /**
     * Whether a learner, master or tutor may address this learner's record at all (staff of the establishment always
     * may): the learner themself, their master, a tutor whose link grants the learner or one of their placements
     * ({@link #grantedPlacement}). So that another learner's booklet or files are answered 404 before the body is judged.
     */
    public static boolean addressesLearner(EntityManager em, Caller caller, long learnerId) {
        org.passerelle.core.internal.organisation.LearnerEntity learner = em.find(org.passerelle.core.internal.organisation.LearnerEntity.class, learnerId);
        if (learner == null) {
            return false;
        }
        if (grantedPlacement(em, caller).filter(p -> p.learner().id() == learnerId).isPresent()) {
            return true;
        }
        return org.passerelle.core.internal.common.AccessRules.readsLearner(caller, learner.id(), learner.establishment().id(), learner.person().id(),
                learner.master() == null ? null : learner.master().id(), true);
    }
}
