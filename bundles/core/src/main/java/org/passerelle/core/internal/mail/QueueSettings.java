package org.passerelle.core.internal.mail;

import java.time.Duration;

/**
 * The mail queue's configuration (ConfigAdmin PID {@value #PID}, file {@code etc/org.passerelle.mail.queue.cfg}),
 * read when the core starts. A value it cannot read fails the core's Blueprint container with a message naming the
 * key.
 *
 * @param retry        attempts and delays
 * @param pollInterval how often the sender looks for due messages when nothing wakes it (messages queued by another
 *                     node, retries that fell due)
 * @param claimTimeout how long a sender holds a message it is sending; past it, the message is deemed abandoned (the
 *                     sender died) and another attempt may take it over. Keep it well above the longest SMTP exchange.
 */
public record QueueSettings(RetryPolicy retry, Duration pollInterval, Duration claimTimeout) {

    public static final String PID = "org.passerelle.mail.queue";

    public QueueSettings {
        if (retry == null || pollInterval == null || claimTimeout == null || pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException(PID + ": poll.s must be positive");
        }
        if (claimTimeout.compareTo(Duration.ofSeconds(10)) < 0) {
            throw new IllegalArgumentException(PID + ": claim.timeout.s must be at least 10");
        }
    }

    /** The defaults: 10 attempts, 30 s then doubling up to 1 h (about 3 h in all), polling every 30 s, claims of 5 min. */
    public static QueueSettings defaults() {
        return fromConfiguration("", "", "", "", "");
    }

    /**
     * Parses the values as Blueprint passes them (strings; empty for the default).
     *
     * @throws IllegalArgumentException naming the key at fault
     */
    public static QueueSettings fromConfiguration(String maxAttempts, String retryDelaySeconds, String retryMaxDelaySeconds, String pollSeconds,
                                                  String claimTimeoutSeconds) {
        int attempts = positive("max.attempts", maxAttempts, 10);
        Duration first = Duration.ofSeconds(positive("retry.delay.s", retryDelaySeconds, 30));
        Duration longest = Duration.ofSeconds(positive("retry.max.delay.s", retryMaxDelaySeconds, 3600));
        if (longest.compareTo(first) < 0) {
            throw new IllegalArgumentException(PID + ": retry.max.delay.s must not be below retry.delay.s");
        }
        return new QueueSettings(new RetryPolicy(attempts, first, longest), Duration.ofSeconds(positive("poll.s", pollSeconds, 30)),
                Duration.ofSeconds(positive("claim.timeout.s", claimTimeoutSeconds, 300)));
    }

    private static int positive(String key, String value, int defaultValue) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        int parsed;
        try {
            parsed = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PID + ": " + key + " must be a whole number, not '" + value + "'");
        }
        if (parsed < 1) {
            throw new IllegalArgumentException(PID + ": " + key + " must be at least 1, not " + parsed);
        }
        return parsed;
    }
}
