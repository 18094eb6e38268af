package org.passerelle.core.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.passerelle.mail.Delivery;
import org.passerelle.mail.MailException;
import org.passerelle.mail.MailMessage;
import org.passerelle.mail.MailSender;

/**
 * A {@link MailSender} that keeps what it is given, for unit tests only: nothing leaves the JVM. Tell it to fail
 * ({@link #failWith(String)}) to see what a service does when the SMTP server refuses.
 */
public final class FakeMailSender implements MailSender {

    private final List<MailMessage> sent = new CopyOnWriteArrayList<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private volatile String failure;

    @Override
    public Delivery send(MailMessage message) {
        String why = failure;
        if (why != null) {
            throw new MailException(why);
        }
        sent.add(message);
        return new Delivery(Delivery.SMTP, "<" + sequence.incrementAndGet() + "@passerelle.test>", null);
    }

    /** Every message sent so far, oldest first. */
    public List<MailMessage> sent() {
        return List.copyOf(sent);
    }

    public MailMessage last() {
        if (sent.isEmpty()) {
            throw new AssertionError("No e-mail was sent");
        }
        return sent.get(sent.size() - 1);
    }

    /** From now on every send throws a {@link MailException} with this message; {@code null} to send again. */
    public void failWith(String message) {
        failure = message;
    }

    public void clear() {
        sent.clear();
    }
}
