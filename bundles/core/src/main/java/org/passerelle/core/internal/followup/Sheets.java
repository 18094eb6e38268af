package org.passerelle.core.internal.followup;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.passerelle.core.DomainException;
import org.passerelle.core.followup.Comment;
import org.passerelle.core.followup.DocumentPage;
import org.passerelle.core.followup.Sheet;
import org.passerelle.core.followup.SheetSummary;
import org.passerelle.core.followup.Week;
import org.passerelle.core.internal.common.AccessRules;
import org.passerelle.core.internal.common.Validation;
import org.passerelle.core.internal.organisation.LearnerEntity;
import org.passerelle.core.internal.organisation.PersonEntity;
import org.passerelle.core.internal.periods.ActivitySheetEntity;
import org.passerelle.core.internal.periods.PeriodAccess;
import org.passerelle.core.internal.periods.PlacementEntity;
import org.passerelle.core.security.Caller;
import org.passerelle.core.security.Role;
import org.passerelle.referential.model.Field;
import org.passerelle.referential.model.LayoutKind;
import org.passerelle.referential.model.Page;

/**
 * Activity sheets as their readers reach them (issue 11, item 3): the placement's list with each reader's read state,
 * one sheet with its pages (opening it marks it read for that reader), the free-sheets folder. Staff see the sheets the
 * learner deleted; nobody else does.
 */
final class Sheets {

    private final JpaTemplate jpa;
    private final Clock clock;
    private final FollowUpRecords records;
    private final WeeklySheets generated;

    Sheets(JpaTemplate jpa, Clock clock, FollowUpRecords records, WeeklySheets generated) {
        this.jpa = jpa;
        this.clock = clock;
        this.records = records;
        this.generated = generated;
    }

    List<SheetSummary> sheets(Caller caller, long placementId) {
        AccessRules.signedIn(caller);
        return jpa.txExpr(TransactionType.Required, em -> {
            PlacementEntity placement = FollowUpRecords.placement(em, caller, placementId);
            FollowUpRecords.Laid laid = records.laid(placement);
            if (laid.layout().kind() == LayoutKind.APPRENTICE_LOGBOOK && laid.weeklyField().isPresent()) {
                generated.ensure(em, placement, clock.millis());
            } else if (laid.layout().kind() == LayoutKind.ACTIVITY_SHEETS) {
                FirstSheets.ensureFirst(em, placement, clock.millis());
            }
            List<ActivitySheetEntity> sheets = em.createQuery("SELECT s FROM ActivitySheetEntity s WHERE s.placement.id = :p ORDER BY s.week, s.id",
                    ActivitySheetEntity.class).setParameter("p", placementId).getResultList();
            Map<String, Week> weeks = new HashMap<>();
            FollowUpRecords.weeks(placement).forEach(w -> weeks.put(w.key(), w));
            java.util.Set<String> written = writtenWeeks(em, placement, laid);
            java.util.Set<Long> commented = new java.util.HashSet<>(em.createQuery(
                    "SELECT DISTINCT c.sheet.id FROM CommentEntity c WHERE c.sheet.placement.id = :p", Long.class).setParameter("p", placementId)
                    .getResultList());
            // A week no longer in the period (its dates changed) keeps its sheet in the list while it holds an entry or comments.
            List<ActivitySheetEntity> shown = sheets.stream().filter(s -> s.week() == null || weeks.containsKey(s.week())
                    || written.contains(s.week()) || commented.contains(s.id())).toList();
            shown.stream().filter(s -> s.week() != null && !weeks.containsKey(s.week())).forEach(s -> weeks.put(s.week(), Weeks.ofKey(s.week())));
            return summaries(em, caller, shown, weeks, written);
        });
    }

    List<SheetSummary> freeSheets(Caller caller, long learnerId) {
        AccessRules.signedIn(caller);
        return jpa.txExpr(TransactionType.Supports, em -> {
            LearnerEntity learner = FollowUpRecords.learner(em, caller, learnerId);
            List<ActivitySheetEntity> sheets = em.createQuery("SELECT s FROM ActivitySheetEntity s WHERE s.learner.id = :l AND s.placement IS NULL ORDER BY s.id",
                    ActivitySheetEntity.class).setParameter("l", learner.id()).getResultList();
            return summaries(em, caller, sheets, Map.of(), java.util.Set.of());
        });
    }

    /** The weeks the apprentice wrote in the logbook's WEEKLY field (an entry makes that week's sheet complete). */
    private static java.util.Set<String> writtenWeeks(EntityManager em, PlacementEntity placement, FollowUpRecords.Laid laid) {
        if (laid.layout().kind() != LayoutKind.APPRENTICE_LOGBOOK || laid.weeklyPage().isEmpty()) {
            return java.util.Set.of();
        }
        return Portfolios.find(em, placement.id(), laid.weeklyPage().get().code())
                .map(p -> Weeks.written(laid.weeklyPage().get(), FollowUpRecords.read(p.values()))).orElse(java.util.Set.of());
    }

