package org.passerelle.rest.internal.resource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.passerelle.core.evaluation.CompanyReview;
import org.passerelle.core.evaluation.CriterionResult;
import org.passerelle.documents.MeetingGrid;
import org.passerelle.referential.model.CommonCompetency;
import org.passerelle.referential.model.Item;
import org.passerelle.referential.model.Referential;
import org.passerelle.referential.model.SpecialtyGroup;

/**
 * The printed grid of a company review from the review and its referential version: its rows as the online review
 * lists them, titled from the referential (a family's criterion as « [MSPC] C1.5 … »); a review with no row yet
 * prints every competency as a whole, so that the paper grid is usable before anything was selected.
 */
final class MeetingGrids {

    private MeetingGrids() {
    }

    static MeetingGrid of(CompanyReview review, Referential referential) {
        Set<String> taskCodes = new LinkedHashSet<>(review.plannedTasks());
        taskCodes.addAll(review.tasks());
        List<MeetingGrid.Task> tasks = taskCodes.stream().map(code -> new MeetingGrid.Task(code, referential.task(code).map(Item::title).orElse(""),
                review.tasks().contains(code))).toList();
        Map<String, List<MeetingGrid.Row>> rows = new LinkedHashMap<>();
        for (CriterionResult result : review.results()) {
            String sheets = result.sheets().stream().map(n -> "[" + n + "]").collect(Collectors.joining(" "));
            rows.computeIfAbsent(result.competency(), c -> new ArrayList<>())
                    .add(new MeetingGrid.Row(label(referential, result.competency(), result.criterion()), sheets,
                            result.level() == null ? null : result.level().name()));
        }
        if (rows.isEmpty()) {
            referential.competencies().forEach(c -> rows.put(c.code(), List.of(new MeetingGrid.Row(c.code() + " " + c.title(), "", null))));
            referential.commonCompetencies().forEach(c -> rows.put(c.code(), List.of(new MeetingGrid.Row(c.code() + " " + c.title(), "", null))));
        }
        List<MeetingGrid.Section> sections = rows.entrySet().stream()
                .map(e -> new MeetingGrid.Section(e.getKey(), title(referential, e.getKey()), e.getValue())).toList();
        List<String> sheets = review.sheets().stream().map(s -> "[" + s.number() + "] " + s.title()).toList();
        return new MeetingGrid(null, review.learnerName(), review.className(), review.periodName(), review.periodStart(), review.periodEnd(),
                review.company(), review.tutorName(), referential.code() + " " + referential.version(), review.meetingDate(), tasks, sections, sheets);
    }

    private static String title(Referential referential, String competency) {
        return referential.competency(competency).map(c -> c.title())
                .orElseGet(() -> common(referential, competency).map(CommonCompetency::title).orElse(""));
    }

    private static java.util.Optional<CommonCompetency> common(Referential referential, String code) {
        return referential.commonCompetencies().stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** « C2-1 title », or for a family's common competency « [MSPC] C1.5 title »; the competency's own title as a whole. */
    static String label(Referential referential, String competency, String criterion) {
        if (criterion == null) {
            return competency + " " + title(referential, competency);
        }
        var own = referential.competency(competency).flatMap(c -> c.criteria() == null ? java.util.Optional.empty()
                : c.criteria().stream().filter(i -> i.code().equals(criterion)).findFirst());
        if (own.isPresent()) {
            return criterion + " " + own.get().title();
        }
        for (SpecialtyGroup group : common(referential, competency).map(CommonCompetency::groups).orElse(List.of())) {
            for (Item item : group.criteria() == null ? List.<Item>of() : group.criteria()) {
                if (item.code().equals(criterion)) {
                    return "[" + group.referential() + "] " + group.competency() + " " + item.title();
                }
            }
        }
        return criterion;
    }
}
