package org.passerelle.core.evaluation;

import java.time.LocalDate;
import java.util.List;
import org.passerelle.core.followup.Selection;

/**
 * A new school evaluation of a class (évaluation en établissement, formative « F »): its title (1–200 characters),
 * date, complexity and the criteria of its grid (1–{@link #MAX_CRITERIA}, codes of the class level's referential in its
 * default version; a competency assessed as a whole or by criteria, not both).
 */
public record SchoolEvaluationDraft(Long classId, String title, LocalDate date, Dashboard.Complexity complexity, List<Selection> criteria) {

    public static final int MAX_CRITERIA = 200;
}
