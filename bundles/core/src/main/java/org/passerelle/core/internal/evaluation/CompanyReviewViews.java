package org.passerelle.core.internal.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.persistence.EntityManager;
import org.passerelle.core.DomainException;
import org.passerelle.core.evaluation.CompanyReview;
import org.passerelle.core.evaluation.CriterionResult;
import org.passerelle.core.followup.Selection;
import org.passerelle.core.internal.common.ReferentialCriteria;
import org.passerelle.core.internal.periods.ActivitySheetEntity;
import org.passerelle.core.internal.periods.PlacementEntity;
import org.passerelle.core.referential.ReferentialRegistry;
import org.passerelle.core.security.Caller;
import org.passerelle.referential.model.Referential;

/**
 * A company review as its reader sees it: its stored header and levels (every one stored, with the modes that say
 * which are in force: {@link LevelsInForce}), and what the period's activity sheets
 * selected (guide 001 « Relier au référentiel »), copied in with the numbers of their sheets whenever it is read, so that
 * a sheet linked or changed after the review began adds its selections.
 */
final class CompanyReviewViews {

    private final ReferentialRegistry referentials;

    CompanyReviewViews(ReferentialRegistry referentials) {
        this.referentials = referentials;
    }

    Referential referential(PlacementEntity placement) {
        String code = placement.period().annex().referentialCode();
        String version = placement.period().annex().referentialVersion();
        return referentials.find(code, version).orElseThrow(() -> DomainException.unavailable("referential-unavailable", code, version))
                .referential();
    }

    CompanyReview view(EntityManager em, Caller caller, PlacementEntity placement, CompanyReviewEntity review) {
        Referential referential = referential(placement);
        Cited cited = cited(em, placement.id());
        Map<String, CriterionResult> results = new LinkedHashMap<>();
        if (review != null) {
            EvaluationEntity evaluation = CompanyReviews.evaluation(em, review);
            if (evaluation != null) {
                ResultRows.of(em, List.of(evaluation.id())).getOrDefault(evaluation.id(), Map.of()).forEach((key, row) ->
                        results.put(key, ResultRows.view(row, cited.refs().getOrDefault(key, List.of()))));
            }
        }
        cited.refs().forEach((key, numbers) -> {
            if (!results.containsKey(key)) {
                int slash = key.indexOf('/');
                String criterion = key.substring(slash + 1);
                results.put(key, new CriterionResult(key.substring(0, slash), criterion.isEmpty() ? null : criterion, null, numbers, null, null, 0));
            }
        });
        Map<String, Integer> order = ReferentialCriteria.order(referential);
        List<CriterionResult> ordered = new ArrayList<>(results.values());
        ordered.sort(Comparator.comparingInt((CriterionResult r) -> order.getOrDefault(r.criterion() == null ? r.competency()
                : r.competency() + "/" + r.criterion(), Integer.MAX_VALUE)).thenComparing(CriterionResult::competency));
        // The modes as the dashboard and the synthesis read them (levels given), then for what only sheets selected.
        Map<String, CompanyReview.Mode> modes = LevelsInForce.modes(review == null ? Map.of() : Json.modes(review.modes()),
                ordered.stream().filter(r -> r.level() != null).toList(), CriterionResult::competency, CriterionResult::criterion);
        for (CriterionResult r : ordered) {
            if (r.criterion() != null) {
                modes.putIfAbsent(r.competency(), CompanyReview.Mode.CRITERIA);
            }
        }
        ordered.forEach(r -> modes.putIfAbsent(r.competency(), CompanyReview.Mode.GLOBAL));
        boolean taken = Locks.reviewTakenIntoAccount(em, placement.id());
        boolean saved = review != null && review.updatedAt() != 0;
        var learner = placement.learner().person();
        var master = placement.learner().master();
        String tutor = placement.place().tutorName() != null ? placement.place().tutorName()
                : master != null ? master.firstName() + " " + master.familyName() : null;
        return new CompanyReview(placement.id(), placement.learner().id(), learner.firstName() + " " + learner.familyName(),
                placement.learner().schoolClass() == null ? null : placement.learner().schoolClass().code(),
                placement.period().name(), LocalDate.parse(placement.period().startDate()), LocalDate.parse(placement.period().endDate()),
                placement.place().companyName(), tutor, referential.code(), referential.version(),
                LocalDate.parse(review == null ? placement.period().endDate() : review.meetingDate()),
                saved ? review.engagement() : null, saved ? review.comment() : null, placement.tasks(), saved ? Json.strings(review.tasks()) : List.copyOf(cited.tasks()),
                modes, ordered, cited.sheets(), taken, !taken && List.of(CompanyReviews.WRITERS).contains(caller.role()),
                saved ? Instant.ofEpochMilli(review.updatedAt()) : null, saved ? ResultRows.name(review.updatedBy()) : null,
                review == null ? 0 : review.version());
    }

    /** The sheets that selected something, numbered from 1 in the order they were made; per result key, their numbers. */
    private record Cited(List<CompanyReview.SheetReference> sheets, Map<String, List<Integer>> refs, Set<String> tasks) {
    }

    private static Cited cited(EntityManager em, long placementId) {
        List<ActivitySheetEntity> sheets = em.createQuery("SELECT s FROM ActivitySheetEntity s WHERE s.placement.id = :p AND s.deletedAt = 0"
                + " ORDER BY s.createdAt, s.id", ActivitySheetEntity.class).setParameter("p", placementId).getResultList();
        List<CompanyReview.SheetReference> cited = new ArrayList<>();
        Map<String, List<Integer>> refs = new HashMap<>();
        Set<String> tasks = new LinkedHashSet<>();
        for (ActivitySheetEntity sheet : sheets) {
            List<Selection> selections = Json.selections(sheet.selections());
            tasks.addAll(Json.strings(sheet.checkedTasks()));
            if (selections.isEmpty()) {
                continue;
            }
            int number = cited.size() + 1;
            cited.add(new CompanyReview.SheetReference(number, sheet.id(), sheet.title()));
            for (Selection s : selections) {
                List<Integer> numbers = refs.computeIfAbsent(ResultRows.key(s.competency(), s.criterion()), k -> new ArrayList<>());
                if (!numbers.contains(number)) {
                    numbers.add(number);
                }
            }
        }
        return new Cited(cited, refs, tasks);
    }
}
