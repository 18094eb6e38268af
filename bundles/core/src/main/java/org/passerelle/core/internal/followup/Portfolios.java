package org.passerelle.core.internal.followup;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.passerelle.core.DomainException;
import org.passerelle.core.followup.Comment;
import org.passerelle.core.followup.DocumentPage;
import org.passerelle.core.followup.FollowUpDocument;
import org.passerelle.core.internal.common.AccessRules;
import org.passerelle.core.internal.common.ConflictTranslatingJpaTemplate;
import org.passerelle.core.internal.periods.PlacementEntity;
import org.passerelle.core.security.Caller;
import org.passerelle.core.security.Role;
import org.passerelle.referential.model.Field;
import org.passerelle.referential.model.FieldType;
import org.passerelle.referential.model.LayoutKind;
import org.passerelle.referential.model.Page;

/**
 * A placement's portfolio or logbook and its personal review: read by whoever reads the placement (staff of the
 * establishment, the learner, their master, the tutor whose link grants it), written by the learner page by page,
 * commented by staff and the apprentice's master.
 */
final class Portfolios {

    static final int COMMENT_MAX = 5_000;

    private final JpaTemplate jpa;
    private final Clock clock;
    private final FollowUpRecords records;
    private final WeeklySheets weekly;

    Portfolios(JpaTemplate jpa, Clock clock, FollowUpRecords records, WeeklySheets weekly) {
        this.jpa = jpa;
        this.clock = clock;
        this.records = records;
        this.weekly = weekly;
    }

    FollowUpDocument portfolio(Caller caller, long placementId) {
        AccessRules.signedIn(caller);
        return jpa.txExpr(TransactionType.Supports, em -> document(em, caller, FollowUpRecords.placement(em, caller, placementId)));
    }

    private FollowUpDocument document(EntityManager em, Caller caller, PlacementEntity placement) {
        FollowUpRecords.Laid laid = records.laid(placement);
        Map<String, PortfolioPageEntity> saved = saved(em, placement.id());
        var comments = FollowUpViews.placementComments(em, placement.id());
        boolean sheets = laid.layout().kind() == LayoutKind.ACTIVITY_SHEETS;
        List<DocumentPage> pages = sheets ? List.of() : laid.layout().pages().stream()
                .map(p -> view(caller, placement, p, saved.get(p.code()), comments.getOrDefault(p.code(), Map.of()))).toList();
        long updated = saved.values().stream().filter(p -> !p.pageCode().startsWith("@")).mapToLong(PageRecord::updatedAt).max().orElse(0);
        var person = placement.learner().person();
        return new FollowUpDocument(placement.id(), placement.period().id(), placement.period().name(), placement.learner().id(),
                person.familyName() + " " + person.firstName(), laid.layout().kind(), laid.layout().title(), laid.referential().code(),
                laid.referential().version(), placement.place().companyName(), LocalDate.parse(placement.period().startDate()),
                LocalDate.parse(placement.period().endDate()), FollowUpRecords.weeks(placement), pages, updated > 0,
                updated > 0 ? Instant.ofEpochMilli(updated) : null);
    }

    private DocumentPage view(Caller caller, PlacementEntity placement, Page page, PortfolioPageEntity record,
                              Map<String, List<Comment>> comments) {
        return FollowUpViews.page(page, record, record == null ? Prefill.of(page, placement) : null, comments,
                caller.role() == Role.LEARNER, commenter(caller));
    }

    static boolean commenter(Caller caller) {
        return caller.role().isStaff() || caller.role() == Role.MASTER;
    }

    DocumentPage savePortfolioPage(Caller caller, long placementId, String pageCode, JsonNode values, Integer version) {
        FollowUpRecords.learnerOnly(AccessRules.signedIn(caller));
        return ConflictTranslatingJpaTemplate.withCurrent(() -> jpa.txExpr(TransactionType.Required, em -> {
            PlacementEntity placement = FollowUpRecords.placement(em, caller, placementId);
            FollowUpRecords.Laid laid = records.laid(placement);
            if (laid.layout().kind() == LayoutKind.ACTIVITY_SHEETS) {
                throw DomainException.invalid("unknown-page", "page", pageCode, laid.layout().title());
            }
            Page page = laid.page(pageCode);
            PortfolioPageEntity before = save(em, caller, placement, page, pageCode, values, version, laid);
            return view(caller, placement, page, before, Map.of());
        }), () -> portfolio(caller, placementId).pages().stream().filter(p -> p.page().code().equals(pageCode)).findFirst().orElse(null));
    }

