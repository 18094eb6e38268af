package org.passerelle.core.internal.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.passerelle.core.DomainException;
import org.passerelle.core.internal.audit.Audit;
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

    /** The outcome of one attempt, decided inside the transaction and reported after it commits. */
    private record Attempt(SignedIn signedIn, long blockedUntil) {
    }

    @Override
    public SignedIn signIn(String login, String password, String remoteAddress) {
        if (login == null || login.isBlank()) {
            throw DomainException.invalid("required", "login");
        }
        if (password == null || password.isEmpty()) {
            throw DomainException.invalid("required", "password");
        }
        String normalised = login.trim().toLowerCase(java.util.Locale.ROOT);
        Attempt attempt = jpa.txExpr(TransactionType.Required, em -> {
            long now = clock.millis();
            PersonEntity person = byLogin(em, normalised);
            if (person == null || !person.active()) {
                hasher.verifyDecoy(password);
                Audit.record(em, null, normalised, Audit.SIGN_IN_FAILED, "login " + normalised, "unknown or inactive login from " + remoteAddress);
                return new Attempt(null, 0);
            }
            if (person.blockedUntil() > now) {
                Audit.record(em, person.establishmentId(), normalised, Audit.SIGN_IN_BLOCKED, "person " + person.id(), "from " + remoteAddress);
                return new Attempt(null, person.blockedUntil());
            }
            if (!hasher.verify(password, person.passwordHash())) {
                int failures = person.failedSignIns() + 1;
                person.signInFailed(failures, SignInThrottle.blockedUntil(failures, now));
                Audit.record(em, person.establishmentId(), normalised, Audit.SIGN_IN_FAILED, "person " + person.id(),
                        "failure " + failures + " from " + remoteAddress);
                return new Attempt(null, 0);
            }
            person.signInSucceeded();
            String token = Secrets.newToken();
            long expires = now + SESSION_LIFETIME.toMillis();
            em.persist(new SessionEntity(Secrets.sha256Hex(token), person, now, expires));
            return new Attempt(new SignedIn(token, Instant.ofEpochMilli(expires), caller(person)), 0);
        });
        if (attempt.blockedUntil() > 0) {
            throw new TooManyAttemptsException(Math.max(1, (attempt.blockedUntil() - clock.millis() + 999) / 1000));
        }
        if (attempt.signedIn() == null) {
            throw DomainException.unauthenticated("invalid-credentials", "password");
        }
        return attempt.signedIn();
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

    @Override
    public void changePassword(Caller caller, String currentPassword, String newPassword) {
        AccessRules.signedIn(caller);
        if (currentPassword == null || currentPassword.isEmpty()) {
            throw DomainException.invalid("required", "currentPassword");
        }
        requireStrong(newPassword, "newPassword");
        jpa.tx(TransactionType.Required, em -> {
            PersonEntity person = em.find(PersonEntity.class, caller.personId());
            if (!hasher.verify(currentPassword, person.passwordHash())) {
                throw DomainException.forbidden("wrong-current-password");
            }
            person.changePasswordHash(hasher.hash(newPassword));
            Sessions.endForPerson(em, person.id(), clock.millis());
            Audit.record(em, person.establishmentId(), caller.login(), Audit.PASSWORD_CHANGED, "person " + person.id(), null);
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
