package org.passerelle.mail;

/**
 * A message could not be sent: SMTP server unreachable or silent, authentication or STARTTLS refused, recipient
 * refused, or the outbox file could not be written. The message is in English, for the logs; it never holds the body.
 */
public class MailException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MailException(String message, Throwable cause) {
        super(message, cause);
    }

    public MailException(String message) {
        super(message);
    }
}
