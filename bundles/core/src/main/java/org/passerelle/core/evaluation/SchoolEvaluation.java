package org.passerelle.core.evaluation;

import java.time.LocalDate;
import java.util.List;
import org.passerelle.core.followup.Selection;

/**
 * A school evaluation and its whole-class grid: one row per learner (the class's learners, and any learner who has a
 * level in it and has since left the class), one level per criterion of {@code criteria}.
 *
 * @param learners ordered by family name then first name
 */
public record SchoolEvaluation(long id, long classId, String classCode, String title, LocalDate date, Dashboard.Complexity complexity,
                               String referentialCode, String referentialVersion, List<Selection> criteria, List<GridRow> learners,
                               int version) {

    /**
     * One learner's row: their levels, only those saved at least once (a criterion without one is not evaluated,
     * version 0).
     */
    public record GridRow(long learnerId, String familyName, String firstName, boolean inClass, List<CriterionResult> results) {
        public GridRow {
            results = List.copyOf(results);
        }
    }

    public SchoolEvaluation {
        criteria = List.copyOf(criteria);
        learners = List.copyOf(learners);
    }
}
