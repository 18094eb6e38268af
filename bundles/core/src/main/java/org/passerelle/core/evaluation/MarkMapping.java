package org.passerelle.core.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/**
 * What each level of an intermediate review is worth, as a share of its competency's weight, in the proposed mark /20
 * (DOMAIN.md "Evaluation"). The default is the guides' ({@code ++} = 1, {@code +} = 2/3, {@code -} = 1/3, {@code ---}
 * = 0); an establishment may set its own, each share from 0 to 1 and never more for a lower level.
 *
 * @param acquired          share of {@code ++}
 * @param partlyAcquired    share of {@code +}
 * @param beingAcquired     share of {@code -}
 * @param notAcquired       share of {@code ---}
 */
public record MarkMapping(BigDecimal acquired, BigDecimal partlyAcquired, BigDecimal beingAcquired, BigDecimal notAcquired) {

    /** The guides' mapping: 1, 2/3, 1/3, 0 (thirds to 34 digits; the mark is rounded long before that shows). */
    public static final MarkMapping DEFAULT = new MarkMapping(BigDecimal.ONE, BigDecimal.valueOf(2).divide(BigDecimal.valueOf(3), MathContext.DECIMAL128),
            BigDecimal.ONE.divide(BigDecimal.valueOf(3), MathContext.DECIMAL128), BigDecimal.ZERO);

    /** @throws IllegalArgumentException if a share is missing, outside 0..1, or a lower level is worth more */
    public MarkMapping {
        BigDecimal[] shares = {acquired, partlyAcquired, beingAcquired, notAcquired};
        for (int i = 0; i < shares.length; i++) {
            Objects.requireNonNull(shares[i], "share");
            if (shares[i].signum() < 0 || shares[i].compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("a share is from 0 to 1: " + shares[i]);
            }
            if (i > 0 && shares[i].compareTo(shares[i - 1]) > 0) {
                throw new IllegalArgumentException("a lower level is never worth more than a higher one");
            }
        }
    }

    /** The share of a level, or null for {@code NE} (left out). */
    public BigDecimal share(ReviewLevel level) {
        return switch (level) {
            case ACQUIRED -> acquired;
            case PARTLY_ACQUIRED -> partlyAcquired;
            case BEING_ACQUIRED -> beingAcquired;
            case NOT_ACQUIRED -> notAcquired;
            case NOT_EVALUATED -> null;
        };
    }
}
