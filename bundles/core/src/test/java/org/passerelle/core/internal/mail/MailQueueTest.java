package org.passerelle.core.internal.mail;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.Test;
import org.passerelle.mail.Delivery;
import org.passerelle.mail.MailException;
import org.passerelle.mail.MailMessage;
import org.passerelle.mail.MailSender;

/**
 * The sender's state machine on an in-memory queue with a clock the test moves: an SMTP server down then up, retries
 * with backoff, a bounded number of attempts, permanent refusals, a revoked link, two senders at once, a sender that
 * died while sending.
 */
public class MailQueueTest {

    private static final long T0 = 1_800_000_000_000L;

    private final AtomicLong clock = new AtomicLong(T0);
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final FakeSmtp smtp = new FakeSmtp();
    private final QueueSettings settings = QueueSettings.fromConfiguration("4", "30", "60", "3600", "300");

    /** A mail service that records what it sent, and fails while "down". */
    static final class FakeSmtp implements MailSender {
        final List<MailMessage> sent = new CopyOnWriteArrayList<>();
        volatile MailException failure;
        volatile RuntimeException crash;
        volatile CountDownLatch arrived = new CountDownLatch(1);
        volatile long slowMs;

        void down() {
            failure = new MailException(MailException.Reason.SERVER_UNREACHABLE, false,
                    "SMTP delivery to x through 127.0.0.1:2525 failed: Connection refused", null);
        }

        void up() {
            failure = null;
        }

        @Override
        public Delivery send(MailMessage message) {
            if (crash != null) {
                throw crash;
            }
            if (failure != null) {
                throw failure;
            }
            if (slowMs > 0) {
                try {
                    Thread.sleep(slowMs);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            sent.add(message);
            arrived.countDown();
            return new Delivery(Delivery.SMTP, "<" + sent.size() + "@test>", null);
        }

        long sentTo(String recipient) {
            return sent.stream().filter(m -> m.to().equals(recipient)).count();
        }
    }

    private MailQueue queue() {
        return new MailQueue(outbox, smtp, settings, clock::get);
    }

    @Test
    public void withTheServerDownTheMessageWaitsThenLeavesExactlyOnceWhenItIsBack() {
        MailQueue queue = queue();
        InMemoryOutbox.Row row = outbox.queue(7, "anne@entreprise.example", "Votre lien : https://x/#/acces/SECRET", clock.get());
        smtp.down();

        assertEquals(1, queue.deliverDue());
        assertEquals(DeliveryState.RETRYING, row.state);
        assertEquals(1, row.attempts);
        assertEquals("30 s after the failure", T0 + 30_000, row.nextAttemptAt);
        assertEquals("SERVER_UNREACHABLE", row.errorReason);
        assertTrue(row.lastError, row.lastError.contains("Connection refused"));
        assertNotNull("kept until delivered", row.body);
        assertEquals("not due yet: nothing happens", 0, queue.deliverDue());
        assertEquals(1, row.attempts);

        clock.addAndGet(30_000);
        assertEquals(1, queue.deliverDue());
        assertEquals(DeliveryState.RETRYING, row.state);
        assertEquals("then 60 s", clock.get() + 60_000, row.nextAttemptAt);

        smtp.up();
        clock.addAndGet(60_000);
        assertEquals(1, queue.deliverDue());
        assertEquals(DeliveryState.SENT, row.state);
        assertEquals(3, row.attempts);
        assertEquals(Delivery.SMTP, row.transport);
        assertEquals(Long.valueOf(clock.get()), row.sentAt);
        assertNull("the secret link does not outlive the delivery", row.body);
        assertTrue(smtp.sent.get(0).textBody().contains("SECRET"));

        clock.addAndGet(3_600_000);
        assertEquals("a SENT message is never sent again", 0, queue.deliverDue());
        assertEquals(1, smtp.sentTo("anne@entreprise.example"));
    }

    @Test
    public void afterTheLastAttemptTheMessageFailsWithItsReasonAndLosesItsBody() {
        MailQueue queue = queue();
        InMemoryOutbox.Row row = outbox.queue(7, "anne@entreprise.example", "lien secret", clock.get());
        smtp.down();
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertEquals(1, queue.deliverDue());
            clock.addAndGet(60_000);
        }
        assertEquals(DeliveryState.FAILED, row.state);
        assertEquals(4, row.attempts);
        assertEquals("SERVER_UNREACHABLE", row.errorReason);
        assertNull(row.body);
        smtp.up();
        clock.addAndGet(3_600_000);
        assertEquals("given up for good", 0, queue.deliverDue());
        assertEquals(0, smtp.sent.size());
    }

