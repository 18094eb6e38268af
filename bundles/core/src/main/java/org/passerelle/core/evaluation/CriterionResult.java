package org.passerelle.core.evaluation;

import java.time.Instant;
import java.util.List;

/**
 * One level of an evaluation: on a competency as a whole ({@code criterion} null) or on one of its criteria.
 *
 * @param level     null: not evaluated (no level chosen, or cleared)
 * @param sheets    the numbers of the activity sheets that selected it ({@link CompanyReview#sheets()}); empty elsewhere
 * @param updatedBy who set it last (« Prénom NOM »), null before any save
 * @param version   the result's own version, 0 before its first save; a save names the version it read
 */
public record CriterionResult(String competency, String criterion, SuccessLevel level, List<Integer> sheets, String updatedBy,
                              Instant updatedAt, int version) {
    public CriterionResult {
        sheets = List.copyOf(sheets);
    }
}
