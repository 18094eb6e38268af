package org.passerelle.core.internal.followup;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.passerelle.core.DomainException;
import org.passerelle.core.followup.Comment;
import org.passerelle.core.followup.DocumentPage;
import org.passerelle.core.followup.Selection;
import org.passerelle.core.followup.Sheet;
import org.passerelle.core.followup.SheetSummary;
import org.passerelle.core.followup.Week;
import org.passerelle.core.internal.common.AccessRules;
import org.passerelle.core.internal.common.ConflictTranslatingJpaTemplate;
import org.passerelle.core.internal.common.Validation;
import org.passerelle.core.internal.periods.ActivitySheetEntity;
import org.passerelle.core.security.Caller;
import org.passerelle.core.security.Role;
import org.passerelle.referential.model.Page;

/**
 * What is written on a sheet: its pages, title and deletion by the learner (a deletion is never a hard delete), the
 * teacher's link to the referential, comments. Each write checks the version it was based on: 409 with the sheet as it
 * now stands otherwise.
 */
final class SheetEdits {

    private final JpaTemplate jpa;
    private final Clock clock;
    private final FollowUpRecords records;
    private final Sheets sheets;

    SheetEdits(JpaTemplate jpa, Clock clock, FollowUpRecords records, Sheets sheets) {
        this.jpa = jpa;
        this.clock = clock;
        this.records = records;
        this.sheets = sheets;
    }

    DocumentPage savePage(Caller caller, long sheetId, String pageCode, JsonNode values, Integer version) {
        FollowUpRecords.learnerOnly(AccessRules.signedIn(caller));
        return ConflictTranslatingJpaTemplate.withCurrent(() -> jpa.txExpr(TransactionType.Required, em -> {
            ActivitySheetEntity sheet = writable(em, caller, sheetId);
            // The sheet's row is locked for the save: a teacher linking it meanwhile waits, and neither gets a 409 for
            // the other's change (the learner's last change and the teacher's link are apart).
            em.refresh(sheet, LockModeType.PESSIMISTIC_WRITE);
            FollowUpRecords.Laid laid = records.sheetLayout(sheet);
            if (laid == null) {
                throw DomainException.invalid("unknown-page", "page", pageCode, sheet.title());
            }
            Page page = laid.page(pageCode);
            List<Week> weeks = sheet.placement() == null ? List.of() : FollowUpRecords.weeks(sheet.placement());
            LayoutValues.Result checked = LayoutValues.check(page, values, FollowUpRecords.context(em, laid.referential(), weeks, sheet.learner().id()));
            long now = clock.millis();
            // No owner to lock for a first save: the sheet's row is locked already.
            PageSaves.save(em, version, () -> find(em, sheet.id(), pageCode), null, current -> current(em, caller, sheet, pageCode),
                    () -> new SheetPageEntity(sheet, pageCode), checked, now);
            sheet.touch(now);
            em.flush();
            return current(em, caller, sheet, pageCode);
        }), () -> jpa.txExpr(TransactionType.Supports, em -> current(em, caller, Sheets.readable(em, caller, sheetId), pageCode)));
    }

    private DocumentPage current(EntityManager em, Caller caller, ActivitySheetEntity sheet, String pageCode) {
        return sheets.view(em, caller, sheet).pages().stream().filter(p -> p.page().code().equals(pageCode)).findFirst().orElse(null);
    }

    SheetSummary rename(Caller caller, long sheetId, String title, Integer version) {
        FollowUpRecords.learnerOnly(AccessRules.signedIn(caller));
        return edit(caller, sheetId, version, (em, sheet) -> sheet.rename(Validation.required(title, "title", 200), clock.millis()));
    }

    SheetSummary delete(Caller caller, long sheetId, Integer version) {
        FollowUpRecords.learnerOnly(AccessRules.signedIn(caller));
        return edit(caller, sheetId, version, (em, sheet) -> sheet.delete(clock.millis()));
    }

