package org.passerelle.core.internal.mail;

import java.time.Duration;

/**
 * What a failed attempt leads to: another attempt after a delay that doubles each time (the first delay, then twice
 * it, and so on, never more than the longest delay), until the number of attempts is spent; a failure that no attempt
 * can cure (the server refused the recipient for good) ends at once.
 *
 * @param maxAttempts how many attempts at most, the first included (at least 1)
 * @param firstDelay  the wait after the first failed attempt
 * @param maxDelay    the longest wait between two attempts
 */
public record RetryPolicy(int maxAttempts, Duration firstDelay, Duration maxDelay) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, not " + maxAttempts);
        }
        if (firstDelay == null || firstDelay.isNegative() || firstDelay.isZero()) {
            throw new IllegalArgumentException("firstDelay must be positive");
        }
        if (maxDelay == null || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("maxDelay must be at least firstDelay");
        }
    }

    /** What follows a failed attempt. */
    public record Outcome(DeliveryState state, long nextAttemptAt) {
    }

    /**
     * @param attempts  attempts made so far, the failed one included (1 after the first)
     * @param permanent whether the failure can never be cured by trying again
     * @param now       when the attempt failed (epoch milliseconds)
     * @return {@link DeliveryState#RETRYING} with the time the next attempt is due, or {@link DeliveryState#FAILED}
     */
    public Outcome afterFailure(int attempts, boolean permanent, long now) {
        if (permanent || attempts >= maxAttempts) {
            return new Outcome(DeliveryState.FAILED, now);
        }
        return new Outcome(DeliveryState.RETRYING, now + delayAfter(attempts).toMillis());
    }

    /** The wait after the given number of failed attempts: first delay × 2^(attempts − 1), capped. */
    public Duration delayAfter(int attempts) {
        Duration delay = firstDelay;
        for (int i = 1; i < attempts && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
