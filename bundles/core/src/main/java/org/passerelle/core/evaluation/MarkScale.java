package org.passerelle.core.evaluation;

/**
 * An establishment's mark mapping as its DDFPT writes it (issue 12, item 8): each review level's share of a
 * competency's weight, as a fraction « 2/3 » or a decimal « 0.5 » between 0 and 1, non-increasing from {@code ++} to
 * {@code ---}. {@code custom} false: the default mapping (1, 2/3, 1/3, 0), {@code version} 0.
 */
public record MarkScale(String acquired, String partlyAcquired, String beingAcquired, String notAcquired, boolean custom, Integer version) {
}
