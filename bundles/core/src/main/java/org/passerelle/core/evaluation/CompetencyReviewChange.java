package org.passerelle.core.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A save of a draft competency review from the version read: its date, its levels (every competency given replaces
 * its line; a null level removes it), findings and advice (up to 4,000 characters each) and, for an intermediate
 * review, the mark the teacher keeps instead of the proposed one (0 to 20, in quarter points; null: the proposed one).
 */
public record CompetencyReviewChange(LocalDate date, List<LevelChange> levels, String findings, String advice, BigDecimal keptMark,
                                     Integer version) {

    public record LevelChange(String competency, ReviewLevel level, CompetencyReview.Objective objective) {
    }
}
