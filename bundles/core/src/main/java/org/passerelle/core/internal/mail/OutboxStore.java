package org.passerelle.core.internal.mail;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * The queue's table as the sender sees it. Each method is one short transaction of its own; none is called while a
 * message is being sent. Every change is conditional on the state (and, once claimed, on the claim token), so two
 * senders, or a sender and a revocation, never both win.
 */
public interface OutboxStore {

    /** A message claimed for one attempt: what to send, and the token that proves the claim. */
    record Claimed(long id, long linkId, String claimToken, int attempts, String recipient, String recipientName, String subject, String body) {

        /** Never the body: it holds a secret link. */
        @Override
        public String toString() {
            return "Claimed[id=" + id + ", link=" + linkId + ", attempt " + attempts + ", to=" + recipient + "]";
        }
    }

    /**
     * Claims the message due first, if any: QUEUED or RETRYING whose next attempt time has come, or SENDING whose claim
     * expired (its sender died, perhaps after the server took it: sending it again is at-least-once). The claim sets
     * SENDING, the token and the claim's end, and counts the attempt, in one conditional update: when another sender
     * claimed the same message first, the next due one is tried.
     *
     * @param now          the time (epoch milliseconds)
     * @param claimedUntil until when the claim holds
     * @param claimToken   a token unique to this claim
     */
    Optional<Claimed> claimNext(long now, long claimedUntil, String claimToken);

    /**
     * SENDING → SENT, body cleared; also CANCELLED → SENT when the link was revoked during this very attempt (the
     * message did leave). False when the claim was lost meanwhile (taken over after it expired).
     */
    boolean markSent(long id, String claimToken, String transport, String messageId, long now);

    /**
     * SENDING → RETRYING (body kept, next attempt at {@code nextAttemptAt}) or FAILED (body cleared), with the reason.
     * False when the claim was lost meanwhile, or the message was cancelled during the attempt (then it stays so).
     */
    boolean markFailed(long id, String claimToken, DeliveryState state, long nextAttemptAt, String errorReason, String error);

    /** When the earliest pending message falls due (a next attempt time, or the end of a claim); empty when none is pending. */
    OptionalLong nextDue();
}
