package org.passerelle.core.internal.periods;

import org.passerelle.core.internal.common.Audit;
import org.passerelle.core.internal.common.Validation;
import org.passerelle.core.internal.common.AccessRules;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.passerelle.core.DomainException;
import org.passerelle.core.internal.common.Establishments;
import org.passerelle.core.internal.common.ConflictTranslatingJpaTemplate;
import org.passerelle.core.internal.organisation.LearnerEntity;
import org.passerelle.core.internal.security.JpaTrainerLinks;
import org.passerelle.core.internal.evaluation.Locks;
import org.passerelle.core.organisation.LearnerStatus;
import org.passerelle.core.periods.LearnerPeriod;
import org.passerelle.core.periods.Period;
import org.passerelle.core.periods.PeriodInformation;
import org.passerelle.core.referential.ReferentialRegistry;
import org.passerelle.core.security.Caller;
import static org.passerelle.core.internal.periods.PeriodRecords.*;
import static org.passerelle.core.internal.periods.PeriodChecks.*;
import static org.passerelle.core.internal.periods.PeriodViews.*;

/**
 * Periods in company: created from an annex, edited in four pages (each with the period's version, always raised),
 * deleted to the free-sheets folder and restored within 30 days; a learner's view of their periods.
 */
final class Periods {

    private final JpaTemplate jpa;
    private final ReferentialRegistry referentials;
    private final java.time.Clock clock;

    private final org.passerelle.core.internal.followup.FirstSheets firstSheets;

    Periods(JpaTemplate jpa, ReferentialRegistry referentials, java.time.Clock clock) {
        this.jpa = jpa;
        this.referentials = referentials;
        this.clock = clock;
        this.firstSheets = new org.passerelle.core.internal.followup.FirstSheets(referentials);
    }

    public Period createPeriod(Caller caller, long annexId, PeriodInformation information, List<Long> learnerIds) {
        AccessRules.signedIn(caller);
        return jpa.txExpr(TransactionType.Required, em -> {
            AnnexEntity annex = em.find(AnnexEntity.class, annexId);
            if (annex == null || !AccessRules.sees(caller, annex.classLevel().establishment().id())) {
                throw DomainException.notFound("annex-not-found", annexId);
            }
            AccessRules.requireStaffOf(caller, annex.classLevel().establishment().id());
            Dates dates = dates(information);
            String name = Validation.required(information.name(), "name", 200);
            var kind = Validation.present(information.kind(), "kind");
            PeriodEntity period = new PeriodEntity(annex, name, kind, dates.start().toString(), dates.end().toString());
            em.persist(period);
            for (LearnerEntity learner : learners(em, learnerIds, establishmentOf(period))) {
                place(em, period, learner);
            }
            em.flush();
            return view(em, period);
        });
    }

    public List<Period> periods(Caller caller, long establishmentId, Long classLevelId) {
        AccessRules.requireStaffOf(caller, establishmentId);
        Establishments.requireExisting(jpa, caller, establishmentId);
        return jpa.txExpr(TransactionType.Supports, em -> {
            var query = em.createQuery("SELECT p FROM PeriodEntity p WHERE p.annex.classLevel.establishment.id = :e AND p.deletedAt = 0"
                    + (classLevelId == null ? "" : " AND p.annex.classLevel.id = :l") + " ORDER BY p.id", PeriodEntity.class)
                    .setParameter("e", establishmentId);
            if (classLevelId != null) {
                query.setParameter("l", classLevelId);
            }
            return views(em, query.getResultList());
        });
    }

    public Period period(Caller caller, long periodId) {
        AccessRules.signedIn(caller);
        return jpa.txExpr(TransactionType.Supports, em -> {
            PeriodEntity period = readablePeriod(em, caller, periodId);
            return view(em, period);
        });
    }