    SheetSummary createSheet(Caller caller, long placementId, String title) {
        FollowUpRecords.learnerOnly(AccessRules.signedIn(caller));
        return jpa.txExpr(TransactionType.Required, em -> {
            PlacementEntity placement = FollowUpRecords.placement(em, caller, placementId);
            String text = Validation.required(title, "title", 200);
            FollowUpRecords.Laid laid = records.laid(placement);
            if (laid.layout().kind() != LayoutKind.ACTIVITY_SHEETS) {
                throw DomainException.invalid("no-activity-sheets", "placementId", laid.layout().title());
            }
            // The placement's row is locked until the sheet is committed: a teacher taking the learner off the period
            // meanwhile waits, then moves this sheet too (H2 checks foreign keys without locking the parent row).
            em.refresh(placement, LockModeType.PESSIMISTIC_WRITE);
            ActivitySheetEntity created = new ActivitySheetEntity(placement, text, clock.millis());
            em.persist(created);
            em.flush();
            return summaries(em, caller, List.of(created), Map.of(), java.util.Set.of()).get(0);
        });
    }

    Sheet sheet(Caller caller, long sheetId) {
        AccessRules.signedIn(caller);
        return jpa.txExpr(TransactionType.Required, em -> {
            ActivitySheetEntity sheet = readable(em, caller, sheetId);
            if (caller.role() != Role.LEARNER) {
                markRead(em, caller, sheet);
            }
            return view(em, caller, sheet);
        });
    }

    /**
     * The sheet if the caller reads it: its placement's readers (the tutor through their link too), or for a free
     * sheet its learner's; a deleted sheet for staff only. 404 sheet-not-found otherwise.
     */
    static ActivitySheetEntity readable(EntityManager em, Caller caller, long sheetId) {
        ActivitySheetEntity sheet = em.find(ActivitySheetEntity.class, sheetId);
        boolean reads = sheet != null && (sheet.placement() != null ? PeriodAccess.readsPlacement(em, caller, sheet.placement().id())
                : caller.role() != Role.TUTOR && PeriodAccess.readsLearner(caller, sheet.learner()));
        if (!reads || sheet.deleted() && !caller.role().isStaff()) {
            throw DomainException.notFound("sheet-not-found", sheetId);
        }
        return sheet;
    }

    private void markRead(EntityManager em, Caller caller, ActivitySheetEntity sheet) {
        List<SheetReadEntity> marks = marks(em, caller, sheet);
        if (marks.isEmpty()) {
            // A reader's first opening, maybe twice at once (two tabs): the sheet's row is locked so that one mark is made.
            em.refresh(sheet, LockModeType.PESSIMISTIC_WRITE);
            marks = marks(em, caller, sheet);
        }
        long now = Math.max(clock.millis(), sheet.updatedAt());
        if (marks.isEmpty()) {
            PersonEntity reader = em.find(PersonEntity.class, caller.personId());
            if (reader != null) {
                em.persist(new SheetReadEntity(sheet, reader, now));
            }
        } else {
            marks.get(0).read(now);
        }
        em.flush();
    }

    private static List<SheetReadEntity> marks(EntityManager em, Caller caller, ActivitySheetEntity sheet) {
        return em.createQuery("SELECT r FROM SheetReadEntity r WHERE r.sheet.id = :s AND r.person.id = :p", SheetReadEntity.class)
                .setParameter("s", sheet.id()).setParameter("p", caller.personId()).getResultList();
    }

    /** One sheet with its pages as the caller sees them. */
    Sheet view(EntityManager em, Caller caller, ActivitySheetEntity sheet) {
        FollowUpRecords.Laid laid = records.sheetLayout(sheet);
        Map<String, Map<String, List<Comment>>> comments = FollowUpViews.sheetComments(em, sheet.id());
        List<DocumentPage> pages = new ArrayList<>();
        Week week = null;
        boolean learnerWrites = caller.role() == Role.LEARNER && !sheet.deleted() && sheet.week() == null;
        if (sheet.week() != null) {
            // A weekly sheet shows its week of the logbook: of its placement, or of the one it left when its period was deleted.
            PlacementEntity placement = sheet.placement() != null ? sheet.placement()
                    : sheet.originPlacementId() == null ? null : em.find(PlacementEntity.class, sheet.originPlacementId());
            // Its week, within the period or no longer (the period's dates changed): the apprentice wrote it all the same.
            week = placement == null ? null
                    : FollowUpRecords.weeks(placement).stream().filter(w -> w.key().equals(sheet.week())).findFirst().orElse(Weeks.ofKey(sheet.week()));
            if (laid != null && week != null && laid.weeklyField().isPresent()) {
                pages.add(weekPage(em, caller, sheet, placement, laid, week, comments));
            }
        } else if (laid != null) {
            Map<String, SheetPageEntity> saved = new HashMap<>();
            pagesOf(em, sheet.id()).forEach(p -> saved.put(p.pageCode(), p));
            for (Page page : laid.layout().pages()) {
                pages.add(FollowUpViews.page(page, saved.get(page.code()), saved.containsKey(page.code()) || sheet.placement() == null ? null
                        : Prefill.of(page, sheet.placement()), comments.getOrDefault(page.code(), Map.of()), learnerWrites,
                        caller.role().isStaff()));
            }
        }
        int complete = (int) pages.stream().filter(DocumentPage::complete).count();
        SheetSummary summary = FollowUpViews.summary(sheet, week, FollowUpViews.readState(caller, sheet, readAt(em, caller, sheet.id())), complete,
                pages.size());
        return new Sheet(summary, pages, SheetLinks.tasks(sheet.checkedTasks()),
                SheetLinks.selections(sheet.selections()), caller.role().isStaff() && sheet.week() == null && laid != null && !sheet.deleted(),
                sheet.linkVersion());
    }

