package org.passerelle.core.internal.security;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * Consecutive failed sign-ins of one login as typed (lower case), whether an account has it or not. Written only by
 * {@link SignInThrottles}, whose updates are atomic in the database.
 */
@Entity
@Table(name = "SIGN_IN_THROTTLE")
public class SignInThrottleEntity {

    @Id
    @Column(name = "LOGIN_KEY", length = 80)
    private String loginKey;

    @Column(name = "FAILURES", nullable = false)
    private int failures;

    @Column(name = "BLOCKED_UNTIL", nullable = false)
    private long blockedUntil;

    @Column(name = "LAST_FAILURE_AT", nullable = false)
    private long lastFailureAt;

    protected SignInThrottleEntity() {
    }

    public SignInThrottleEntity(String loginKey, long now) {
        this.loginKey = loginKey;
        this.lastFailureAt = now;
    }

    public int failures() {
        return failures;
    }

    public long blockedUntil() {
        return blockedUntil;
    }
}