    /** Checks and saves the values; for a logbook's WEEKLY page, the weeks that changed touch their weekly sheets. */
    private PortfolioPageEntity save(EntityManager em, Caller caller, PlacementEntity placement, Page page, String storedCode, JsonNode values, Integer version,
                                     FollowUpRecords.Laid laid) {
        PortfolioPageEntity stored = find(em, placement.id(), storedCode).orElse(null);
        // The weeks of the period, and those the learner wrote before its dates changed: they stay theirs, saveable.
        java.util.Set<String> weeks = new java.util.HashSet<>(Weeks.written(page, stored == null ? FollowUpRecords.JSON.createObjectNode()
                : FollowUpRecords.read(stored.values())));
        FollowUpRecords.weeks(placement).forEach(w -> weeks.add(w.key()));
        LayoutValues.Result checked = LayoutValues.check(page, values, FollowUpRecords.context(em, laid.referential(), weeks, placement.learner().id()));
        long now = clock.millis();
        PageSaves.Saved<PortfolioPageEntity> saved = PageSaves.save(em, version, () -> find(em, placement.id(), storedCode).orElse(null), placement,
                current -> view(caller, placement, page, current, Map.of()), () -> new PortfolioPageEntity(placement, storedCode), checked, now);
        PortfolioPageEntity record = saved.record();
        Optional<Field> weeklyField = page.fields().stream().filter(f -> f.type() == FieldType.WEEKLY).findFirst();
        if (weeklyField.isPresent() && laid.layout().kind() == LayoutKind.APPRENTICE_LOGBOOK) {
            weekly.touchChanged(em, placement, weeklyField.get(), FollowUpRecords.read(saved.previous()), checked.values(), now);
        }
        em.flush();
        return record;
    }

    DocumentPage personalReview(Caller caller, long placementId) {
        AccessRules.signedIn(caller);
        return jpa.txExpr(TransactionType.Supports, em -> {
            PlacementEntity placement = FollowUpRecords.placement(em, caller, placementId);
            return reviewView(caller, find(em, placement.id(), PlatformPages.PERSONAL_REVIEW).orElse(null));
        });
    }

    DocumentPage savePersonalReview(Caller caller, long placementId, JsonNode values, Integer version) {
        FollowUpRecords.learnerOnly(AccessRules.signedIn(caller));
        return ConflictTranslatingJpaTemplate.withCurrent(() -> jpa.txExpr(TransactionType.Required, em -> {
            PlacementEntity placement = FollowUpRecords.placement(em, caller, placementId);
            Page page = PlatformPages.personalReview();
            LayoutValues.Result checked = LayoutValues.check(page, values,
                    FollowUpRecords.context(em, records.laid(placement).referential(), List.of(), placement.learner().id()));
            PortfolioPageEntity record = PageSaves.save(em, version, () -> find(em, placement.id(), PlatformPages.PERSONAL_REVIEW).orElse(null), placement,
                    current -> reviewView(caller, current), () -> new PortfolioPageEntity(placement, PlatformPages.PERSONAL_REVIEW), checked,
                    clock.millis()).record();
            em.flush();
            return reviewView(caller, record);
        }), () -> personalReview(caller, placementId));
    }

    private static DocumentPage reviewView(Caller caller, PortfolioPageEntity record) {
        return FollowUpViews.page(PlatformPages.personalReview(), record, null, Map.of(), caller.role() == Role.LEARNER, false);
    }

    Comment commentPortfolio(Caller caller, long placementId, String pageCode, String fieldCode, String text) {
        AccessRules.signedIn(caller);
        if (!commenter(caller)) {
            throw DomainException.forbidden("role-not-allowed", caller.role());
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            PlacementEntity placement = FollowUpRecords.placement(em, caller, placementId);
            Page page = records.laid(placement).page(pageCode);
            Comments.requireCommentsField(page, fieldCode);
            CommentEntity comment = Comments.add(em, caller, placement.learner(), placement, null, pageCode, fieldCode, text, clock.millis());
            return FollowUpViews.comment(comment);
        });
    }

    static Optional<PortfolioPageEntity> find(EntityManager em, long placementId, String pageCode) {
        return em.createQuery("SELECT p FROM PortfolioPageEntity p WHERE p.placement.id = :p AND p.pageCode = :c", PortfolioPageEntity.class)
                .setParameter("p", placementId).setParameter("c", pageCode).getResultList().stream().findFirst();
    }

    static Map<String, PortfolioPageEntity> saved(EntityManager em, long placementId) {
        Map<String, PortfolioPageEntity> byCode = new java.util.HashMap<>();
        em.createQuery("SELECT p FROM PortfolioPageEntity p WHERE p.placement.id = :p", PortfolioPageEntity.class).setParameter("p", placementId)
                .getResultList().forEach(p -> byCode.put(p.pageCode(), p));
        return byCode;
    }
}
