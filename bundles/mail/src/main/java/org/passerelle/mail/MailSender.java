package org.passerelle.mail;

/**
 * Sends e-mail: over SMTP when an SMTP host is configured (PID {@code org.passerelle.mail}), otherwise by writing an
 * RFC 822 {@code .eml} file to the outbox folder. Published as an OSGi service by the {@code passerelle-mail} bundle.
 */
public interface MailSender {

    /**
     * Sends one message, synchronously (at most a few times {@code smtp.timeout.ms} when the server does not answer).
     *
     * @return how the message left: {@link Delivery#SMTP} or {@link Delivery#OUTBOX}, with its Message-ID
     * @throws MailException when the SMTP server cannot be reached, refuses the message or a recipient, or the outbox
     *                       file cannot be written
     */
    Delivery send(MailMessage message);
}