    public Period updateInformation(Caller caller, long periodId, PeriodInformation information, Integer version) {
        return editPeriod(caller, periodId, version, (em, period) -> {
            Dates dates = dates(information);
            String name = Validation.required(information.name(), "name", 200);
            var kind = Validation.present(information.kind(), "kind");
            period.inform(name, kind, dates.start().toString(), dates.end().toString());
            org.passerelle.core.internal.security.JpaTrainerLinks.followPeriod(em, period);
        });
    }

    public Period updateLearners(Caller caller, long periodId, List<Long> learnerIds, Integer version) {
        return editPeriod(caller, periodId, version, (em, period) -> {
            // A missing list is a mistake, never "take everyone off".
            List<LearnerEntity> wanted = learners(em, Validation.present(learnerIds, "learnerIds"), establishmentOf(period));
            Set<Long> wantedIds = new LinkedHashSet<>();
            wanted.forEach(l -> wantedIds.add(l.id()));
            Set<Long> present = new LinkedHashSet<>();
            for (PlacementEntity placement : placementsOf(em, period.id())) {
                if (wantedIds.contains(placement.learner().id())) {
                    present.add(placement.learner().id());
                } else {
                    removePlacement(em, placement);
                }
            }
            for (LearnerEntity learner : wanted) {
                if (!present.contains(learner.id())) {
                    place(em, period, learner);
                }
            }
        });
    }

    /** The learner's placement in the period, with its first activity sheet when their layout is one of sheets. */
    private void place(EntityManager em, PeriodEntity period, LearnerEntity learner) {
        PlacementEntity placement = new PlacementEntity(period, learner);
        em.persist(placement);
        firstSheets.madeWith(em, placement, clock.millis());
    }

    /**
     * A learner taken off a period: their activity sheets go to their free-sheets folder (nothing they wrote is
     * lost), the tutor's links to that liaison sheet stop working, then the placement goes. A company or attitudes review
     * already written for it keeps it (409), and so does a portfolio, logbook or personal review the learner wrote (409
     * placement-has-follow-up): an evaluation or a learner's work is never deleted with a click.
     */
    private void removePlacement(EntityManager em, PlacementEntity placement) {
        // Locked first: a sheet being created in it commits before we look for its sheets, or waits and finds it gone.
        em.refresh(placement, javax.persistence.LockModeType.PESSIMISTIC_WRITE);
        long reviews = (Long) em.createQuery("SELECT COUNT(r) FROM CompanyReviewEntity r WHERE r.placement.id = :p")
                .setParameter("p", placement.id()).getSingleResult()
                + (Long) em.createQuery("SELECT COUNT(a) FROM AttitudeResultEntity a WHERE a.placement.id = :p")
                .setParameter("p", placement.id()).getSingleResult();
        if (reviews > 0) {
            throw DomainException.conflict("placement-has-review", "learnerIds", placement.learner().person().firstName() + " "
                    + placement.learner().person().familyName());
        }
        // A portfolio, logbook or personal review the learner wrote keeps them on the period (issue 11): their pages have
        // no folder of their own to go to, and nothing a learner wrote is lost.
        long written = (Long) em.createQuery("SELECT COUNT(p) FROM PortfolioPageEntity p WHERE p.placement.id = :p")
                .setParameter("p", placement.id()).getSingleResult();
        if (written > 0) {
            throw DomainException.conflict("placement-has-follow-up", "learnerIds", placement.learner().person().firstName() + " "
                    + placement.learner().person().familyName());
        }
        // The sheet the platform made and nobody touched goes with the placement; every other to the free sheets.
        for (ActivitySheetEntity sheet : em.createQuery("SELECT s FROM ActivitySheetEntity s WHERE s.placement.id = :p", ActivitySheetEntity.class)
                .setParameter("p", placement.id()).getResultList()) {
            if (org.passerelle.core.internal.followup.FirstSheets.untouched(em, sheet)) {
                org.passerelle.core.internal.followup.FirstSheets.remove(em, sheet);
            } else {
                sheet.leave();
            }
        }
        em.createQuery("UPDATE CommentEntity c SET c.placement = NULL WHERE c.placement.id = :p").setParameter("p", placement.id()).executeUpdate();
        JpaTrainerLinks.revokeGrant(em, "placement:" + placement.id(), clock.millis());
        em.flush();
        em.remove(placement);
    }

