package org.passerelle.core.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The mark /20 an intermediate review proposes, with what it is made of so that it is shown with its formula
 * (DOMAIN.md "Evaluation"; guide 004): 20 × Σ(weight × share of the level) / Σ(weight), over the competencies not
 * {@code NE}, rounded to the nearest half point (a quarter goes up: 13.25 → 13.5).
 *
 * @param mark  the mark rounded to the half point, or null when every competency is {@code NE} (nothing to mark)
 * @param exact the mark before rounding (to 9 decimals), or null with {@code mark}
 * @param terms each competency's part, in the order given, those left out included ({@code counted} false)
 */
public record ProposedMark(BigDecimal mark, BigDecimal exact, List<Term> terms) {

    /** One competency's part: its weight (the referential's, 1 when it gives none), level and share. */
    public record Term(String competency, BigDecimal weight, ReviewLevel level, BigDecimal share, boolean counted) {
    }

    /** One competency of the review: its code, its weight in the referential (null: 1) and its level. */
    public record Level(String competency, Double weight, ReviewLevel level) {
    }

    private static final BigDecimal TWENTY = BigDecimal.valueOf(20);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    public ProposedMark {
        terms = List.copyOf(terms);
    }

    /** The mark of these levels under this mapping. */
    public static ProposedMark of(List<Level> levels, MarkMapping mapping) {
        List<Term> terms = new ArrayList<>();
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal total = BigDecimal.ZERO;
        for (Level level : levels) {
            BigDecimal weight = BigDecimal.valueOf(level.weight() == null ? 1.0 : level.weight());
            BigDecimal share = mapping.share(level.level());
            boolean counted = share != null && weight.signum() > 0;
            terms.add(new Term(level.competency(), weight, level.level(), share, counted));
            if (counted) {
                weighted = weighted.add(weight.multiply(share));
                total = total.add(weight);
            }
        }
        if (total.signum() == 0) {
            return new ProposedMark(null, null, terms);
        }
        // Rounded to 9 decimals first: a third written to 34 digits must not turn an exact quarter into 13.2499….
        BigDecimal exact = TWENTY.multiply(weighted).divide(total, MathContext.DECIMAL128).setScale(9, RoundingMode.HALF_UP);
        BigDecimal mark = exact.multiply(TWO).setScale(0, RoundingMode.HALF_UP).divide(TWO).setScale(1, RoundingMode.UNNECESSARY);
        return new ProposedMark(mark, exact.stripTrailingZeros(), terms);
    }
}
