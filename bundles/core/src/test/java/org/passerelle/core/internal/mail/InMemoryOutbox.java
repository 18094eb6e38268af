package org.passerelle.core.internal.mail;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * {@link OutboxStore} in memory, with the same conditions as {@link JpaOutboxStore}'s updates (each method is atomic,
 * as the row lock makes each update): for the sender's logic, without a database.
 */
final class InMemoryOutbox implements OutboxStore {

    static final class Row {
        final long id;
        final long linkId;
        final String recipient;
        final String subject;
        String body;
        DeliveryState state = DeliveryState.QUEUED;
        int attempts;
        long nextAttemptAt;
        String claimToken;
        long claimedUntil;
        String transport;
        Long sentAt;
        String errorReason;
        String lastError;

        Row(long id, long linkId, String recipient, String subject, String body, long now) {
            this.id = id;
            this.linkId = linkId;
            this.recipient = recipient;
            this.subject = subject;
            this.body = body;
            this.nextAttemptAt = now;
        }
    }

    private final Map<Long, Row> rows = new LinkedHashMap<>();
    private long nextId = 1;

    synchronized Row queue(long linkId, String recipient, String body, long now) {
        Row row = new Row(nextId++, linkId, recipient, "Votre accès", body, now);
        rows.put(row.id, row);
        return row;
    }

    synchronized Row row(long id) {
        return rows.get(id);
    }

    /** As MailOutboxEntity.cancelForLink. */
    synchronized int cancelForLink(long linkId) {
        int n = 0;
        for (Row r : rows.values()) {
            if (r.linkId == linkId && r.state.pending()) {
                r.state = DeliveryState.CANCELLED;
                r.body = null;
                n++;
            }
        }
        return n;
    }

    private static boolean due(Row r, long now) {
        return ((r.state == DeliveryState.QUEUED || r.state == DeliveryState.RETRYING) && r.nextAttemptAt <= now)
                || (r.state == DeliveryState.SENDING && r.claimedUntil < now);
    }

    @Override
    public synchronized Optional<Claimed> claimNext(long now, long claimedUntil, String claimToken) {
        return rows.values().stream().filter(r -> due(r, now)).min(Comparator.comparingLong((Row r) -> r.nextAttemptAt).thenComparingLong(r -> r.id))
                .map(r -> {
                    r.state = DeliveryState.SENDING;
                    r.claimToken = claimToken;
                    r.claimedUntil = claimedUntil;
                    r.attempts++;
                    return new Claimed(r.id, r.linkId, r.claimToken, r.attempts, r.recipient, null, r.subject, r.body);
                });
    }

    @Override
    public synchronized boolean markSent(long id, String claimToken, String transport, String messageId, long now) {
        Row r = rows.get(id);
        if (r == null || (r.state != DeliveryState.SENDING && r.state != DeliveryState.CANCELLED) || !claimToken.equals(r.claimToken)) {
            return false;
        }
        r.state = DeliveryState.SENT;
        r.body = null;
        r.transport = transport;
        r.sentAt = now;
        r.claimToken = null;
        r.claimedUntil = 0;
        return true;
    }

    @Override
    public synchronized boolean markFailed(long id, String claimToken, DeliveryState state, long nextAttemptAt, String errorReason, String error) {
        Row r = rows.get(id);
        if (r == null || r.state != DeliveryState.SENDING || !claimToken.equals(r.claimToken)) {
            return false;
        }
        r.state = state;
        if (state == DeliveryState.FAILED) {
            r.body = null;
        }
        r.nextAttemptAt = nextAttemptAt;
        r.errorReason = errorReason;
        r.lastError = error;
        r.claimToken = null;
        r.claimedUntil = 0;
        return true;
    }

    @Override
    public synchronized OptionalLong nextDue() {
        return rows.values().stream().filter(r -> r.state.pending())
                .mapToLong(r -> r.state == DeliveryState.SENDING ? r.claimedUntil : r.nextAttemptAt).min();
    }
}
