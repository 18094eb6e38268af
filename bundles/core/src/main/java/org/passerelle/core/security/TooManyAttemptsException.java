package org.passerelle.core.security;

import org.passerelle.core.DomainException;

/** Sign-in refused without looking at the password: too many recent failures for this login. */
public class TooManyAttemptsException extends DomainException {
    private static final long serialVersionUID = 1L;
    private final long retryAfterSeconds;

    public TooManyAttemptsException(long retryAfterSeconds) {
        super(Category.TOO_MANY_ATTEMPTS, "too-many-attempts", "login", retryAfterSeconds);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
