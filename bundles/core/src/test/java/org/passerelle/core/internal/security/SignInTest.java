package org.passerelle.core.internal.security;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.passerelle.core.testing.Fixtures.PASSWORD;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Test;
import org.passerelle.core.DomainException;
import org.passerelle.core.security.Caller;
import org.passerelle.core.security.Role;
import org.passerelle.core.security.SignedIn;
import org.passerelle.core.security.TooManyAttemptsException;
import org.passerelle.core.testing.CoreServices;
import org.passerelle.core.testing.TestDatabase;

/**
 * Sign-in as the README promises it, with a clock the test moves: 4 free failures, then 30 s doubling up to
 * 15 min, refused even with the right password while blocked; sessions of 12 h; sign-out and password change end
 * sessions at once.
 */
public class SignInTest {

    @ClassRule
    public static final TestDatabase DB = new TestDatabase();

    private CoreServices core;
    private Caller teacher;

    @Before
    public void setUp() {
        core = new CoreServices(DB);
        teacher = core.fixtures.person(Role.TEACHER, core.fixtures.establishment());
    }

    private SignedIn signIn(String password) {
        return core.authentication.signIn(teacher.login(), password, "203.0.113.7");
    }

    private void failOnce() {
        DomainException refused = assertThrows(DomainException.class, () -> signIn("not-the-password"));
        assertEquals(DomainException.Category.UNAUTHENTICATED, refused.category());
        assertEquals("invalid-credentials", refused.kind());
    }

    /** Seconds the right password is told to wait, or 0 when it signs in. */
    private long waitAskedOfTheRightPassword() {
        try {
            signIn(PASSWORD);
            return 0;
        } catch (TooManyAttemptsException e) {
            assertEquals(DomainException.Category.TOO_MANY_ATTEMPTS, e.category());
            return e.retryAfterSeconds();
        }
    }

    @Test
    public void theRightPasswordSignsInForTwelveHours() {
        SignedIn signedIn = signIn(PASSWORD);

        assertEquals(teacher.personId(), signedIn.caller().personId());
        assertEquals(core.clock.instant().plus(Duration.ofHours(12)), signedIn.expiresAt());
        assertEquals(Role.TEACHER, core.authentication.authenticate(signedIn.token()).orElseThrow().role());
        core.clock.advance(Duration.ofHours(12).minusSeconds(1));
        assertTrue(core.authentication.authenticate(signedIn.token()).isPresent());
        core.clock.advance(Duration.ofSeconds(1));
        assertFalse("expired after 12 h", core.authentication.authenticate(signedIn.token()).isPresent());
    }

    @Test
    public void fourFailuresCostNothingTheFifthBlocksTheLoginForThirtySecondsEvenForTheRightPassword() {
        for (int i = 0; i < 4; i++) {
            failOnce();
        }
        failOnce();

        assertEquals(30, waitAskedOfTheRightPassword());
        core.clock.advance(Duration.ofSeconds(29));
        assertEquals(1, waitAskedOfTheRightPassword());
        core.clock.advance(Duration.ofSeconds(1));
        assertEquals("30 s later the right password works again", 0, waitAskedOfTheRightPassword());
    }

