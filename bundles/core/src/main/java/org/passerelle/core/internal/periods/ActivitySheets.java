package org.passerelle.core.internal.periods;

import org.passerelle.core.internal.common.Validation;
import org.passerelle.core.internal.common.AccessRules;
import java.util.List;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.passerelle.core.DomainException;
import org.passerelle.core.periods.ActivitySheet;
import org.passerelle.core.security.Caller;
import org.passerelle.core.security.Role;
import static org.passerelle.core.internal.periods.PeriodRecords.*;
import static org.passerelle.core.internal.periods.PeriodChecks.*;
import static org.passerelle.core.internal.periods.PeriodViews.*;

/**
 * Activity sheets: the learner starts them in a placement; a learner's free-sheets folder.
 */
final class ActivitySheets {

    private final JpaTemplate jpa;
    private final java.time.Clock clock;

    ActivitySheets(JpaTemplate jpa, java.time.Clock clock) {
        this.jpa = jpa;
        this.clock = clock;
    }

    public List<ActivitySheet> freeSheets(Caller caller, long learnerId) {
        AccessRules.signedIn(caller);
        return jpa.txExpr(TransactionType.Supports, em -> {
            readableLearner(em, caller, learnerId);
            return em.createQuery("SELECT s FROM ActivitySheetEntity s WHERE s.learner.id = :l AND s.placement IS NULL ORDER BY s.id",
                    ActivitySheetEntity.class).setParameter("l", learnerId).getResultList().stream().map(PeriodViews::sheet).toList();
        });
    }

    public List<ActivitySheet> sheets(Caller caller, long placementId) {
        AccessRules.signedIn(caller);
        return jpa.txExpr(TransactionType.Supports, em -> {
            PlacementEntity placement = readablePlacement(em, caller, placementId);
            // The tutor's link opens the liaison sheet and its certificate, not the learner's portfolio.
            if (caller.role() == Role.TUTOR) {
                throw DomainException.notFound("placement-not-found", placementId);
            }
            return em.createQuery("SELECT s FROM ActivitySheetEntity s WHERE s.placement.id = :p ORDER BY s.id", ActivitySheetEntity.class)
                    .setParameter("p", placement.id()).getResultList().stream().map(PeriodViews::sheet).toList();
        });
    }

    public ActivitySheet createSheet(Caller caller, long placementId, String title) {
        AccessRules.requireRole(caller, Role.LEARNER);
        return jpa.txExpr(TransactionType.Required, em -> {
            PlacementEntity placement = readablePlacement(em, caller, placementId);
            String text = Validation.required(title, "title", 200);
            // The placement's row is locked until the sheet is committed: a teacher taking the learner off the period
            // meanwhile waits, then moves this sheet too (H2 checks foreign keys without locking the parent row).
            em.refresh(placement, javax.persistence.LockModeType.PESSIMISTIC_WRITE);
            ActivitySheetEntity created = new ActivitySheetEntity(placement, text, clock.millis());
            em.persist(created);
            em.flush();
            return sheet(created);
        });
    }
}
