package org.passerelle.core.internal.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.passerelle.core.evaluation.Dashboard;
import org.passerelle.core.evaluation.Dashboard.Column;
import org.passerelle.core.evaluation.Dashboard.Result;
import org.passerelle.core.evaluation.Dashboard.Row;
import org.passerelle.core.evaluation.Dashboard.Section;
import org.passerelle.core.evaluation.ReviewLevel;
import org.passerelle.core.evaluation.SuccessLevel;
import org.passerelle.referential.model.CommonCompetency;
import org.passerelle.referential.model.Competency;
import org.passerelle.referential.model.Item;
import org.passerelle.referential.model.Referential;
import org.passerelle.referential.model.SpecialtyGroup;

/**
 * The competency view of a learner's dashboard from what the referential version lays out and what was assessed
 * (guides 003 and 004): a diploma's competencies with their criteria, or a family's common competencies with their
 * specialties' criteria ({@code [MSPC] C1.5}); columns oldest first; a result on a code this version does not know
 * (an older version's) is kept in a section of its own at the end, never dropped. One pass over the results: a
 * three-year history (about 9,000 results) is read in a few milliseconds.
 */
public final class DashboardGrid {

    private DashboardGrid() {
    }

    /**
     * @param lastFinalised the date of the learner's last finalised intermediate review, or null
     * @param previous      per competency code, the levels of the finalised intermediate reviews, oldest first
     */
    public static Dashboard build(Referential referential, List<Column> evaluations, List<Result> results, LocalDate lastFinalised,
                                  Map<String, List<ReviewLevel>> previous) {
        List<Column> columns = evaluations.stream()
                .sorted(Comparator.comparing(Column::date).thenComparingLong(Column::evaluationId)).toList();
        Map<Long, Integer> at = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            at.put(columns.get(i).evaluationId(), i);
        }
        // competency → criterion ('' for the competency as a whole) → one level per column
        Map<String, Map<String, SuccessLevel[]>> cells = new LinkedHashMap<>();
        for (Result result : results) {
            Integer column = at.get(result.evaluationId());
            if (column != null && result.level() != null) {
                cells.computeIfAbsent(result.competency(), c -> new LinkedHashMap<>())
                        .computeIfAbsent(result.criterion() == null ? "" : result.criterion(), c -> new SuccessLevel[columns.size()])[column] = result.level();
            }
        }
        int boundary = lastFinalised == null ? 0 : (int) columns.stream().filter(c -> !c.date().isAfter(lastFinalised)).count();
        List<Section> sections = new ArrayList<>();
        Map<String, List<ReviewLevel>> reviews = previous == null ? Map.of() : previous;
        if (!referential.commonCompetencies().isEmpty()) {
            for (CommonCompetency common : referential.commonCompetencies()) {
                List<Row> rows = new ArrayList<>();
                Map<String, SuccessLevel[]> found = cells.remove(common.code());
                global(found, rows);
                for (SpecialtyGroup group : common.groups()) {
                    for (Item criterion : group.criteria()) {
                        rows.add(row(criterion, group.referential(), group.competency(), found, columns.size()));
                    }
                }
                leftOver(found, rows);
                sections.add(new Section(common.code(), common.title(), rows, reviews.getOrDefault(common.code(), List.of())));
            }
        }
        for (Competency competency : referential.competencies()) {
            Map<String, SuccessLevel[]> found = cells.remove(competency.code());
            if (!referential.commonCompetencies().isEmpty() && found == null) {
                continue; // a family's specialty competencies show under their common competency
            }
            List<Row> rows = new ArrayList<>();
            global(found, rows);
            for (Item criterion : competency.criteria()) {
                rows.add(row(criterion, null, null, found, columns.size()));
            }
            leftOver(found, rows);
            sections.add(new Section(competency.code(), competency.title(), rows, reviews.getOrDefault(competency.code(), List.of())));
        }
        // Codes this version does not know (assessed under another version): kept, titled by their code.
        cells.forEach((code, found) -> {
            List<Row> rows = new ArrayList<>();
            global(found, rows);
            leftOver(found, rows);
            sections.add(new Section(code, null, rows, reviews.getOrDefault(code, List.of())));
        });
        return new Dashboard(columns, boundary, sections);
    }

    private static void global(Map<String, SuccessLevel[]> found, List<Row> rows) {
        SuccessLevel[] levels = found == null ? null : found.remove("");
        if (levels != null) {
            rows.add(new Row(null, null, null, null, Arrays.asList(levels)));
        }
    }

    private static Row row(Item criterion, String specialty, String specialtyCompetency, Map<String, SuccessLevel[]> found, int width) {
        SuccessLevel[] levels = found == null ? null : found.remove(criterion.code());
        return new Row(criterion.code(), criterion.title(), specialty, specialtyCompetency, Arrays.asList(levels == null ? new SuccessLevel[width] : levels));
    }

    /** Criteria of another version under a known competency: after the known ones, titled by their code. */
    private static void leftOver(Map<String, SuccessLevel[]> found, List<Row> rows) {
        if (found != null) {
            found.forEach((criterion, levels) -> rows.add(new Row(criterion, null, null, null, Arrays.asList(levels))));
            found.clear();
        }
    }
}