    /** A weekly sheet's page: its week's entry of the logbook, read-only, and the master's comments. */
    private static DocumentPage weekPage(EntityManager em, Caller caller, ActivitySheetEntity sheet, PlacementEntity placement,
                                         FollowUpRecords.Laid laid, Week week,
                                         Map<String, Map<String, List<Comment>>> comments) {
        Field weekly = laid.weeklyField().orElseThrow();
        Page logbookPage = laid.weeklyPage().orElseThrow();
        PortfolioPageEntity saved = Portfolios.find(em, placement.id(), logbookPage.code()).orElse(null);
        var entry = FollowUpViews.weekEntry(saved == null ? FollowUpRecords.JSON.createObjectNode() : FollowUpRecords.read(saved.values()), weekly,
                week.key());
        Page page = PlatformPages.week(weekly, week);
        DocumentPage shown = FollowUpViews.page(page, null, entry, comments.getOrDefault(PlatformPages.WEEK_PAGE, Map.of()), false,
                Portfolios.commenter(caller));
        return new DocumentPage(page, entry, sheet.version(), false, !entry.isEmpty(), shown.missing(),
                java.time.Instant.ofEpochMilli(sheet.updatedAt()), shown.comments(), false, shown.commentable());
    }

    static List<SheetPageEntity> pagesOf(EntityManager em, long sheetId) {
        return em.createQuery("SELECT p FROM SheetPageEntity p WHERE p.sheet.id = :s", SheetPageEntity.class).setParameter("s", sheetId)
                .getResultList();
    }

    private static Long readAt(EntityManager em, Caller caller, long sheetId) {
        if (caller.role() == Role.LEARNER) {
            return null;
        }
        return em.createQuery("SELECT r.readAt FROM SheetReadEntity r WHERE r.sheet.id = :s AND r.person.id = :p", Long.class)
                .setParameter("s", sheetId).setParameter("p", caller.personId()).getResultList().stream().findFirst().orElse(null);
    }

    /** Summaries in one pass: the caller's read marks, the complete pages; deleted sheets only for staff. */
    private List<SheetSummary> summaries(EntityManager em, Caller caller, List<ActivitySheetEntity> sheets, Map<String, Week> weeks,
                                         java.util.Set<String> writtenWeeks) {
        List<ActivitySheetEntity> shown = sheets.stream().filter(s -> !s.deleted() || caller.role().isStaff()).toList();
        if (shown.isEmpty()) {
            return List.of();
        }
        List<Long> ids = shown.stream().map(ActivitySheetEntity::id).toList();
        Map<Long, Long> reads = new HashMap<>();
        if (caller.role() != Role.LEARNER) {
            em.createQuery("SELECT r.sheet.id, r.readAt FROM SheetReadEntity r WHERE r.person.id = :p AND r.sheet.id IN :ids", Object[].class)
                    .setParameter("p", caller.personId()).setParameter("ids", ids).getResultList()
                    .forEach(row -> reads.put((Long) row[0], (Long) row[1]));
        }
        Map<Long, Long> complete = new HashMap<>();
        em.createQuery("SELECT p.sheet.id, COUNT(p) FROM SheetPageEntity p WHERE p.complete = true AND p.sheet.id IN :ids GROUP BY p.sheet.id",
                Object[].class).setParameter("ids", ids).getResultList().forEach(row -> complete.put((Long) row[0], (Long) row[1]));
        List<SheetSummary> out = new ArrayList<>();
        for (ActivitySheetEntity s : shown) {
            FollowUpRecords.Laid laid = records.sheetLayout(s);
            int pageCount = laid == null ? 0 : s.week() != null ? 1 : laid.layout().pages().size();
            int done = s.week() != null ? (writtenWeeks.contains(s.week()) ? 1 : 0) : complete.getOrDefault(s.id(), 0L).intValue();
            out.add(FollowUpViews.summary(s, s.week() == null ? null : weeks.get(s.week()), FollowUpViews.readState(caller, s, reads.get(s.id())),
                    done, pageCount));
        }
        return out;
    }
}
