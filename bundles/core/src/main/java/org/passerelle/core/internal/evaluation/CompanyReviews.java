package org.passerelle.core.internal.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.passerelle.core.DomainException;
import org.passerelle.core.evaluation.CompanyReview;
import org.passerelle.core.evaluation.CompanyReviewChange;
import org.passerelle.core.evaluation.ResultChange;
import org.passerelle.core.internal.common.AccessRules;
import org.passerelle.core.internal.common.ReferentialCriteria;
import org.passerelle.core.internal.common.Validation;
import org.passerelle.core.internal.organisation.PersonEntity;
import org.passerelle.core.internal.periods.PeriodAccess;
import org.passerelle.core.internal.periods.PlacementEntity;
import org.passerelle.core.periods.PeriodKind;
import org.passerelle.core.security.Caller;
import org.passerelle.core.security.Role;
import org.passerelle.referential.model.Referential;

/**
 * Reading and saving company reviews (issue 12, item 2; guide 000 « Éditer un bilan en entreprise »). A save holds the
 * placement's row for its short transaction: saves of one review are one after the other, its levels are each checked
 * against their own version ({@link ResultRows}), and two people filling it at once both keep what they set.
 *
 * <p>A level of the other mode than its competency's — a whole-competency level on a competency assessed by criteria,
 * or a criterion's level on one assessed as a whole, whether the mode was saved before or in the same save — is
 * accepted and stored (a page may prepare both, and a mode switched back shows it again) but never counted nor shown:
 * the modes decide which levels are in force ({@link LevelsInForce}).
 */
final class CompanyReviews {

    static final Role[] WRITERS = {Role.ADMIN, Role.DDFPT, Role.TEACHER, Role.TUTOR, Role.MASTER};
    static final int MAX_COMMENT = 4000;

    private final JpaTemplate jpa;
    private final CompanyReviewViews views;
    private final Clock clock;

    CompanyReviews(JpaTemplate jpa, CompanyReviewViews views, Clock clock) {
        this.jpa = jpa;
        this.views = views;
        this.clock = clock;
    }

    CompanyReview read(Caller caller, long placementId) {
        return jpa.txExpr(TransactionType.Required, em -> {
            PlacementEntity placement = reviewed(em, caller, placementId);
            return views.view(em, caller, placement, find(em, placementId));
        });
    }

    CompanyReview save(Caller caller, long placementId, CompanyReviewChange change) {
        return jpa.txExpr(TransactionType.Required, em -> {
            PlacementEntity placement = reviewed(em, caller, placementId);
            AccessRules.requireRole(caller, WRITERS);
            // A review taken into account is answered as such whatever the body says (checked again once locked).
            if (Locks.reviewTakenIntoAccount(em, placementId)) {
                throw DomainException.conflict("review-taken-into-account", null);
            }
            CompanyReviewChange given = Validation.present(change, "body");
            Referential referential = views.referential(placement);
            List<ResultChange> results = given.results() == null ? List.of() : given.results();
            checkResults(results, referential);
            Header header = given.header() == null ? null : checkHeader(em, given.header(), placement, referential);
            if (header == null && results.isEmpty()) {
                throw DomainException.invalid("required", "results");
            }
            // One save after the other on this placement: a first save of the review or of a level waits for the other.
            em.refresh(placement, LockModeType.PESSIMISTIC_WRITE);
            if (Locks.reviewTakenIntoAccount(em, placementId)) {
                throw DomainException.conflict("review-taken-into-account", null);
            }
            CompanyReviewEntity review = find(em, placementId);
            EvaluationEntity evaluation = review == null ? null : evaluation(em, review);
            Map<String, CriterionResultEntity> rows = evaluation == null ? new HashMap<>()
                    : ResultRows.of(em, List.of(evaluation.id())).getOrDefault(evaluation.id(), new HashMap<>());
            if (header != null && !headerFresh(review, header.version()) || results.stream().anyMatch(r -> !ResultRows.fresh(rows, r))) {
                throw DomainException.staleVersion(views.view(em, caller, placement, review));
            }
            long now = clock.millis();
            if (review == null) {
                review = new CompanyReviewEntity(placement, placement.period().endDate());
                em.persist(review);
            }
            PersonEntity by = em.find(PersonEntity.class, caller.personId());
            if (header != null) {
                review.header(header.meetingDate().toString(), header.engagement(), header.comment(), Json.write(header.tasks()),
                        Json.write(header.modes()), by, now);
            }
            if (!results.isEmpty()) {
                if (evaluation == null) {
                    evaluation = EvaluationEntity.inCompany(review);
                    em.persist(evaluation);
                }
                for (ResultChange result : results) {
                    ResultRows.apply(em, evaluation, rows, result, by, now);
                }
            }
            em.flush();
            return views.view(em, caller, placement, review);
        });
    }

