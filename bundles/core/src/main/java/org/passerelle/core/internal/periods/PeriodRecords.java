package org.passerelle.core.internal.periods;

import org.passerelle.core.internal.common.Validation;
import org.passerelle.core.internal.common.AccessRules;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.persistence.EntityManager;
import org.passerelle.core.DomainException;
import org.passerelle.core.internal.organisation.LearnerEntity;
import org.passerelle.core.security.Caller;
import org.passerelle.core.security.Role;
import static org.passerelle.core.internal.periods.PeriodViews.*;

/**
 * The records of periods and placements as a caller may reach them (else "not found", never "forbidden", so that nothing
 * leaks), and the checks on who may write them.
 */
final class PeriodRecords {

    private PeriodRecords() {
    }

    /** Staff of the learner's establishment, the learner, their master (a trainer's link opens placements, not learners). */
    static LearnerEntity readableLearner(EntityManager em, Caller caller, long learnerId) {
        LearnerEntity learner = em.find(LearnerEntity.class, learnerId);
        if (learner == null || !readsLearner(caller, learner)) {
            throw DomainException.notFound("learner-not-found", learnerId);
        }
        return learner;
    }

    static boolean readsLearner(Caller caller, LearnerEntity learner) {
        return AccessRules.readsLearner(caller, learner.id(), learner.establishment().id(), learner.person().id(),
                learner.master() == null ? null : learner.master().id(), false);
    }

    /** Staff of the establishment; the learner of the placement; their master; a trainer whose link grants it. */
    static PlacementEntity readablePlacement(EntityManager em, Caller caller, long placementId) {
        PlacementEntity placement = em.find(PlacementEntity.class, placementId);
        if (placement == null || placement.period().deleted() || !AccessRules.sees(caller, establishmentOf(placement.period()))) {
            throw DomainException.notFound("placement-not-found", placementId);
        }
        // A tutor's link grants one placement; everyone else reads the placement as they read its learner.
        boolean allowed = caller.role() == Role.TUTOR ? caller.granted("placement:" + placementId) : readsLearner(caller, placement.learner());
        if (!allowed) {
            throw DomainException.notFound("placement-not-found", placementId);
        }
        return placement;
    }

    /** A period that exists, is not deleted and is of the caller's establishment; otherwise "not found". */
    static PeriodEntity livePeriod(EntityManager em, Caller caller, long periodId) {
        PeriodEntity period = em.find(PeriodEntity.class, periodId);
        if (period == null || period.deleted() || !AccessRules.sees(caller, establishmentOf(period))) {
            throw DomainException.notFound("period-not-found", periodId);
        }
        return period;
    }

    static PeriodEntity readablePeriod(EntityManager em, Caller caller, long periodId) {
        PeriodEntity period = livePeriod(em, caller, periodId);
        boolean allowed = caller.role().isStaff() || placementsOf(em, periodId).stream().anyMatch(p -> readsLearner(caller, p.learner()));
        if (!allowed) {
            throw DomainException.notFound("period-not-found", periodId);
        }
        return period;
    }

    static List<LearnerEntity> learners(EntityManager em, List<Long> ids, long establishmentId) {
        List<LearnerEntity> found = new ArrayList<>();
        Set<Long> seen = new LinkedHashSet<>();
        List<Long> given = ids == null ? List.<Long>of() : ids;
        for (int i = 0; i < given.size(); i++) {
            Long id = given.get(i);
            if (id == null) {
                // [null] is a mistake, never "nobody".
                throw DomainException.invalid("required", "learnerIds[" + i + "]");
            }
            if (!seen.add(id)) {
                continue;
            }
            LearnerEntity learner = em.find(LearnerEntity.class, id);
            // Another establishment's learner is refused like one that does not exist.
            if (learner == null || learner.establishment().id() != establishmentId) {
                throw DomainException.invalid("unknown-learner", "learnerIds", id);
            }
            found.add(learner);
        }
        return found;
    }

    static long establishmentOf(PeriodEntity period) {
        return period.annex().classLevel().establishment().id();
    }

    static List<PlacementEntity> placementsOf(EntityManager em, long periodId) {
        return em.createQuery("SELECT p FROM PlacementEntity p WHERE p.period.id = :p ORDER BY p.learner.person.familyName, p.learner.person.firstName",
                PlacementEntity.class).setParameter("p", periodId).getResultList();
    }

    static List<ActivitySheetEntity> sheetsOfPeriod(EntityManager em, long periodId) {
        return em.createQuery("SELECT s FROM ActivitySheetEntity s WHERE s.placement.period.id = :p", ActivitySheetEntity.class)
                .setParameter("p", periodId).getResultList();
    }

    static void requireWriter(Caller caller, PlacementEntity placement, Set<Role> writers) {
        if (!writers.contains(caller.role())) {
            throw DomainException.forbidden("role-not-allowed", caller.role());
        }
    }

    static void requireVersion(EntityManager em, PlacementEntity placement, Integer version) {
        if (placement.version() != Validation.version(version, "version")) {
            throw DomainException.staleVersion(view(em, placement));
        }
        // A save that changes nothing is checked at commit too: never 200 for a version that just lost.
        em.lock(placement, javax.persistence.LockModeType.OPTIMISTIC);
    }
}