    @Test
    public void aRecipientRefusedForGoodIsNotRetried() {
        InMemoryOutbox.Row row = outbox.queue(7, "nobody@entreprise.example", "lien", clock.get());
        smtp.failure = new MailException(MailException.Reason.RECIPIENT_REFUSED, true, "550 no such user", null);
        assertEquals(1, queue().deliverDue());
        assertEquals(DeliveryState.FAILED, row.state);
        assertEquals(1, row.attempts);
        assertEquals("RECIPIENT_REFUSED", row.errorReason);
    }

    @Test
    public void aMissingMailServiceCountsAsAFailedAttemptAndIsRetried() {
        InMemoryOutbox.Row row = outbox.queue(7, "anne@entreprise.example", "lien", clock.get());
        smtp.crash = new ServiceUnavailableException();
        assertEquals(1, queue().deliverDue());
        assertEquals(DeliveryState.RETRYING, row.state);
        assertEquals(MailQueue.SERVICE_UNAVAILABLE, row.errorReason);
        assertNotNull(row.body);
    }

    /** Stands for Blueprint's exception of the same name (only its name is looked at). */
    static final class ServiceUnavailableException extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    @Test
    public void aLinkRevokedBeforeDeliveryCancelsItsMessage() {
        MailQueue queue = queue();
        InMemoryOutbox.Row revoked = outbox.queue(7, "anne@entreprise.example", "ancien lien", clock.get());
        InMemoryOutbox.Row retrying = outbox.queue(8, "leo@entreprise.example", "lien", clock.get());
        smtp.down();
        queue.deliverDue();
        assertEquals(DeliveryState.RETRYING, retrying.state);

        assertEquals(1, outbox.cancelForLink(7));
        assertEquals(1, outbox.cancelForLink(8));
        assertEquals(DeliveryState.CANCELLED, revoked.state);
        assertEquals(DeliveryState.CANCELLED, retrying.state);
        assertNull(revoked.body);
        smtp.up();
        clock.addAndGet(3_600_000);
        assertEquals(0, queue.deliverDue());
        assertEquals(0, smtp.sent.size());
    }

    @Test
    public void aLinkRevokedDuringAFailingAttemptIsNotRetried() {
        InMemoryOutbox.Row row = outbox.queue(7, "anne@entreprise.example", "lien", clock.get());
        // The teacher revokes the link while the server is being tried (and fails).
        MailSender revokingWhileFailing = message -> {
            assertEquals(1, outbox.cancelForLink(7));
            throw new MailException(MailException.Reason.SERVER_UNREACHABLE, false, "Connection refused", null);
        };
        assertEquals(1, new MailQueue(outbox, revokingWhileFailing, settings, clock::get).deliverDue());
        assertEquals(DeliveryState.CANCELLED, row.state);
        assertNull(row.body);
        clock.addAndGet(3_600_000);
        assertEquals(0, queue().deliverDue());
        assertEquals(0, smtp.sent.size());
    }

    @Test
    public void aLinkRevokedDuringASuccessfulAttemptIsRecordedSent() {
        InMemoryOutbox.Row row = outbox.queue(7, "anne@entreprise.example", "lien", clock.get());
        MailSender revokingWhileSending = message -> {
            assertEquals(1, outbox.cancelForLink(7));
            return smtp.send(message);
        };
        assertEquals(1, new MailQueue(outbox, revokingWhileSending, settings, clock::get).deliverDue());
        assertEquals("it did leave", DeliveryState.SENT, row.state);
        assertEquals(1, smtp.sent.size());
    }

