package org.passerelle.core.internal.mail;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import org.junit.Test;

/** The state machine's arithmetic: what a failed attempt leads to, and when the next one is due. */
public class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(5, Duration.ofSeconds(30), Duration.ofMinutes(2));

    @Test
    public void theDelayDoublesAfterEachFailureUpToTheLongest() {
        assertEquals(Duration.ofSeconds(30), policy.delayAfter(1));
        assertEquals(Duration.ofSeconds(60), policy.delayAfter(2));
        assertEquals(Duration.ofSeconds(120), policy.delayAfter(3));
        assertEquals("capped", Duration.ofSeconds(120), policy.delayAfter(4));
        assertEquals("no overflow however many attempts", Duration.ofSeconds(120), policy.delayAfter(Integer.MAX_VALUE));
    }

    @Test
    public void aFailureWithAttemptsLeftIsRetriedLater() {
        RetryPolicy.Outcome outcome = policy.afterFailure(1, false, 1_000_000);
        assertEquals(DeliveryState.RETRYING, outcome.state());
        assertEquals(1_000_000 + 30_000, outcome.nextAttemptAt());
        assertEquals(1_000_000 + 60_000, policy.afterFailure(2, false, 1_000_000).nextAttemptAt());
        assertEquals(DeliveryState.RETRYING, policy.afterFailure(4, false, 0).state());
    }

    @Test
    public void theLastAttemptFailsForGood() {
        assertEquals(DeliveryState.FAILED, policy.afterFailure(5, false, 0).state());
        assertEquals("a count past the bound (a lowered setting) fails too", DeliveryState.FAILED, policy.afterFailure(9, false, 0).state());
    }

    @Test
    public void aPermanentFailureIsNotRetried() {
        assertEquals(DeliveryState.FAILED, policy.afterFailure(1, true, 0).state());
    }

    @Test
    public void oneAttemptOnlyMeansNoRetry() {
        assertEquals(DeliveryState.FAILED, new RetryPolicy(1, Duration.ofSeconds(1), Duration.ofSeconds(1)).afterFailure(1, false, 0).state());
    }

    @Test
    public void nonsenseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(0, Duration.ofSeconds(1), Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(3, Duration.ZERO, Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(3, Duration.ofSeconds(10), Duration.ofSeconds(5)));
    }

    @Test
    public void onlyQueuedSendingAndRetryingArePending() {
        for (DeliveryState state : DeliveryState.values()) {
            assertEquals(state.name(), state == DeliveryState.QUEUED || state == DeliveryState.SENDING || state == DeliveryState.RETRYING,
                    state.pending());
        }
        assertTrue(DeliveryState.of("SENT") == DeliveryState.SENT);
    }
}
