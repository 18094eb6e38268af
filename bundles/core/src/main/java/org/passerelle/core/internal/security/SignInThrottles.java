package org.passerelle.core.internal.security;

import java.time.Duration;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.passerelle.core.DomainException;

/**
 * The throttle of {@link SignInThrottle} kept in the database per login as typed: every failure is one atomic
 * {@code UPDATE … FAILURES + 1}, so that twenty parallel wrong passwords count twenty, and unknown logins are
 * throttled exactly like known ones (issue 8, item 6).
 */
public final class SignInThrottles {

    /** A login with no failure for a day starts afresh; its row is then deleted. */
    static final Duration FORGET_AFTER = Duration.ofDays(1);

    private SignInThrottles() {
    }

    /** Longest login kept as typed; a longer one (never a real login) is kept as its hash, in the 80 characters of LOGIN_KEY. */
    static final int MAX_KEY_LENGTH = 80;

    /**
     * The throttle's key of a login as typed: trimmed and in lower case, as logins are compared; one longer than
     * {@value #MAX_KEY_LENGTH} characters becomes {@code sha256:} and its hash, so that it is throttled (and
     * audited) like any other instead of overflowing the column.
     */
    public static String keyOf(String login) {
        String key = login.trim().toLowerCase(java.util.Locale.ROOT);
        return key.length() <= MAX_KEY_LENGTH ? key : "sha256:" + Secrets.sha256Hex(key);
    }

    /** Until when the login is refused (epoch ms), 0 when it is not. */
    static long blockedUntil(EntityManager em, String key) {
        SignInThrottleEntity row = em.find(SignInThrottleEntity.class, key);
        return row == null ? 0 : row.blockedUntil();
    }

    /**
     * Makes sure the login has its row, in a transaction of its own, before {@link #recordFailure} counts in the
     * caller's: of two first failures at once, one creates it and the other finds it. A row whose last failure is
     * older than {@link #FORGET_AFTER} (and no longer blocking) starts afresh; the rows of other forgotten logins go
     * when a row is created, so that the table holds only the logins that failed within a day.
     */
    static void ensureRow(JpaTemplate jpa, String key, long now) {
        try {
            jpa.tx(TransactionType.Required, em -> {
                int forgotten = em.createQuery("UPDATE SignInThrottleEntity t SET t.failures = 0, t.blockedUntil = 0"
                        + " WHERE t.loginKey = :k AND t.lastFailureAt < :old AND t.blockedUntil < :now")
                        .setParameter("k", key).setParameter("old", now - FORGET_AFTER.toMillis()).setParameter("now", now).executeUpdate();
                if (forgotten == 0 && em.find(SignInThrottleEntity.class, key) == null) {
                    em.createQuery("DELETE FROM SignInThrottleEntity t WHERE t.lastFailureAt < :old AND t.blockedUntil < :now")
                            .setParameter("old", now - FORGET_AFTER.toMillis()).setParameter("now", now).executeUpdate();
                    em.persist(new SignInThrottleEntity(key, now));
                    em.flush();
                }
            });
        } catch (DomainException createdMeanwhile) {
            // The other request's row counts this failure all the same.
        }
    }

    /** Counts one more failure of the login (its row exists: {@link #ensureRow}); returns the failures so far. */
    static int recordFailure(EntityManager em, String key, long now) {
        em.createQuery("UPDATE SignInThrottleEntity t SET t.failures = t.failures + 1, t.lastFailureAt = :now WHERE t.loginKey = :k")
                .setParameter("now", now).setParameter("k", key).executeUpdate();
        int failures = (Integer) em.createQuery("SELECT t.failures FROM SignInThrottleEntity t WHERE t.loginKey = :k")
                .setParameter("k", key).getSingleResult();
        long until = SignInThrottle.blockedUntil(failures, now);
        if (until > 0) {
            em.createQuery("UPDATE SignInThrottleEntity t SET t.blockedUntil = :u WHERE t.loginKey = :k AND t.blockedUntil < :u")
                    .setParameter("u", until).setParameter("k", key).executeUpdate();
        }
        return failures;
    }

    /** A successful sign-in, a password change or a reset: the login starts afresh. */
    public static void clear(EntityManager em, String key) {
        em.createQuery("DELETE FROM SignInThrottleEntity t WHERE t.loginKey = :k").setParameter("k", key).executeUpdate();
    }
}