    @Test
    public void twoSendersAtOnceSendEachMessageExactlyOnce() throws Exception {
        for (int i = 0; i < 40; i++) {
            outbox.queue(100 + i, "tuteur" + i + "@entreprise.example", "lien " + i, clock.get());
        }
        smtp.slowMs = 2;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> passes = List.of(pool.submit(() -> {
                go.await();
                return queue().deliverDue();
            }), pool.submit(() -> {
                go.await();
                return queue().deliverDue();
            }));
            go.countDown();
            int attempts = passes.get(0).get(60, TimeUnit.SECONDS) + passes.get(1).get(60, TimeUnit.SECONDS);
            assertEquals(40, attempts);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(40, smtp.sent.size());
        Map<String, AtomicInteger> perRecipient = new ConcurrentHashMap<>();
        smtp.sent.forEach(m -> perRecipient.computeIfAbsent(m.to(), k -> new AtomicInteger()).incrementAndGet());
        assertEquals(40, perRecipient.size());
        perRecipient.forEach((to, n) -> assertEquals(to, 1, n.get()));
    }

    @Test
    public void aMessageLeftSendingByADeadSenderIsTakenOverOnlyOnceItsClaimExpires() {
        InMemoryOutbox.Row row = outbox.queue(7, "anne@entreprise.example", "lien", clock.get());
        // A sender claimed it, then the platform died before it could say how the attempt went.
        assertTrue(outbox.claimNext(clock.get(), clock.get() + Duration.ofMinutes(5).toMillis(), "dead-sender").isPresent());
        MailQueue queue = queue();
        assertEquals("still held: never sent twice at once", 0, queue.deliverDue());
        clock.addAndGet(Duration.ofMinutes(5).toMillis() + 1);
        assertEquals(1, queue.deliverDue());
        assertEquals(DeliveryState.SENT, row.state);
        assertEquals("the dead attempt counts", 2, row.attempts);
        assertEquals(1, smtp.sent.size());
        // The dead sender's late answer cannot overwrite what the live one recorded.
        assertTrue(!outbox.markFailed(row.id, "dead-sender", DeliveryState.RETRYING, 0, "OTHER", "late"));
        assertEquals(DeliveryState.SENT, row.state);
    }

    @Test
    public void theThreadSendsAsSoonAsItIsWokenWithoutWaitingForThePoll() throws Exception {
        CountDownLatch firstPassDone = new CountDownLatch(1);
        OutboxStore watched = new OutboxStore() {
            @Override
            public java.util.Optional<Claimed> claimNext(long now, long claimedUntil, String claimToken) {
                return outbox.claimNext(now, claimedUntil, claimToken);
            }

            @Override
            public boolean markSent(long id, String claimToken, String transport, String messageId, long now) {
                return outbox.markSent(id, claimToken, transport, messageId, now);
            }

            @Override
            public boolean markFailed(long id, String claimToken, DeliveryState state, long nextAttemptAt, String errorReason, String error) {
                return outbox.markFailed(id, claimToken, state, nextAttemptAt, errorReason, error);
            }

            @Override
            public java.util.OptionalLong nextDue() {
                firstPassDone.countDown();
                return outbox.nextDue();
            }
        };
        // Polling every hour: once the first pass has found the queue empty, only wake() can make this message leave.
        MailQueue queue = new MailQueue(watched, smtp, QueueSettings.fromConfiguration("4", "30", "60", "3600", "300"));
        queue.start();
        try {
            assertTrue(firstPassDone.await(30, TimeUnit.SECONDS));
            assertTrue(smtp.sent.isEmpty());
            outbox.queue(7, "anne@entreprise.example", "lien", System.currentTimeMillis());
            queue.wake();
            assertTrue("sent after wake()", smtp.arrived.await(30, TimeUnit.SECONDS));
        } finally {
            queue.stop();
        }
        assertEquals(1, smtp.sent.size());
    }
}
