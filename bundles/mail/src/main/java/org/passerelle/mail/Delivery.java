package org.passerelle.mail;

/**
 * How a message left.
 *
 * @param method     {@value #SMTP} (handed to the SMTP server) or {@value #OUTBOX} (written to the outbox folder)
 * @param messageId  the Message-ID header, e.g. {@code <8c1f…@passerelle.invalid>}
 * @param outboxFile the absolute path of the {@code .eml} file in outbox mode; {@code null} for SMTP
 */
public record Delivery(String method, String messageId, String outboxFile) {

    public static final String SMTP = "SMTP";
    public static final String OUTBOX = "OUTBOX";
}
