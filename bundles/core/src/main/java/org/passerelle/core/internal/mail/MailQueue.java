package org.passerelle.core.internal.mail;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import org.passerelle.mail.Delivery;
import org.passerelle.mail.MailException;
import org.passerelle.mail.MailMessage;
import org.passerelle.mail.MailSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the queued e-mail (the transactional outbox, table MAIL_OUTBOX) after the transactions that queued it have
 * committed: one background thread, woken by {@link #wake()} right after such a commit, and otherwise looking for due
 * messages every {@code poll.s} (or sooner when a retry falls due earlier).
 *
 * <p>Each message is first claimed in a short transaction of its own (QUEUED or RETRYING → SENDING, with a token and
 * an expiry), then handed to the {@link MailSender} outside any transaction, then marked SENT, RETRYING or FAILED in
 * another short transaction conditional on the token. So a message marked SENT is never sent again, and two senders
 * (two nodes, or a restart) never send the same message at once. The one gap: a sender that dies after the server
 * took the message and before marking it leaves it SENDING; once the claim expires it is sent again (at-least-once).
 *
 * <p>Blueprint: {@code init-method="start"}, {@code destroy-method="stop"}; the stop lets a message being sent finish.
 */
public final class MailQueue {

    /** Reason recorded when the mail service itself (the passerelle-mail bundle) was not there. */
    static final String SERVICE_UNAVAILABLE = "MAIL_SERVICE_UNAVAILABLE";
    /** Reason recorded when the stored message could not even be built (nothing to retry). */
    static final String INVALID_MESSAGE = "INVALID_MESSAGE";
    private static final Logger LOG = LoggerFactory.getLogger(MailQueue.class);
    private static final long MIN_WAIT_MS = 250;
    private static final int MARK_TRIES = 3;

    private final OutboxStore store;
    private final MailSender mail;
    private final QueueSettings settings;
    private final LongSupplier clock;
    private final Object lock = new Object();
    private boolean woken;
    private volatile boolean stopping;
    private Thread thread;

    public MailQueue(OutboxStore store, MailSender mail, QueueSettings settings) {
        this(store, mail, settings, System::currentTimeMillis);
    }

    MailQueue(OutboxStore store, MailSender mail, QueueSettings settings, LongSupplier clock) {
        this.store = store;
        this.mail = mail;
        this.settings = settings;
        this.clock = clock;
    }

    /** Blueprint init-method: starts the sender thread, which first sends whatever was left due. */
    public synchronized void start() {
        stopping = false;
        thread = new Thread(this::run, "passerelle-mail-queue");
        thread.setDaemon(true);
        thread.start();
        LOG.info("Mail queue started: {} attempts at most, retries after {} s doubling up to {} s, polling every {} s",
                settings.retry().maxAttempts(), settings.retry().firstDelay().toSeconds(), settings.retry().maxDelay().toSeconds(),
                settings.pollInterval().toSeconds());
    }

    /**
     * Blueprint destroy-method: lets a message being sent finish (at most the SMTP timeouts), then ends the thread.
     * A message still SENDING after that is taken over once its claim expires.
     */
    public void stop() {
        Thread running;
        synchronized (this) {
            stopping = true;
            running = thread;
            thread = null;
        }
        wake();
        if (running == null) {
            return;
        }
        try {
            running.join(TimeUnit.SECONDS.toMillis(30));
            if (running.isAlive()) {
                LOG.warn("Mail queue: the sender is still busy after 30 s, interrupting it");
                running.interrupt();
                running.join(TimeUnit.SECONDS.toMillis(5));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Asks the sender to look at the queue now: called right after a transaction that queued a message committed. */
    public void wake() {
        synchronized (lock) {
            woken = true;
            lock.notifyAll();
        }
    }

    private void run() {
        while (!stopping) {
            long waitMs;
            try {
                deliverDue();
                waitMs = untilNextDue();
            } catch (RuntimeException e) {
                // The database (or the persistence unit) is away: try again at the next poll.
                waitMs = settings.pollInterval().toMillis();
                LOG.warn("Mail queue: could not read or update the queue ({}), next look in {} s", e.toString(), waitMs / 1000);
                LOG.debug("Mail queue failure", e);
            }
            await(waitMs);
        }
        LOG.info("Mail queue stopped");
    }

    /**
     * One pass, on the calling thread: claims and sends every message due now, one at a time, until none is left.
     * The sender thread calls it; unit tests of the services call it to deliver what they queued.
     *
     * @return how many attempts were made
     */
    public int deliverDue() {
        int attempts = 0;
        while (!stopping) {
            long now = clock.getAsLong();
            Optional<OutboxStore.Claimed> claimed = store.claimNext(now, now + settings.claimTimeout().toMillis(), UUID.randomUUID().toString());
            if (claimed.isEmpty()) {
                break;
            }
            attempt(claimed.get());
            attempts++;
        }
        return attempts;
    }

    /** Sends one claimed message (outside any transaction) and records how it went. */
    void attempt(OutboxStore.Claimed c) {
        Delivery delivery;
        try {
            delivery = mail.send(new MailMessage(c.recipient(), c.recipientName(), c.subject(), c.body()));
        } catch (MailException e) {
            failed(c, e.reason().name(), e.permanent(), e.getMessage());
            return;
        } catch (IllegalArgumentException e) {
            failed(c, INVALID_MESSAGE, true, "The stored message cannot be sent: " + e.getMessage());
            return;
        } catch (RuntimeException e) {
            // Blueprint's ServiceUnavailableException: the mail bundle is restarting (its configuration changed) or gone.
            boolean away = e.getClass().getSimpleName().equals("ServiceUnavailableException");
            failed(c, away ? SERVICE_UNAVAILABLE : MailException.Reason.OTHER.name(), false,
                    away ? "The mail service is not available (the passerelle-mail bundle is restarting or stopped)" : e.toString());
            return;
        }
        long now = clock.getAsLong();
        if (mark(() -> store.markSent(c.id(), c.claimToken(), delivery.method(), delivery.messageId(), now), c, "SENT")) {
            LOG.info("Mail queue: message {} (trainer link {}) to {} sent by {} at attempt {}, Message-ID {}", c.id(), c.linkId(), c.recipient(),
                    delivery.method(), c.attempts(), delivery.messageId());
        }
    }

    private void failed(OutboxStore.Claimed c, String reason, boolean permanent, String error) {
        long now = clock.getAsLong();
        RetryPolicy.Outcome outcome = settings.retry().afterFailure(c.attempts(), permanent, now);
        String text = error == null ? reason : error.length() <= 500 ? error : error.substring(0, 497) + "...";
        if (mark(() -> store.markFailed(c.id(), c.claimToken(), outcome.state(), outcome.nextAttemptAt(), reason, text), c, outcome.state().name())) {
            if (outcome.state() == DeliveryState.FAILED) {
                LOG.warn("Mail queue: message {} (trainer link {}) to {} FAILED after {} attempt(s), given up ({}): {}", c.id(), c.linkId(),
                        c.recipient(), c.attempts(), permanent ? "refused for good" : "no attempt left", text);
            } else {
                LOG.warn("Mail queue: message {} (trainer link {}) to {} not sent at attempt {} of {}: {}; next attempt at {}", c.id(), c.linkId(),
                        c.recipient(), c.attempts(), settings.retry().maxAttempts(), text, Instant.ofEpochMilli(outcome.nextAttemptAt()));
            }
        }
    }

    /** Records the outcome, trying again briefly if the database is away; false when it could not be recorded. */
    private boolean mark(BooleanSupplier update, OutboxStore.Claimed c, String state) {
        for (int attempt = 1; ; attempt++) {
            try {
                if (update.getAsBoolean()) {
                    return true;
                }
                if ("SENT".equals(state)) {
                    LOG.warn("Mail queue: message {} was no longer held by this sender when marking it SENT (its claim expired and"
                            + " another sender took it over): the recipient may get it twice", c.id());
                } else {
                    LOG.info("Mail queue: message {} (trainer link {}) was cancelled during its attempt (the link was revoked), or taken"
                            + " over by another sender: not marked {}", c.id(), c.linkId(), state);
                }
                return false;
            } catch (RuntimeException e) {
                if (attempt >= MARK_TRIES) {
                    LOG.error("Mail queue: could not mark message {} {} ({}); it stays SENDING and will be tried again once its claim"
                            + " expires{}", c.id(), state, e.toString(), "SENT".equals(state) ? ": the recipient may get it twice" : "");
                    return false;
                }
                pause(1000L * attempt);
            }
        }
    }

    /** How long to wait before the next pass: until the earliest pending message falls due, at most one poll interval. */
    private long untilNextDue() {
        long poll = settings.pollInterval().toMillis();
        OptionalLong next = store.nextDue();
        if (next.isEmpty()) {
            return poll;
        }
        return Math.max(MIN_WAIT_MS, Math.min(poll, next.getAsLong() - clock.getAsLong()));
    }

    private void await(long ms) {
        synchronized (lock) {
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(ms);
            try {
                while (!woken && !stopping) {
                    long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                    if (left <= 0) {
                        break;
                    }
                    lock.wait(left);
                }
            } catch (InterruptedException e) {
                stopping = true;
                Thread.currentThread().interrupt();
            }
            woken = false;
        }
    }

    private void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            stopping = true;
            Thread.currentThread().interrupt();
        }
    }
}
