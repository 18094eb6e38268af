package org.passerelle.core.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A competency review of a learner (guides 004 and 002): an intermediate competency review by the teachers (levels
 * ++ + - --- NE against intermediate or terminal objectives, findings, advice, the proposed mark /20 and the mark the
 * teacher kept) or a master's company-activity review (four acquisition levels, findings and advice mandatory). A
 * draft until finalised by typing {@code CONFIRMATION}; a finalised review never changes but by the DDFPT's audited unlock.
 *
 * @param levels       one per competency of the referential version, in its order (level null: not given yet)
 * @param proposedMark for an intermediate review: the mark the formula gives now (stored at finalisation), null when
 *                     every competency is NE or none is given; null for a company-activity review
 * @param markTerms    the formula's terms (weight, level, share), one per competency, those left out included
 *                     ({@code counted} false: NE, no level yet, or weight 0); empty for a company-activity review
 * @param assessedCount      how many competencies have a level other than NE ({@code ++} to {@code ---}): what the
 *                           proposed mark rests on, told with it (« sur 1 compétence évaluée (de 13) »)
 * @param notAssessableCount how many are at NE (« Compétence non évaluée »: left out on purpose)
 * @param notGivenCount      how many have no level yet (« non renseignée »); the three counts add up to {@code levels.size()}
 * @param keptMark     the mark the teacher set instead, or null; both are kept and shown
 * @param writable     whether this caller may change it now (a draft, and their kind of review)
 */
public record CompetencyReview(long id, long learnerId, String learnerName, Kind kind, LocalDate date, String referentialCode,
                               String referentialVersion, boolean finalised, List<Level> levels, String findings, String advice,
                               BigDecimal proposedMark, List<ProposedMark.Term> markTerms, int assessedCount, int notAssessableCount,
                               int notGivenCount, BigDecimal keptMark, String createdBy,
                               String finalisedBy, Instant finalisedAt, boolean writable, int version) {

    public enum Kind {
        /** Bilan intermédiaire de compétences (teachers). */
        INTERMEDIATE,
        /** Bilan des activités en entreprise (the apprentice's master). */
        COMPANY_ACTIVITY
    }

    /** What a level was set against (guide 004: half box for intermediate objectives, full box for terminal ones). */
    public enum Objective {
        INTERMEDIATE, TERMINAL
    }

    /**
     * A competency's line: its level now, and the levels of the learner's earlier finalised reviews (both kinds, oldest
     * first) for comparison.
     */
    public record Level(String competency, String title, double weight, ReviewLevel level, Objective objective, List<Previous> previous) {
        public Level {
            previous = List.copyOf(previous);
        }
    }

    public record Previous(long reviewId, Kind kind, LocalDate date, ReviewLevel level, Objective objective) {
    }

    public CompetencyReview {
        levels = List.copyOf(levels);
        markTerms = List.copyOf(markTerms);
    }
}
