package org.passerelle.core.internal.followup;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import org.passerelle.core.DomainException;
import org.passerelle.core.internal.periods.ActivitySheetEntity;
import org.passerelle.core.internal.periods.PlacementEntity;
import org.passerelle.core.referential.ReferentialRegistry;
import org.passerelle.referential.model.LayoutKind;

/**
 * The first activity sheet of a placement whose learner keeps activity sheets (issue 11, item 3; guide 001: « la
 * première fiche est créée avec la période »): made in the same transaction as the placement, so that the placements'
 * sheet counts start at one. A placement made while its referential was unavailable gets it when its sheets are first
 * listed ({@link #ensureFirst}).
 */
public final class FirstSheets {

    private final FollowUpRecords records;

    public FirstSheets(ReferentialRegistry referentials) {
        this.records = new FollowUpRecords(referentials);
    }

    /** Makes the placement's first sheet if its learner's layout is one of activity sheets; the placement is persisted. */
    public void madeWith(EntityManager em, PlacementEntity placement, long now) {
        FollowUpRecords.Laid laid;
        try {
            laid = records.laid(placement);
        } catch (DomainException unavailable) {
            return;
        }
        if (laid.layout().kind() == LayoutKind.ACTIVITY_SHEETS) {
            make(em, placement, now);
        }
    }

    /** The first sheet, « Fiche activité 1 », for a placement known to keep activity sheets (the sample data's too). */
    static void make(EntityManager em, PlacementEntity placement, long now) {
        em.persist(new ActivitySheetEntity(placement, PlatformPages.firstSheetTitle(), now));
    }

    /**
     * For a placement made while its referential was away: its first sheet when its sheets are first listed, made once
     * under the placement's row lock (a placement that ever had a sheet gets no other).
     */
    static void ensureFirst(EntityManager em, PlacementEntity placement, long now) {
        if (count(em, placement) > 0) {
            return;
        }
        em.refresh(placement, LockModeType.PESSIMISTIC_WRITE);
        if (count(em, placement) == 0) {
            make(em, placement, now);
            em.flush();
        }
    }

    private static long count(EntityManager em, PlacementEntity placement) {
        return (Long) em.createQuery("SELECT COUNT(s) FROM ActivitySheetEntity s WHERE s.placement.id = :p OR s.originPlacementId = :p")
                .setParameter("p", placement.id()).getSingleResult();
    }

    /**
     * Whether the sheet is nothing but what the platform made: never saved, renamed, linked nor commented. Such a sheet
     * goes with its placement; any other goes to the learner's free sheets.
     */
    public static boolean untouched(EntityManager em, ActivitySheetEntity sheet) {
        // Every save of a page and a rename touch it (updatedAt moves past createdAt); a link moves its link version.
        // A sheet the learner made carries their title; the platform's carries « Fiche activité 1 ».
        if (sheet.updatedAt() != sheet.createdAt() || sheet.linkVersion() != 0 || sheet.week() != null || sheet.deleted()
                || !PlatformPages.firstSheetTitle().equals(sheet.title())) {
            return false;
        }
        long pages = (Long) em.createQuery("SELECT COUNT(p) FROM SheetPageEntity p WHERE p.sheet.id = :s").setParameter("s", sheet.id()).getSingleResult();
        long comments = (Long) em.createQuery("SELECT COUNT(c) FROM CommentEntity c WHERE c.sheet.id = :s").setParameter("s", sheet.id()).getSingleResult();
        return pages == 0 && comments == 0;
    }

    /** Removes an untouched sheet and the marks of who opened it. */
    public static void remove(EntityManager em, ActivitySheetEntity sheet) {
        em.createQuery("DELETE FROM SheetReadEntity r WHERE r.sheet.id = :s").setParameter("s", sheet.id()).executeUpdate();
        em.remove(sheet);
    }
}