    public Period updateObjectives(Caller caller, long periodId, List<String> objectives, Integer version) {
        return editPeriod(caller, periodId, version, (em, period) -> {
            period.changeObjectives(objectives(Validation.present(objectives, "objectives")));
            followers(em, period).forEach(PlacementEntity::followPeriod);
        });
    }

    public Period updateTasks(Caller caller, long periodId, List<String> tasks, Integer version) {
        return editPeriod(caller, periodId, version, (em, period) -> {
            period.changeTasks(tasks(Validation.present(tasks, "tasks"), pinned(referentials, period.annex().referentialCode(), period.annex().referentialVersion())));
            followers(em, period).forEach(PlacementEntity::followPeriod);
        });
    }

    /** Sheets that were not individualised: they follow every change of their period. */
    private static List<PlacementEntity> followers(EntityManager em, PeriodEntity period) {
        return placementsOf(em, period.id()).stream().filter(p -> !p.individualised()).toList();
    }

    /**
     * One page of the period: its version checked, then bumped whatever the page changes (its learners live in other
     * rows), so that of two saves made from the same version exactly one wins and the other gets 409 with the current
     * state. The period's row is locked before its version is read: writers of one version queue there, so the second
     * always meets the first one's version (409 stale-version with the current state) and never half-runs its page
     * against a state that is already gone (a learner's review or portfolio refusal in place of the stale version).
     */
    private Period editPeriod(Caller caller, long periodId, Integer version, PeriodEdit edit) {
        AccessRules.signedIn(caller);
        return ConflictTranslatingJpaTemplate.withCurrent(() -> jpa.txExpr(TransactionType.Required, em -> {
            PeriodEntity period = livePeriod(em, caller, periodId);
            AccessRules.requireStaffOf(caller, establishmentOf(period));
            // A plain row lock, then a fresh read: OpenJPA's pessimistic refresh would swallow the forced increment below.
            em.createNativeQuery("SELECT ID FROM PERIOD WHERE ID = ? FOR UPDATE").setParameter(1, period.id()).getResultList();
            em.refresh(period);
            if (Locks.periodLocked(em, periodId)) {
                throw DomainException.conflict("period-locked", null);
            }
            if (period.version() != Validation.version(version, "version")) {
                throw DomainException.staleVersion(view(em, period));
            }
            em.lock(period, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            edit.apply(em, period);
            em.flush();
            return view(em, period);
        }), () -> jpa.txExpr(TransactionType.Supports, em -> view(em, livePeriod(em, caller, periodId))));
    }

    @FunctionalInterface
    private interface PeriodEdit {
        void apply(EntityManager em, PeriodEntity period);
    }

    /** How long a deleted period can be restored. */
    static final long RESTORE_WINDOW_MS = java.time.Duration.ofDays(30).toMillis();

    public void deletePeriod(Caller caller, long periodId, boolean confirm) {
        AccessRules.signedIn(caller);
        jpa.tx(TransactionType.Required, em -> {
            PeriodEntity period = livePeriod(em, caller, periodId);
            AccessRules.requireStaffOf(caller, establishmentOf(period));
            if (!confirm) {
                throw DomainException.invalid("confirmation-required", "confirm", period.name());
            }
            if (Locks.periodLocked(em, periodId)) {
                throw DomainException.conflict("period-locked", null);
            }
            period.delete(clock.millis());
            // The sheets the learners touched go to their free sheets; an untouched first sheet stays, for a restore.
            sheetsOfPeriod(em, periodId).stream().filter(s -> !org.passerelle.core.internal.followup.FirstSheets.untouched(em, s))
                    .forEach(ActivitySheetEntity::free);
            int learners = placementsOf(em, periodId).size();
            Audit.record(em, establishmentOf(period), caller.login(),
                    Audit.PERIOD_DELETED, "period " + periodId, period.name(),
                    Audit.text(Audit.PERIOD_DELETED, period.name(),
                            String.valueOf(learners)));
        });
    }

    public Period restorePeriod(Caller caller, long periodId) {
        AccessRules.signedIn(caller);
        return jpa.txExpr(TransactionType.Required, em -> {
            PeriodEntity period = em.find(PeriodEntity.class, periodId);
            if (period == null || !period.deleted() || !AccessRules.sees(caller, establishmentOf(period))) {
                throw DomainException.notFound("period-not-found", periodId);
            }
            AccessRules.requireStaffOf(caller, establishmentOf(period));
            if (clock.millis() - period.deletedAt() > RESTORE_WINDOW_MS) {
                throw DomainException.conflict("restore-expired", null, period.name());
            }
            period.restore();
            for (PlacementEntity placement : placementsOf(em, periodId)) {
                em.createQuery("SELECT s FROM ActivitySheetEntity s WHERE s.originPlacementId = :p", ActivitySheetEntity.class)
                        .setParameter("p", placement.id()).getResultList().forEach(s -> s.restoreTo(placement));
            }
            Audit.record(em, establishmentOf(period), caller.login(),
                    Audit.PERIOD_RESTORED, "period " + periodId, period.name(),
                    Audit.text(Audit.PERIOD_RESTORED, period.name()));
            em.flush();
            return view(em, period);
        });
    }

    public List<Period> deletedPeriods(Caller caller, long establishmentId) {
        AccessRules.requireStaffOf(caller, establishmentId);
        Establishments.requireExisting(jpa, caller, establishmentId);
        // Listed exactly as long as restorePeriod accepts: deleted at most RESTORE_WINDOW_MS ago.
        long since = clock.millis() - RESTORE_WINDOW_MS;
        return jpa.txExpr(TransactionType.Supports, em -> views(em, em.createQuery(
                "SELECT p FROM PeriodEntity p WHERE p.annex.classLevel.establishment.id = :e AND p.deletedAt >= :since AND p.deletedAt > 0 ORDER BY p.id", PeriodEntity.class)
                .setParameter("e", establishmentId).setParameter("since", since).getResultList()));
    }

    public List<LearnerPeriod> learnerPeriods(Caller caller, long learnerId) {
        AccessRules.signedIn(caller);
        return jpa.txExpr(TransactionType.Supports, em -> {
            readableLearner(em, caller, learnerId);
            List<PlacementEntity> placements = em.createQuery("SELECT p FROM PlacementEntity p WHERE p.learner.id = :l AND p.period.deletedAt = 0"
                    + " ORDER BY p.period.startDate", PlacementEntity.class).setParameter("l", learnerId).getResultList();
            Map<Long, Long> counts = new HashMap<>();
            em.createQuery("SELECT s.placement.id, COUNT(s) FROM ActivitySheetEntity s WHERE s.placement.learner.id = :l AND s.deletedAt = 0"
                            + " AND s.week IS NULL GROUP BY s.placement.id",
                    Object[].class).setParameter("l", learnerId).getResultList().forEach(row -> counts.put((Long) row[0], (Long) row[1]));
            Set<Long> locked = Locks.lockedPeriods(em, placements.stream().map(p -> p.period().id()).toList());
            return placements.stream()
                    .map(p -> new LearnerPeriod(p.id(), p.period().id(), p.period().name(), p.period().kind(), LocalDate.parse(p.period().startDate()),
                            LocalDate.parse(p.period().endDate()), counts.getOrDefault(p.id(), 0L), locked.contains(p.period().id()),
                            p.period().annex().referentialCode(), p.period().annex().referentialVersion(),
                            p.learner().status() == LearnerStatus.APPRENTICE))
                    .toList();
        });
    }
}
