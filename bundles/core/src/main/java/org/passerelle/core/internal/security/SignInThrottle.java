package org.passerelle.core.internal.security;

/**
 * How long a login waits after repeated failures: free for the first 4, then 30 s doubling at each failure up
 * to 15 minutes. Slows guessing to a few hundred tries a day without locking a forgetful user out for good.
 */
public final class SignInThrottle {

    static final int FREE_FAILURES = 4;
    static final long FIRST_DELAY_MS = 30_000;
    static final long MAX_DELAY_MS = 15 * 60_000;

    private SignInThrottle() {
    }

    /** The instant until which sign-in is refused after this many consecutive failures (0 = not blocked). */
    public static long blockedUntil(int failures, long now) {
        if (failures <= FREE_FAILURES) {
            return 0;
        }
        int doublings = Math.min(failures - FREE_FAILURES - 1, 10);
        return now + Math.min(FIRST_DELAY_MS << doublings, MAX_DELAY_MS);
    }
}
