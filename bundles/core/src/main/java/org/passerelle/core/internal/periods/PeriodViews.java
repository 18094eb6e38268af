package org.passerelle.core.internal.periods;

import java.time.Instant;
import java.time.LocalDate;
import org.passerelle.core.internal.security.TrainerLinkEntity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.persistence.EntityManager;
import org.passerelle.core.organisation.LearnerStatus;
import org.passerelle.core.internal.evaluation.Locks;
import org.passerelle.core.periods.Annex;
import org.passerelle.core.periods.Period;
import org.passerelle.core.periods.Placement;
import static org.passerelle.core.internal.periods.PeriodRecords.*;

/**
 * The answers built from the entities, with grouped queries (sheet counts, learners, locks) rather than one per row.
 */
final class PeriodViews {

    private PeriodViews() {
    }

    static Annex annex(AnnexEntity a) {
        return new Annex(a.id(), a.classLevel().establishment().id(), a.classLevel().id(), a.name(), a.referentialCode(), a.referentialVersion(),
                a.objectives(), a.tasks(), a.version());
    }

    static Period view(EntityManager em, PeriodEntity p) {
        return views(em, List.of(p)).get(0);
    }

    /** Views of several periods with two queries in all (their learners, their locks), not two per period. */
    static List<Period> views(EntityManager em, List<PeriodEntity> periods) {
        if (periods.isEmpty()) {
            return List.of();
        }
        List<Long> ids = periods.stream().map(PeriodEntity::id).toList();
        Map<Long, List<Long>> learners = new HashMap<>();
        em.createQuery("SELECT pl.period.id, pl.learner.id FROM PlacementEntity pl WHERE pl.period.id IN :ids"
                        + " ORDER BY pl.learner.person.familyName, pl.learner.person.firstName", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(row -> learners.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((Long) row[1]));
        Set<Long> locked = Locks.lockedPeriods(em, ids);
        return periods.stream().map(p -> new Period(p.id(), establishmentOf(p), p.annex().id(), p.annex().classLevel().id(), p.name(), p.kind(),
                LocalDate.parse(p.startDate()), LocalDate.parse(p.endDate()), p.annex().referentialCode(), p.annex().referentialVersion(),
                p.objectives(), p.tasks(), learners.getOrDefault(p.id(), List.of()), locked.contains(p.id()), p.version())).toList();
    }

    static Placement view(EntityManager em, PlacementEntity p) {
        return view(p, sheetCount(em, p.id()), Locks.periodLocked(em, p.period().id()), newestLinks(em, List.of(p)).get(p.id()),
                !editedPortfolios(em, List.of(p.id())).isEmpty());
    }

    /**
     * Placement id → the newest link of its current tutor for its liaison sheet ({@code placement:<id>}), for those that
     * have one: one query for a whole period.
     */
    static Map<Long, TrainerLinkEntity> newestLinks(EntityManager em, List<PlacementEntity> placements) {
        Map<String, PlacementEntity> byGrant = new HashMap<>();
        placements.stream().filter(p -> p.tutor() != null).forEach(p -> byGrant.put("placement:" + p.id(), p));
        Map<Long, TrainerLinkEntity> newest = new HashMap<>();
        if (byGrant.isEmpty()) {
            return newest;
        }
        em.createQuery("SELECT l FROM TrainerLinkEntity l WHERE l.grant IN :g ORDER BY l.id", TrainerLinkEntity.class)
                .setParameter("g", List.copyOf(byGrant.keySet())).getResultList().forEach(l -> {
                    PlacementEntity p = byGrant.get(l.grant());
                    if (l.trainer().id() == p.tutor().id()) {
                        newest.put(p.id(), l);
                    }
                });
        return newest;
    }

    static Placement view(PlacementEntity p, long sheetCount, boolean locked, TrainerLinkEntity newestLink, boolean portfolioEdited) {
        var person = p.learner().person();
        var t = p.tutor();
        PeriodEntity period = p.period();
        Placement.Tutor tutor = t == null ? null : new Placement.Tutor(t.id(), t.familyName(), t.firstName(), t.email(), access(newestLink),
                newestLink == null ? null : Instant.ofEpochMilli(newestLink.revokedAt() != 0 ? newestLink.revokedAt() : newestLink.expiresAt()));
        return new Placement(p.id(), period.id(), period.name(), period.kind(), LocalDate.parse(period.startDate()), LocalDate.parse(period.endDate()),
                period.annex().referentialCode(), period.annex().referentialVersion(), p.learner().id(),
                person.familyName() + " " + person.firstName(), p.learner().status() == LearnerStatus.APPRENTICE, p.place(), p.objectives(),
                p.tasks(), p.individualised(), p.differsFromPeriod(), tutor, sheetCount, locked, p.version(), master(p), portfolioEdited);
    }

    private static Placement.Master master(PlacementEntity p) {
        var m = p.learner().master();
        return p.learner().status() != LearnerStatus.APPRENTICE || m == null ? null
                : new Placement.Master(m.id(), m.familyName(), m.firstName(), m.email());
    }

    private static String access(TrainerLinkEntity link) {
        if (link == null) {
            return "NONE";
        }
        return link.revokedAt() != 0 ? "REVOKED" : link.liveAt(System.currentTimeMillis()) ? "ACTIVE" : "EXPIRED";
    }

    /** Placement id → count of its activity sheets, for every placement of the period that has some. */
    static Map<Long, Long> sheetCounts(EntityManager em, long periodId) {
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery("SELECT s.placement.id, COUNT(s) FROM ActivitySheetEntity s WHERE s.placement.period.id = :p AND s.deletedAt = 0"
                        + " AND s.week IS NULL GROUP BY s.placement.id",
                Object[].class).setParameter("p", periodId).getResultList().forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    static long sheetCount(EntityManager em, long placementId) {
        return (Long) em.createQuery("SELECT COUNT(s) FROM ActivitySheetEntity s WHERE s.placement.id = :p AND s.deletedAt = 0 AND s.week IS NULL")
                .setParameter("p", placementId).getSingleResult();
    }

    /** Of these placements, those whose portfolio or logbook has a saved page (the personal review, '@', does not count). */
    static java.util.Set<Long> editedPortfolios(EntityManager em, List<Long> placementIds) {
        if (placementIds.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(em.createQuery("SELECT DISTINCT p.placement.id FROM PortfolioPageEntity p WHERE p.placement.id IN :ids"
                + " AND p.pageCode NOT LIKE '@%'", Long.class).setParameter("ids", placementIds).getResultList());
    }

}
