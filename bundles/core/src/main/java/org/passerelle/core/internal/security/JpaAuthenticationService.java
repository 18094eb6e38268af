package org.passerelle.core.internal.security;

import org.passerelle.core.internal.common.Audit;
import org.passerelle.core.internal.common.AccessRules;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.passerelle.core.DomainException;
import org.passerelle.core.internal.organisation.PersonEntity;
import org.passerelle.core.security.AuthenticationService;
import org.passerelle.core.security.Caller;
import org.passerelle.core.security.SignedIn;
import org.passerelle.core.security.TooManyAttemptsException;

/** Password sign-in with opaque, hashed, expiring session tokens. */
public final class JpaAuthenticationService implements AuthenticationService {

    static final Duration SESSION_LIFETIME = Duration.ofHours(12);
    static final int MIN_PASSWORD_LENGTH = 10;

    private final JpaTemplate jpa;
    private final PasswordHasher hasher;
    private final java.time.Clock clock;

    public JpaAuthenticationService(JpaTemplate jpa, PasswordHasher hasher) {
        this(jpa, hasher, java.time.Clock.systemUTC());
    }

    /** With the clock that throttles sign-in and dates sessions (tests move it instead of waiting). */
    public JpaAuthenticationService(JpaTemplate jpa, PasswordHasher hasher, java.time.Clock clock) {
        this.jpa = jpa;
        this.hasher = hasher;
        this.clock = clock;
    }

    /** What the first, short transaction found: the throttle and the account (null fields for an unknown login). */
    private record Lookup(long blockedUntil, Long personId, Long establishmentId, String passwordHash) {
    }

    /**
     * Judged in three steps so that nothing slow happens inside a transaction and nothing tells who has an account:
     * read the throttle and the account; verify the password outside any transaction (a decoy hash for an unknown
     * or inactive login, which costs the same); then count the failure atomically, or open the session. The
     * throttle is per login typed (see {@link SignInThrottles}), so an unknown login gets the same 401 and 429.
     */
    @Override
    public SignedIn signIn(String login, String password, String remoteAddress) {
        if (login == null || login.isBlank()) {
            throw DomainException.invalid("required", "login");
        }
        if (password == null || password.isEmpty()) {
            throw DomainException.invalid("required", "password");
        }
        String key = SignInThrottles.keyOf(login);
        long now = now();
        Lookup lookup = jpa.txExpr(TransactionType.Supports, em -> {
            PersonEntity person = byLogin(em, key);
            boolean usable = person != null && person.active();
            return new Lookup(SignInThrottles.blockedUntil(em, key), usable ? person.id() : null,
                    usable ? person.establishmentId() : null, usable ? person.passwordHash() : null);
        });
        if (lookup.blockedUntil() > now) {
            jpa.tx(TransactionType.Required, em -> Audit.record(em, lookup.establishmentId(), key, Audit.SIGN_IN_BLOCKED,
                    lookup.personId() == null ? "login " + key : "person " + lookup.personId(), "from " + remoteAddress,
                    Audit.text(Audit.SIGN_IN_BLOCKED, key)));
            throw new TooManyAttemptsException(Math.max(1, (lookup.blockedUntil() - now + 999) / 1000));
        }
        boolean verified;
        if (lookup.passwordHash() == null) {
            hasher.verifyDecoy(password);
            verified = false;
        } else {
            verified = hasher.verify(password, lookup.passwordHash());
        }
        if (verified) {
            SignedIn signedIn = jpa.txExpr(TransactionType.Required, em -> {
                PersonEntity person = em.find(PersonEntity.class, lookup.personId());
                // Changed or deactivated between the check and now: as if the password were wrong.
                if (person == null || !person.active() || !person.passwordHash().equals(lookup.passwordHash())) {
                    return null;
                }
                SignInThrottles.clear(em, key);
                String token = Secrets.newToken();
                long expires = now + SESSION_LIFETIME.toMillis();
                em.persist(new SessionEntity(Secrets.sha256Hex(token), person, now, expires));
                return new SignedIn(token, Instant.ofEpochMilli(expires), caller(person));
            });
            if (signedIn != null) {
                return signedIn;
            }
        }
        SignInThrottles.ensureRow(jpa, key, now);
        jpa.tx(TransactionType.Required, em -> {
            int failures = SignInThrottles.recordFailure(em, key, now);
            Audit.record(em, lookup.establishmentId(), key, Audit.SIGN_IN_FAILED,
                    lookup.personId() == null ? "login " + key : "person " + lookup.personId(),
                    (lookup.personId() == null ? "unknown or inactive login, " : "") + "failure " + failures + " from " + remoteAddress,
                    Audit.text(Audit.SIGN_IN_FAILED, key, String.valueOf(failures)));
        });
        throw DomainException.unauthenticated("invalid-credentials", "password");
    }

