package org.passerelle.core.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A learner's dashboard, competency view (tableau de bord; DOMAIN.md "Evaluation", guides 003 and 004): one column per
 * evaluation in chronological order, one section per competency (or common competency of a family, grouping its
 * specialties' criteria) with its criteria as rows, the levels in the cells, and the previous intermediate reviews'
 * levels of each competency.
 *
 * @param columns  the evaluations, oldest first (same date: in the order they were recorded)
 * @param boundary how many of the first columns the last finalised intermediate review took into account (its date
 *                 on or after theirs); 0 when there is none
 * @param sections the referential's competencies in its order
 */
public record Dashboard(List<Column> columns, int boundary, List<Section> sections) {

    /** Where an evaluation was made: at school (shown as a rectangle, F) or in company (a pill, E). */
    public enum Source {
        SCHOOL("F"), COMPANY("E");

        private final String code;

        Source(String code) {
            this.code = code;
        }

        /** The letter the dashboard prints: F (formative, at school) or E (entreprise). */
        public String code() {
            return code;
        }
    }

    /** A school evaluation's complexity (D discovery, Int intermediate, Ba bac pro); a company review has none. */
    public enum Complexity {
        DISCOVERY("D"), INTERMEDIATE("Int"), BAC_PRO("Ba");

        private final String code;

        Complexity(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** One evaluation: its id (for its detail), where, its complexity (null for a company review), its date, its title. */
    public record Column(long evaluationId, Source source, Complexity complexity, LocalDate date, String title) {
    }

    /** One result: of an evaluation, on a competency, on one of its criteria (null: the competency as a whole). */
    public record Result(long evaluationId, String competency, String criterion, SuccessLevel level) {
    }

    /**
     * One row: a criterion ({@code specialty} and {@code specialtyCompetency} name its specialty in a family, as
     * {@code [MSPC] C1.5}), or the competency as a whole ({@code criterion} null); {@code cells} one per column, null
     * where that evaluation did not assess it.
     */
    public record Row(String criterion, String title, String specialty, String specialtyCompetency, List<SuccessLevel> cells) {
        public Row {
            cells = java.util.Collections.unmodifiableList(new ArrayList<>(cells));
        }
    }

    /** A competency, its rows (the global row first, when it was ever assessed globally) and its previous review levels. */
    public record Section(String competency, String title, List<Row> rows, List<ReviewLevel> previousReviews) {
        public Section {
            rows = List.copyOf(rows);
            previousReviews = List.copyOf(previousReviews);
        }
    }

    public Dashboard {
        columns = List.copyOf(columns);
        sections = List.copyOf(sections);
    }
}
