package org.passerelle.core.internal.mail;

/**
 * Where a queued e-mail stands. The transitions, all made by conditional updates so that two senders never both win:
 * <pre>
 *  QUEUED ──claim──▶ SENDING ──sent──▶ SENT
 *    │                 │  ▲ └─failed, attempts left──▶ RETRYING ──due, claim──▶ SENDING
 *    │                 │  └──────claim expired (the sender died)───┘
 *    │                 └─failed for good, or no attempt left──▶ FAILED
 *    └─ QUEUED, RETRYING or SENDING: link revoked ──▶ CANCELLED (a SENDING attempt that then succeeds is still SENT)
 * </pre>
 * SENT, FAILED and CANCELLED are final and keep no body (it holds the secret link).
 */
public enum DeliveryState {
    /** Stored with its link, never tried yet. */
    QUEUED,
    /** Claimed by a sender, which is handing it to the mail service now. */
    SENDING,
    /** An attempt failed; another one is due at the next attempt time. */
    RETRYING,
    /** Handed to the SMTP server, or written to the outbox folder. */
    SENT,
    /** Given up: refused for good, or every attempt failed. */
    FAILED,
    /** Its link was revoked before it left. */
    CANCELLED;

    /** A state from its column value. */
    public static DeliveryState of(String column) {
        return valueOf(column);
    }

    /** Whether the message will still be (or is being) sent. */
    public boolean pending() {
        return this == QUEUED || this == SENDING || this == RETRYING;
    }
}
