package org.passerelle.core.internal.common;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.passerelle.core.security.Caller;
import org.passerelle.core.security.RecordOwners;

/** {@link RecordOwners} by one JPQL query per kind, reading the establishment through the record's relations. */
public final class JpaRecordOwners implements RecordOwners {

    private static final Map<Kind, String> QUERIES = Map.ofEntries(
            Map.entry(Kind.PERIOD, "SELECT p.annex.classLevel.establishment.id FROM PeriodEntity p WHERE p.id = :id"),
            Map.entry(Kind.PLACEMENT, "SELECT p.period.annex.classLevel.establishment.id FROM PlacementEntity p WHERE p.id = :id"),
            Map.entry(Kind.ANNEX, "SELECT a.classLevel.establishment.id FROM AnnexEntity a WHERE a.id = :id"),
            Map.entry(Kind.LEARNER, "SELECT l.establishment.id FROM LearnerEntity l WHERE l.id = :id"),
            Map.entry(Kind.PERSON, "SELECT p.establishment.id FROM PersonEntity p WHERE p.id = :id"),
            Map.entry(Kind.TRAINER_LINK, "SELECT t.trainer.establishment.id FROM TrainerLinkEntity t WHERE t.id = :id"),
            Map.entry(Kind.SHEET, "SELECT s.learner.establishment.id FROM ActivitySheetEntity s WHERE s.id = :id"),
            Map.entry(Kind.FILE, "SELECT f.learner.establishment.id FROM StoredFileEntity f WHERE f.id = :id"),
            Map.entry(Kind.SCHOOL_EVALUATION, "SELECT s.establishment.id FROM SchoolEvaluationEntity s WHERE s.id = :id"),
            Map.entry(Kind.COMPETENCY_REVIEW, "SELECT r.learner.establishment.id FROM IntermediateReviewEntity r WHERE r.id = :id"));

    private final JpaTemplate jpa;

    public JpaRecordOwners(JpaTemplate jpa) {
        this.jpa = jpa;
    }

    /**
     * As the interface says, and for a learner, a master or a tutor also the read rule of a placement, a period, a
     * sheet or a learner (their own, the periods they are in, the learner their link names): another learner's record
     * is then not found before the body is judged, as it is after. Staff read every placement and period of their establishment.
     */
    @Override
    public boolean addressable(Caller caller, Kind kind, long id) {
        if (!RecordOwners.super.addressable(caller, kind, id)) {
            return false;
        }
        if (caller.role().isStaff() || kind != Kind.PLACEMENT && kind != Kind.PERIOD && kind != Kind.SHEET && kind != Kind.LEARNER) {
            return true;
        }
        return jpa.txExpr(TransactionType.Supports, em -> switch (kind) {
            case PLACEMENT -> org.passerelle.core.internal.periods.PeriodAccess.readsPlacement(em, caller, id);
            case SHEET -> org.passerelle.core.internal.followup.SheetAccess.readsSheet(em, caller, id);
            case LEARNER -> org.passerelle.core.internal.periods.PeriodAccess.addressesLearner(em, caller, id);
            default -> org.passerelle.core.internal.periods.PeriodAccess.readsPeriod(em, caller, id);
        });
    }

    @Override
    public OptionalLong establishmentOf(Kind kind, long id) {
        List<?> found = jpa.txExpr(TransactionType.Supports, em -> em.createQuery(QUERIES.get(kind)).setParameter("id", id).getResultList());
        return found.isEmpty() || found.get(0) == null ? OptionalLong.empty() : OptionalLong.of(((Number) found.get(0)).longValue());
    }
}