    /**
     * A review made by a first level saved, its header never saved, still has the header a reader of version 0 saw: a
     * header save from 0 is then no conflict.
     */
    private static boolean headerFresh(CompanyReviewEntity review, int version) {
        return review == null ? version == 0 : review.version() == version || version == 0 && review.updatedAt() == 0;
    }

    /** The placement as the caller reads it (404 otherwise), of a period that has company reviews. */
    static PlacementEntity reviewed(EntityManager em, Caller caller, long placementId) {
        PlacementEntity placement = PeriodAccess.placement(em, caller, placementId);
        if (placement.period().kind() == PeriodKind.PERIOD_1) {
            throw DomainException.invalid("no-company-review-in-period-1", "placementId", placement.period().name());
        }
        return placement;
    }

    static CompanyReviewEntity find(EntityManager em, long placementId) {
        List<CompanyReviewEntity> found = em.createQuery("SELECT c FROM CompanyReviewEntity c WHERE c.placement.id = :p", CompanyReviewEntity.class)
                .setParameter("p", placementId).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    static EvaluationEntity evaluation(EntityManager em, CompanyReviewEntity review) {
        List<EvaluationEntity> found = em.createQuery("SELECT e FROM EvaluationEntity e WHERE e.companyReview.id = :c", EvaluationEntity.class)
                .setParameter("c", review.id()).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    private static void checkResults(List<ResultChange> results, Referential referential) {
        if (results.size() > CompanyReviewChange.MAX_RESULTS) {
            throw DomainException.invalid("too-many", "results", CompanyReviewChange.MAX_RESULTS);
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < results.size(); i++) {
            ResultRows.check(results.get(i), referential, "results[" + i + "]");
            if (!seen.add(ResultRows.key(results.get(i).competency(), results.get(i).criterion()))) {
                // Named as the user reads it: the criterion (« C2-1 »), or the competency for a level on it as a whole.
                throw DomainException.invalid("duplicate-result", "results[" + i + "]", results.get(i).criterion() == null
                        ? results.get(i).competency() : results.get(i).criterion());
            }
        }
    }

    /** An ISO date as the French read it in a message: JJ/MM/AAAA. */
    static String french(String isoDate) {
        return java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(LocalDate.parse(isoDate));
    }

    /** A header as checked: its values ready to store. */
    private record Header(LocalDate meetingDate, Integer engagement, String comment, List<String> tasks, Map<String, CompanyReview.Mode> modes,
                          int version) {
    }

    private static Header checkHeader(EntityManager em, CompanyReviewChange.Header given, PlacementEntity placement, Referential referential) {
        LocalDate meeting = Validation.present(given.meetingDate(), "header.meetingDate");
        if (meeting.isBefore(LocalDate.parse(placement.period().startDate()))) {
            throw DomainException.invalid("meeting-before-period", "header.meetingDate", french(placement.period().startDate()));
        }
        String lastReview = Locks.lastFinalisedReview(em, placement.learner().id());
        if (lastReview != null && !meeting.isAfter(LocalDate.parse(lastReview))) {
            throw DomainException.invalid("meeting-in-reviewed-past", "header.meetingDate", french(lastReview));
        }
        if (given.engagement() != null && (given.engagement() < 1 || given.engagement() > 4)) {
            throw DomainException.invalid("engagement-out-of-range", "header.engagement", given.engagement());
        }
        String comment = Validation.optional(given.comment(), "header.comment", MAX_COMMENT);
        List<String> tasks = given.tasks() == null ? List.of() : given.tasks();
        if (tasks.size() > 200) {
            throw DomainException.invalid("too-many", "header.tasks", 200);
        }
        Set<String> checkedTasks = new LinkedHashSet<>();
        for (int i = 0; i < tasks.size(); i++) {
            String code = Validation.required(tasks.get(i), "header.tasks[" + i + "]", 32);
            if (referential.task(code).isEmpty()) {
                throw DomainException.invalid("unknown-task", "header.tasks[" + i + "]", code, referential.code(), referential.version());
            }
            checkedTasks.add(code);
        }
        Map<String, CompanyReview.Mode> modes = new LinkedHashMap<>();
        if (given.modes() != null) {
            for (Map.Entry<String, CompanyReview.Mode> mode : given.modes().entrySet()) {
                if (mode.getKey() == null || ReferentialCriteria.of(referential, mode.getKey()).isEmpty()) {
                    throw DomainException.invalid("unknown-competency", "header.modes", mode.getKey(), referential.code(), referential.version());
                }
                modes.put(mode.getKey(), Validation.present(mode.getValue(), "header.modes." + mode.getKey()));
            }
        }
        int version = Validation.version(given.version(), "header.version");
        return new Header(meeting, given.engagement(), comment, List.copyOf(checkedTasks), modes, version);
    }
}
