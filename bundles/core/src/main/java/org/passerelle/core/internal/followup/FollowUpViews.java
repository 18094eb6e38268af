package org.passerelle.core.internal.followup;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import org.passerelle.core.followup.Comment;
import org.passerelle.core.followup.DocumentPage;
import org.passerelle.core.followup.ReadState;
import org.passerelle.core.followup.SheetSummary;
import org.passerelle.core.followup.Week;
import org.passerelle.core.internal.periods.ActivitySheetEntity;
import org.passerelle.core.internal.periods.PlacementEntity;
import org.passerelle.core.security.Caller;
import org.passerelle.core.security.Role;
import org.passerelle.referential.model.Field;
import org.passerelle.referential.model.FieldType;
import org.passerelle.referential.model.Page;

/** The follow-up records as the API shows them. */
final class FollowUpViews {

    private FollowUpViews() {
    }

    /**
     * A page: its saved values, or (never saved) the prefill; complete once saved with every required field; what is
     * missing; its comments.
     */
    static DocumentPage page(Page page, PageRecord record, ObjectNode prefill, Map<String, List<Comment>> comments, boolean writable,
                             boolean commentable) {
        ObjectNode values = record != null ? FollowUpRecords.read(record.values()) : prefill == null ? FollowUpRecords.JSON.createObjectNode() : prefill;
        List<String> missing = LayoutValues.missing(page, values);
        Map<String, List<Comment>> ofPage = new LinkedHashMap<>();
        page.fields().stream().filter(f -> f.type() == FieldType.COMMENTS)
                .forEach(f -> ofPage.put(f.code(), comments.getOrDefault(f.code(), List.of())));
        return new DocumentPage(page, values, record == null ? 0 : record.version(), record == null && prefill != null && !prefill.isEmpty(),
                record != null && missing.isEmpty(), missing, record == null || record.updatedAt() == 0 ? null : Instant.ofEpochMilli(record.updatedAt()), ofPage,
                writable, commentable && !ofPage.isEmpty());
    }

    static Comment comment(CommentEntity c) {
        return new Comment(c.id(), c.authorName(), c.authorRole(), c.text(), Instant.ofEpochMilli(c.createdAt()));
    }

    /** page code → field code → comments, oldest first, of a placement's pages. */
    static Map<String, Map<String, List<Comment>>> placementComments(EntityManager em, long placementId) {
        return grouped(em.createQuery("SELECT c FROM CommentEntity c WHERE c.placement.id = :p AND c.sheet IS NULL ORDER BY c.id", CommentEntity.class)
                .setParameter("p", placementId).getResultList());
    }

    static Map<String, Map<String, List<Comment>>> sheetComments(EntityManager em, long sheetId) {
        return grouped(em.createQuery("SELECT c FROM CommentEntity c WHERE c.sheet.id = :s ORDER BY c.id", CommentEntity.class)
                .setParameter("s", sheetId).getResultList());
    }

    private static Map<String, Map<String, List<Comment>>> grouped(List<CommentEntity> rows) {
        Map<String, Map<String, List<Comment>>> byPage = new HashMap<>();
        rows.forEach(c -> byPage.computeIfAbsent(c.pageCode(), k -> new HashMap<>()).computeIfAbsent(c.fieldCode(), k -> new ArrayList<>())
                .add(comment(c)));
        return byPage;
    }

    /** How that reader sees the sheet; null for the learner (it is their own). */
    static ReadState readState(Caller caller, ActivitySheetEntity sheet, Long readAt) {
        if (caller.role() == Role.LEARNER) {
            return null;
        }
        if (sheet.deleted()) {
            return ReadState.DELETED;
        }
        return readAt == null || readAt < sheet.updatedAt() ? ReadState.NEW : ReadState.READ;
    }

    static SheetSummary summary(ActivitySheetEntity s, Week week, ReadState state, int complete, int pageCount) {
        PlacementEntity placement = s.placement();
        return new SheetSummary(s.id(), s.learner().id(), placement == null ? null : placement.id(), s.title(), s.formerPeriodName(), week,
                Instant.ofEpochMilli(s.createdAt()), Instant.ofEpochMilli(s.updatedAt()), s.deleted() ? Instant.ofEpochMilli(s.deletedAt()) : null,
                state, complete, pageCount, s.version());
    }

    /** The week's entry of a WEEKLY value, or an empty object. */
    static ObjectNode weekEntry(ObjectNode pageValues, Field weekly, String weekKey) {
        ObjectNode all = pageValues.path(weekly.code()).isObject() ? (ObjectNode) pageValues.get(weekly.code()) : null;
        return all != null && all.get(weekKey) instanceof ObjectNode entry ? entry.deepCopy() : FollowUpRecords.JSON.createObjectNode();
    }

}
