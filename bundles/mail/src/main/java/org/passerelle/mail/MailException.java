package org.passerelle.mail;

/**
 * A message could not be sent: SMTP server unreachable or silent, authentication or STARTTLS refused, recipient
 * refused, or the outbox file could not be written. The message is in English, for the logs; it never holds the body.
 * {@link #reason()} says what went wrong in a word a front can translate, and {@link #permanent()} whether sending
 * the same message again can ever succeed (a recipient the server refuses for good) or may succeed later (a server
 * that is down).
 */
public class MailException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong, in a stable word. */
    public enum Reason {
        /** The SMTP server could not be reached, or did not answer in time. */
        SERVER_UNREACHABLE,
        /** The SMTP server refused the user name or password. */
        AUTHENTICATION_FAILED,
        /** STARTTLS is required and the server does not offer it, or the TLS handshake failed. */
        TLS_FAILED,
        /** The SMTP server refused the recipient's address. */
        RECIPIENT_REFUSED,
        /** The SMTP server refused the message for another reason. */
        MESSAGE_REFUSED,
        /** The outbox folder could not be written. */
        OUTBOX_NOT_WRITABLE,
        /** Anything else. */
        OTHER
    }

    private final Reason reason;
    private final boolean permanent;

    public MailException(Reason reason, boolean permanent, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason == null ? Reason.OTHER : reason;
        this.permanent = permanent;
    }

    /** A failure of reason {@link Reason#OTHER} that may not happen again. */
    public MailException(String message, Throwable cause) {
        this(Reason.OTHER, false, message, cause);
    }

    /** A failure of reason {@link Reason#OTHER} that may not happen again. */
    public MailException(String message) {
        this(Reason.OTHER, false, message, null);
    }

    public Reason reason() {
        return reason;
    }

    /** True when sending the same message again cannot succeed (e.g. the server refused the recipient for good). */
    public boolean permanent() {
        return permanent;
    }
}