    private long now() {
        return clock.millis();
    }

    @Override
    public Optional<Caller> authenticate(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        String hash = Secrets.sha256Hex(token);
        return jpa.txExpr(TransactionType.Supports, em -> {
            List<SessionEntity> found = em.createQuery("SELECT s FROM SessionEntity s WHERE s.tokenHash = :h", SessionEntity.class)
                    .setParameter("h", hash).getResultList();
            if (found.isEmpty() || !found.get(0).liveAt(clock.millis()) || !found.get(0).person().active()) {
                return Optional.empty();
            }
            PersonEntity person = found.get(0).person();
            return Optional.of(new Caller(person.id(), person.login(), person.role(), person.establishmentId(), found.get(0).grant()));
        });
    }

    @Override
    public void signOut(String token) {
        if (token == null) {
            return;
        }
        String hash = Secrets.sha256Hex(token);
        jpa.tx(TransactionType.Required, em -> em.createQuery("SELECT s FROM SessionEntity s WHERE s.tokenHash = :h", SessionEntity.class)
                .setParameter("h", hash).getResultList().forEach(s -> s.revoke(clock.millis())));
    }

    /** The current password is verified and the new one hashed outside any transaction (both take a while). */
    @Override
    public void changePassword(Caller caller, String currentPassword, String newPassword) {
        AccessRules.signedIn(caller);
        if (currentPassword == null || currentPassword.isEmpty()) {
            throw DomainException.invalid("required", "currentPassword");
        }
        requireStrong(newPassword, "newPassword");
        // The current password is guessed like a sign-in's: the same throttle, counted on the same login.
        String key = SignInThrottles.keyOf(caller.login());
        long now = now();
        String stored = jpa.txExpr(TransactionType.Supports, em -> {
            long blockedUntil = SignInThrottles.blockedUntil(em, key);
            if (blockedUntil > now) {
                throw new TooManyAttemptsException(Math.max(1, (blockedUntil - now + 999) / 1000));
            }
            return em.find(PersonEntity.class, caller.personId()).passwordHash();
        });
        if (!hasher.verify(currentPassword, stored)) {
            SignInThrottles.ensureRow(jpa, key, now);
            jpa.tx(TransactionType.Required, em -> {
                int failures = SignInThrottles.recordFailure(em, key, now);
                Audit.record(em, caller.establishmentId(), caller.login(), Audit.PASSWORD_CHANGE_FAILED, "person " + caller.personId(),
                        "failure " + failures, Audit.text(Audit.PASSWORD_CHANGE_FAILED, caller.login()));
            });
            throw DomainException.forbidden("wrong-current-password");
        }
        String newHash = hasher.hash(newPassword);
        jpa.tx(TransactionType.Required, em -> {
            PersonEntity person = em.find(PersonEntity.class, caller.personId());
            if (!person.passwordHash().equals(stored)) {
                // Changed by another request meanwhile: the current password verified is no longer the current one.
                throw DomainException.conflict("concurrent-write", null);
            }
            person.changePasswordHash(newHash);
            SignInThrottles.clear(em, person.login());
            Sessions.endForPerson(em, person.id(), now());
            Audit.record(em, person.establishmentId(), caller.login(), Audit.PASSWORD_CHANGED, "person " + person.id(), null,
                    Audit.text(Audit.PASSWORD_CHANGED, Audit.name(person)));
        });
    }

    static void requireStrong(String password, String field) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw DomainException.invalid("weak-password", field, MIN_PASSWORD_LENGTH);
        }
        if (password.length() > 200) {
            throw DomainException.invalid("too-long", field, 200);
        }
    }

    static PersonEntity byLogin(EntityManager em, String login) {
        List<PersonEntity> found = em.createQuery("SELECT p FROM PersonEntity p WHERE p.login = :l", PersonEntity.class)
                .setParameter("l", login).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    static Caller caller(PersonEntity person) {
        return new Caller(person.id(), person.login(), person.role(), person.establishmentId());
    }
}
