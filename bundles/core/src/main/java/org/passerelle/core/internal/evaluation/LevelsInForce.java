package org.passerelle.core.internal.evaluation;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.passerelle.core.evaluation.CompanyReview.Mode;

/**
 * Which of a company review's stored levels are in force (issue 12): those of the mode their competency is assessed in
 * now ({@link Mode#holds}). A whole-competency level on a competency assessed by criteria, or a criterion's level on
 * one assessed as a whole, stays stored — switching the mode back shows it again, nothing is lost on a switch — but is
 * not counted: the review's view ({@link CompanyReviewViews}), the dashboard ({@link Dashboards}) and the PFMP
 * synthesis ({@link Syntheses}) all take a review's modes and levels from here, and the printed grid reads the view's
 * {@link org.passerelle.core.evaluation.CompanyReview#inForce()}.
 *
 * <p>A competency's mode is the one its review's header saved; for a competency with none saved, by criteria when one
 * of its criteria has a level, else as a whole.
 */
final class LevelsInForce {

    private LevelsInForce() {
    }

    /** The saved modes, completed for every competency these levels (those given, not the cleared ones) are on. */
    static <T> Map<String, Mode> modes(Map<String, Mode> saved, Collection<T> levels, Function<T, String> competency, Function<T, String> criterion) {
        Map<String, Mode> modes = new LinkedHashMap<>(saved == null ? Map.of() : saved);
        for (T level : levels) {
            if (criterion.apply(level) != null) {
                modes.putIfAbsent(competency.apply(level), Mode.CRITERIA);
            }
        }
        levels.forEach(level -> modes.putIfAbsent(competency.apply(level), Mode.GLOBAL));
        return modes;
    }

    /** The levels given (not cleared) of one company review that are in force, from its header's saved modes. */
    static <T> List<T> of(Map<String, Mode> saved, Collection<T> levels, Function<T, String> competency, Function<T, String> criterion) {
        Map<String, Mode> modes = modes(saved, levels, competency, criterion);
        return levels.stream().filter(level -> modes.get(competency.apply(level)).holds(criterion.apply(level))).toList();
    }
}
