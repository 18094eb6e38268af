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
 * The printed grid of a company review from the review and its referential version, with the same rows as the online
 * review while it is filled in: the competencies it lists (those with a result, then those with a mode), each in its
 * mode — as a whole, one row; by criteria, every criterion of the referential version in its order (a family's as
 * « [MSPC] C1.5 … »), not only those already given or selected. Only the levels in force are ticked
 * ({@link CompanyReview#inForce()}: a level of the other mode than its competency's is stored but neither shown nor
 * ticked). The engagement stars and the comment already given are printed; a review with no competency yet prints
 * every competency of the referential as a whole, so that the paper grid is usable before anything was selected.
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
        Set<String> codes = new LinkedHashSet<>();
        review.results().forEach(r -> codes.add(r.competency()));
        review.modes().keySet().stream().sorted().forEach(codes::add);
        for (String code : codes) {
            rows.put(code, review.modes().getOrDefault(code, CompanyReview.Mode.GLOBAL) == CompanyReview.Mode.CRITERIA
                    ? criteriaRows(review, referential, code) : wholeRow(review, referential, code));
        }
        if (rows.isEmpty()) {
            referential.competencies().forEach(c -> rows.put(c.code(), List.of(new MeetingGrid.Row(c.code() + " " + c.title(), "", null))));
            referential.commonCompetencies().forEach(c -> rows.put(c.code(), List.of(new MeetingGrid.Row(c.code() + " " + c.title(), "", null))));
        }
        List<MeetingGrid.Section> sections = rows.entrySet().stream()
                .map(e -> new MeetingGrid.Section(e.getKey(), title(referential, e.getKey()), e.getValue())).toList();
        List<String> sheets = review.sheets().stream().map(s -> "[" + s.number() + "] " + s.title()).toList();
        return new MeetingGrid(null, review.learnerName(), review.className(), review.periodName(), review.periodStart(), review.periodEnd(),
                review.company(), review.tutorName(), referential.code() + " " + referential.version(), review.meetingDate(), review.engagement(),
                review.comment(), tasks, sections, sheets);
    }

    /**
     * A competency assessed by criteria, as the online review lists it: every criterion of the referential version in
     * its order, then any criterion in force the version lacks; each ticked with its level in force, if any.
     */
    private static List<MeetingGrid.Row> criteriaRows(CompanyReview review, Referential referential, String code) {
        Map<String, CriterionResult> given = new LinkedHashMap<>();
        review.inForce().stream().filter(r -> r.competency().equals(code)).forEach(r -> given.put(r.criterion(), r));
        Set<String> criteria = new LinkedHashSet<>(criteria(referential, code));
        criteria.addAll(given.keySet());
        List<MeetingGrid.Row> own = new ArrayList<>();
        for (String criterion : criteria) {
            CriterionResult result = given.get(criterion);
            own.add(new MeetingGrid.Row(label(referential, code, criterion), result == null ? "" : sheets(result.sheets().stream()),
                    result == null || result.level() == null ? null : result.level().name()));
        }
        return own;
    }

    /**
     * A competency assessed as a whole: its one row, ticked with its level in force; with none yet, citing the sheets
     * that selected its criteria.
     */
    private static List<MeetingGrid.Row> wholeRow(CompanyReview review, Referential referential, String code) {
        var whole = review.inForce().stream().filter(r -> r.competency().equals(code)).findFirst();
        String sheets = whole.map(r -> sheets(r.sheets().stream())).orElseGet(() -> sheets(review.results().stream()
                .filter(r -> r.competency().equals(code)).flatMap(r -> r.sheets().stream()).distinct().sorted()));
        return List.of(new MeetingGrid.Row(label(referential, code, null), sheets,
                whole.map(r -> r.level() == null ? null : r.level().name()).orElse(null)));
    }

    private static String sheets(java.util.stream.Stream<Integer> numbers) {
        return numbers.map(n -> "[" + n + "]").collect(Collectors.joining(" "));
    }

    /** The criteria of a competency, or of a family's common competency its specialties' criteria. */
    private static List<String> criteria(Referential referential, String competency) {
        var own = referential.competency(competency).map(c -> c.criteria() == null ? List.<Item>of() : c.criteria());
        if (own.isPresent()) {
            return own.get().stream().map(Item::code).toList();
        }
        return common(referential, competency).map(CommonCompetency::groups).orElse(List.of()).stream()
                .flatMap(g -> g.criteria() == null ? java.util.stream.Stream.<Item>empty() : g.criteria().stream()).map(Item::code).toList();
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