    private SheetSummary edit(Caller caller, long sheetId, Integer version, java.util.function.BiConsumer<EntityManager, ActivitySheetEntity> change) {
        return ConflictTranslatingJpaTemplate.withCurrent(() -> jpa.txExpr(TransactionType.Required, em -> {
            ActivitySheetEntity sheet = writable(em, caller, sheetId);
            requireVersion(em, caller, sheet, version);
            change.accept(em, sheet);
            em.flush();
            return sheets.view(em, caller, sheet).summary();
        }), () -> sheets.sheet(caller, sheetId).summary());
    }

    Sheet link(Caller caller, long sheetId, List<String> checkedTasks, List<Selection> selections, Integer version) {
        AccessRules.signedIn(caller);
        if (!caller.role().isStaff()) {
            throw DomainException.forbidden("role-not-allowed", caller.role());
        }
        return ConflictTranslatingJpaTemplate.withCurrent(() -> jpa.txExpr(TransactionType.Required, em -> {
            ActivitySheetEntity sheet = Sheets.readable(em, caller, sheetId);
            FollowUpRecords.Laid laid = records.sheetLayout(sheet);
            if (laid == null || sheet.week() != null) {
                throw DomainException.invalid("not-linkable", "sheetId", sheet.title());
            }
            if (sheet.deleted()) {
                throw DomainException.conflict("sheet-deleted", "sheetId", sheet.title());
            }
            // Both lists are required, [] to empty one: a list left out never erases the teacher's choices.
            List<String> tasks = SheetLinks.checkTasks(Validation.present(checkedTasks, "checkedTasks"), laid.referential());
            List<Selection> chosen = SheetLinks.checkSelections(Validation.present(selections, "selections"), laid.referential());
            // The link has a version of its own: the learner's saves of the sheet's pages never make it stale.
            em.refresh(sheet, LockModeType.PESSIMISTIC_WRITE);
            if (sheet.linkVersion() != Validation.version(version, "version")) {
                throw DomainException.staleVersion(sheets.view(em, caller, sheet));
            }
            sheet.link(SheetLinks.json(tasks), SheetLinks.json(chosen));
            em.flush();
            return sheets.view(em, caller, sheet);
        }), () -> sheets.sheet(caller, sheetId));
    }

    Comment comment(Caller caller, long sheetId, String pageCode, String fieldCode, String text) {
        AccessRules.signedIn(caller);
        if (!Portfolios.commenter(caller)) {
            throw DomainException.forbidden("role-not-allowed", caller.role());
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            ActivitySheetEntity sheet = Sheets.readable(em, caller, sheetId);
            Validation.present(pageCode, "page");
            Sheet view = sheets.view(em, caller, sheet);
            Page page = view.pages().stream().map(DocumentPage::page).filter(p -> p.code().equals(pageCode)).findFirst()
                    .orElseThrow(() -> DomainException.invalid("unknown-page", "page", pageCode, sheet.title()));
            Comments.requireCommentsField(page, fieldCode);
            return FollowUpViews.comment(Comments.add(em, caller, sheet.learner(), sheet.placement(), sheet, pageCode, fieldCode, text, clock.millis()));
        });
    }

    /** The learner's own sheet that they may still change: not deleted, not a weekly sheet (the week is written in the logbook). */
    private static ActivitySheetEntity writable(EntityManager em, Caller caller, long sheetId) {
        ActivitySheetEntity sheet = Sheets.readable(em, caller, sheetId);
        if (sheet.week() != null) {
            throw DomainException.invalid("weekly-sheet-read-only", "sheetId", sheet.title());
        }
        return sheet;
    }

    private void requireVersion(EntityManager em, Caller caller, ActivitySheetEntity sheet, Integer version) {
        if (sheet.version() != Validation.version(version, "version")) {
            throw DomainException.staleVersion(sheets.view(em, caller, sheet));
        }
        em.lock(sheet, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    static SheetPageEntity find(EntityManager em, long sheetId, String pageCode) {
        return em.createQuery("SELECT p FROM SheetPageEntity p WHERE p.sheet.id = :s AND p.pageCode = :c", SheetPageEntity.class)
                .setParameter("s", sheetId).setParameter("c", pageCode).getResultList().stream().findFirst().orElse(null);
    }

}
