package org.passerelle.core.internal.followup;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import org.passerelle.core.followup.Week;
import org.passerelle.core.internal.periods.ActivitySheetEntity;
import org.passerelle.core.internal.periods.PlacementEntity;
import org.passerelle.referential.model.Field;

/**
 * An apprentice's one sheet per week of the period (issue 11, item 4: « Fiche activité : semaine NN [AAAA] »), made when
 * first needed, the placement's row locked meanwhile so that two readers make them once. The first sheet of a layout of
 * activity sheets is {@link FirstSheets}.
 */
final class WeeklySheets {

    /** The weekly sheets of the placement's weeks, made if missing; week key → sheet. */
    Map<String, ActivitySheetEntity> ensure(EntityManager em, PlacementEntity placement, long now) {
        List<Week> weeks = FollowUpRecords.weeks(placement);
        Map<String, ActivitySheetEntity> existing = byWeek(em, placement);
        if (weeks.stream().allMatch(w -> existing.containsKey(w.key()))) {
            return existing;
        }
        em.refresh(placement, LockModeType.PESSIMISTIC_WRITE);
        Map<String, ActivitySheetEntity> locked = byWeek(em, placement);
        for (Week week : weeks) {
            if (!locked.containsKey(week.key())) {
                ActivitySheetEntity sheet = ActivitySheetEntity.weekly(placement, week.key(), PlatformPages.weekTitle(week), now);
                em.persist(sheet);
                locked.put(week.key(), sheet);
            }
        }
        em.flush();
        return locked;
    }

    /** The logbook's WEEKLY value changed: each week whose entry differs now counts as modified on its sheet. */
    void touchChanged(EntityManager em, PlacementEntity placement, Field weekly, ObjectNode before, ObjectNode after, long now) {
        Map<String, ActivitySheetEntity> sheets = null;
        for (Week week : FollowUpRecords.weeks(placement)) {
            if (!FollowUpViews.weekEntry(before, weekly, week.key()).equals(FollowUpViews.weekEntry(after, weekly, week.key()))) {
                if (sheets == null) {
                    sheets = ensure(em, placement, now);
                }
                sheets.get(week.key()).touch(now);
            }
        }
        // A week no longer in the period (its dates changed) still has its sheet, if it was ever made.
        Map<String, ActivitySheetEntity> all = byWeek(em, placement);
        all.forEach((key, sheet) -> {
            if (FollowUpRecords.weeks(placement).stream().noneMatch(w -> w.key().equals(key))
                    && !FollowUpViews.weekEntry(before, weekly, key).equals(FollowUpViews.weekEntry(after, weekly, key))) {
                sheet.touch(now);
            }
        });
    }

    private static Map<String, ActivitySheetEntity> byWeek(EntityManager em, PlacementEntity placement) {
        return em.createQuery("SELECT s FROM ActivitySheetEntity s WHERE s.placement.id = :p AND s.week IS NOT NULL", ActivitySheetEntity.class)
                .setParameter("p", placement.id()).getResultList().stream()
                .collect(Collectors.toMap(ActivitySheetEntity::week, Function.identity(), (a, b) -> a, java.util.HashMap::new));
    }
}
