package org.passerelle.core.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The mark /20 an intermediate review proposes, with what it is made of so that it is shown with its formula
 * (DOMAIN.md "Evaluation"; guide 004): 20 × Σ(weight × share of the level) / Σ(weight), over the competencies with a
 * level other than {@code NE}, rounded to the nearest half point (a quarter goes up: 13.25 → 13.5).
 *
 * <p>What the mark rests on is told with it, so that a draft with 1 competency given of 13 does not read as a full
 * review: of the {@code terms.size()} competencies, {@code assessedCount} have a level from {@code ++} to {@code ---},
 * {@code notAssessableCount} are {@code NE} (« Compétence non évaluée »: left out on purpose) and {@code notGivenCount}
 * have no level yet (« non renseignée »: a draft not filled in; left out too). The three add up to
 * {@code terms.size()}. A mark is still proposed when some have no level; the page, the PDF and the API say on how many.
 *
 * @param mark               the mark rounded to the half point, or null when no competency counts (all {@code NE}, no
 *                           level given, or weight 0: nothing to mark)
 * @param exact              the mark before rounding (to 9 decimals), or null with {@code mark}
 * @param terms              each competency's part, in the order given, those left out included ({@code counted} false)
 * @param assessedCount      competencies with a level {@code ++}, {@code +}, {@code -} or {@code ---} (counted unless their
 *                           weight is 0)
 * @param notAssessableCount competencies at {@code NE}
 * @param notGivenCount      competencies with no level yet
 */
public record ProposedMark(BigDecimal mark, BigDecimal exact, List<Term> terms, int assessedCount, int notAssessableCount, int notGivenCount) {

    /**
     * One competency's part: its weight (the referential's, 1 when it gives none), level (null: not given yet) and share
     * (null for {@code NE} and no level).
     */
    public record Term(String competency, BigDecimal weight, ReviewLevel level, BigDecimal share, boolean counted) {
    }

    /** One competency of the review: its code, its weight in the referential (null: 1) and its level (null: not given yet). */
    public record Level(String competency, Double weight, ReviewLevel level) {
    }

    private static final BigDecimal TWENTY = BigDecimal.valueOf(20);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    public ProposedMark {
        terms = List.copyOf(terms);
    }

    /** How many competencies the review has: {@code assessedCount + notAssessableCount + notGivenCount}. */
    public int competencyCount() {
        return terms.size();
    }

    /** The mark of these levels under this mapping. */
    public static ProposedMark of(List<Level> levels, MarkMapping mapping) {
        List<Term> terms = new ArrayList<>();
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal total = BigDecimal.ZERO;
        int notAssessable = 0;
        int notGiven = 0;
        for (Level level : levels) {
            BigDecimal weight = BigDecimal.valueOf(level.weight() == null ? 1.0 : level.weight());
            BigDecimal share = level.level() == null ? null : mapping.share(level.level());
            notGiven += level.level() == null ? 1 : 0;
            notAssessable += level.level() == ReviewLevel.NOT_EVALUATED ? 1 : 0;
            boolean counted = share != null && weight.signum() > 0;
            terms.add(new Term(level.competency(), weight, level.level(), share, counted));
            if (counted) {
                weighted = weighted.add(weight.multiply(share));
                total = total.add(weight);
            }
        }
        int assessed = terms.size() - notAssessable - notGiven;
        if (total.signum() == 0) {
            return new ProposedMark(null, null, terms, assessed, notAssessable, notGiven);
        }
        // Rounded to 9 decimals first: a third written to 34 digits must not turn an exact quarter into 13.2499….
        BigDecimal exact = TWENTY.multiply(weighted).divide(total, MathContext.DECIMAL128).setScale(9, RoundingMode.HALF_UP);
        BigDecimal mark = exact.multiply(TWO).setScale(0, RoundingMode.HALF_UP).divide(TWO).setScale(1, RoundingMode.UNNECESSARY);
        return new ProposedMark(mark, exact.stripTrailingZeros(), terms, assessed, notAssessable, notGiven);
    }
}