    @Test
    public void eachFurtherFailureDoublesTheWaitUpToFifteenMinutes() {
        for (int i = 0; i < 4; i++) {
            failOnce();
        }
        List<Long> waits = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            failOnce();
            long wait = waitAskedOfTheRightPassword();
            waits.add(wait);
            core.clock.advance(Duration.ofSeconds(wait));
        }
        assertEquals(List.of(30L, 60L, 120L, 240L, 480L, 900L, 900L, 900L), waits);
    }

    @Test
    public void attemptsWhileBlockedAreNotCountedAsFailures() {
        for (int i = 0; i < 5; i++) {
            failOnce();
        }
        for (int i = 0; i < 10; i++) {
            assertThrows(TooManyAttemptsException.class, () -> signIn("not-the-password"));
        }
        core.clock.advance(Duration.ofSeconds(30));
        failOnce();
        assertEquals("the 6th failure, not the 16th", 60, waitAskedOfTheRightPassword());
    }

    /** A day without failure forgets the count: the next failure is the first again, even with no other login failing. */
    @Test
    public void aDayWithoutFailureStartsTheCountAfresh() {
        for (int i = 0; i < 6; i++) {
            failOnce();
            core.clock.advance(Duration.ofMinutes(15));
        }
        core.clock.advance(Duration.ofDays(1));
        failOnce();
        assertEquals("the first failure of a new day is free, not the seventh in a row", 0, waitAskedOfTheRightPassword());
    }

    @Test
    public void aSuccessfulSignInClearsTheCount() {
        for (int i = 0; i < 4; i++) {
            failOnce();
        }
        signIn(PASSWORD);
        for (int i = 0; i < 4; i++) {
            failOnce();
        }
        assertEquals(0, waitAskedOfTheRightPassword());
    }

    @Test
    public void theLoginIsFoundWhateverItsCaseAndSurroundingBlanks() {
        SignedIn signedIn = core.authentication.signIn("  " + teacher.login().toUpperCase() + " ", PASSWORD, "203.0.113.7");
        assertEquals(teacher.personId(), signedIn.caller().personId());
    }

    @Test
    public void anUnknownLoginGetsTheSameAnswerAsAWrongPassword() {
        DomainException unknown = assertThrows(DomainException.class, () -> core.authentication.signIn("personne.inconnue", PASSWORD, "203.0.113.7"));
        DomainException wrong = assertThrows(DomainException.class, () -> signIn("not-the-password"));
        assertEquals(wrong.category(), unknown.category());
        assertEquals(wrong.kind(), unknown.kind());
        assertEquals(wrong.field(), unknown.field());
    }

    @Test
    public void signOutEndsTheSessionAtOnce() {
        SignedIn signedIn = signIn(PASSWORD);
        core.authentication.signOut(signedIn.token());
        assertFalse(core.authentication.authenticate(signedIn.token()).isPresent());
    }

    @Test
    public void changingOnesPasswordEndsEverySessionAndOnlyTheNewOneSignsIn() {
        SignedIn first = signIn(PASSWORD);
        SignedIn second = signIn(PASSWORD);

        core.authentication.changePassword(first.caller(), PASSWORD, "un-nouveau-mot-de-passe");

        assertFalse(core.authentication.authenticate(first.token()).isPresent());
        assertFalse(core.authentication.authenticate(second.token()).isPresent());
        assertThrows(DomainException.class, () -> signIn(PASSWORD));
        assertEquals(teacher.personId(), signIn("un-nouveau-mot-de-passe").caller().personId());
    }

    /** An unknown login is throttled exactly like a known one: the same 401s, then the same 429 and wait. */
    @Test
    public void anUnknownLoginIsThrottledLikeAKnownOne() {
        long[] waits = new long[2];
        String[] logins = {teacher.login(), "personne.jamais.vue"};
        for (int who = 0; who < 2; who++) {
            for (int i = 0; i < 5; i++) {
                String login = logins[who];
                DomainException refused = assertThrows(DomainException.class,
                        () -> core.authentication.signIn(login, "not-the-password", "203.0.113.7"));
                assertEquals(login + " attempt " + i, "invalid-credentials", refused.kind());
            }
            String login = logins[who];
            waits[who] = assertThrows(TooManyAttemptsException.class,
                    () -> core.authentication.signIn(login, PASSWORD, "203.0.113.7")).retryAfterSeconds();
        }
        assertEquals("the same wait for both", waits[0], waits[1]);
        assertEquals(30, waits[0]);
    }

    /**
     * Wrong passwords sent at once all count: each failure is one atomic increment in the database. (Those that
     * arrive once five failures are counted are already refused with 429, which counts nothing: that is right too.)
     */
    @Test
    public void parallelFailuresAllCount() throws Exception {
        int threads = 8;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<String>> attempts = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            attempts.add(pool.submit(() -> {
                start.await();
                return assertThrows(DomainException.class, () -> signIn("not-the-password")).kind();
            }));
        }
        start.countDown();
        int refused = 0;
        for (java.util.concurrent.Future<String> attempt : attempts) {
            String kind = attempt.get();
            assertTrue(kind, kind.equals("invalid-credentials") || kind.equals("too-many-attempts"));
            refused += kind.equals("invalid-credentials") ? 1 : 0;
        }
        pool.shutdown();
        int counted = DB.jpa().txExpr(org.apache.aries.jpa.template.TransactionType.Supports,
                em -> em.find(SignInThrottleEntity.class, teacher.login()).failures());
        assertTrue("at least the five free ones and the one that blocks ran at once: " + refused, refused >= 5);
        assertEquals(refused, counted);
    }

    /** The current password of a password change is guessed like a sign-in's: the same throttle on the same login. */
    @Test
    public void wrongCurrentPasswordsAreThrottledLikeSignIns() {
        Caller signedIn = signIn(PASSWORD).caller();
        for (int i = 0; i < 5; i++) {
            DomainException wrong = assertThrows(DomainException.class,
                    () -> core.authentication.changePassword(signedIn, "pas-le-bon", "un-nouveau-mot-de-passe"));
            assertEquals("wrong-current-password", wrong.kind());
        }
        TooManyAttemptsException blocked = assertThrows(TooManyAttemptsException.class,
                () -> core.authentication.changePassword(signedIn, PASSWORD, "un-nouveau-mot-de-passe"));
        assertEquals(30, blocked.retryAfterSeconds());
        assertEquals("sign-in is blocked too", 30, waitAskedOfTheRightPassword());
        core.clock.advance(Duration.ofSeconds(30));
        core.authentication.changePassword(signIn(PASSWORD).caller(), PASSWORD, "un-nouveau-mot-de-passe");
    }

    /** A login of any length gets the answer of a wrong password, and its attempt is in the journal. */
    @Test
    public void anOverlongUnknownLoginIsRefusedAndAuditedLikeAnyOther() {
        String login = "x".repeat(300);
        for (int i = 0; i < 5; i++) {
            DomainException refused = assertThrows(DomainException.class, () -> core.authentication.signIn(login, PASSWORD, "203.0.113.7"));
            assertEquals("invalid-credentials", refused.kind());
        }
        assertThrows(TooManyAttemptsException.class, () -> core.authentication.signIn(login, PASSWORD, "203.0.113.7"));
        long audited = DB.jpa().txExpr(org.apache.aries.jpa.template.TransactionType.Supports, em -> (Long) em.createQuery(
                "SELECT COUNT(a) FROM AuditEntryEntity a WHERE a.action = 'SIGN_IN_FAILED' AND a.actor = :k")
                .setParameter("k", SignInThrottles.keyOf(login)).getSingleResult());
        assertEquals(5, audited);
    }
}
