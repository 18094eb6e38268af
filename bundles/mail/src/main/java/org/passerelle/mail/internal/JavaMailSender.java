package org.passerelle.mail.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UnsupportedEncodingException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HexFormat;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Callable;

import javax.mail.MessagingException;
import javax.mail.SendFailedException;
import javax.mail.Session;
import javax.mail.Transport;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeMessage;

import org.passerelle.mail.Delivery;
import org.passerelle.mail.MailException;
import org.passerelle.mail.MailMessage;
import org.passerelle.mail.MailSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link MailSender} on JavaMail: SMTP when {@code smtp.host} is set, otherwise {@code .eml} files in the outbox
 * folder. Thread-safe; Blueprint builds a new one whenever the configuration changes.
 *
 * <p>JavaMail finds its providers ({@code META-INF/javamail.*}) and JAF its {@code mailcap} through the thread context
 * class loader: every JavaMail call runs with the javax.mail bundle's class loader as TCCL.
 */
public class JavaMailSender implements MailSender {

    private static final Logger LOG = LoggerFactory.getLogger(JavaMailSender.class);
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    /** Orders the files of one millisecond: names sort in the order the mails were written. */
    private static final java.util.concurrent.atomic.AtomicInteger SEQUENCE = new java.util.concurrent.atomic.AtomicInteger();
    private static final String UTF_8 = "UTF-8";

    private final MailSettings settings;
    private final Session session;
    private final SecureRandom random = new SecureRandom();

    public JavaMailSender(MailSettings settings) {
        this.settings = settings;
        this.session = withMailClassLoader(() -> Session.getInstance(sessionProperties(settings)));
        if (settings.outboxMode()) {
            LOG.info("Mail: no SMTP host configured (PID {}), messages are written to the outbox {}",
                    MailSettings.PID, settings.outboxDir());
        } else {
            LOG.info("Mail: messages are sent over {}", settings);
        }
    }

    static Properties sessionProperties(MailSettings settings) {
        Properties p = new Properties();
        String timeout = Integer.toString(settings.timeoutMs());
        if (!settings.outboxMode()) {
            p.setProperty("mail.smtp.host", settings.smtpHost());
            p.setProperty("mail.smtp.port", Integer.toString(settings.smtpPort()));
        }
        p.setProperty("mail.smtp.connectiontimeout", timeout);
        p.setProperty("mail.smtp.timeout", timeout);
        p.setProperty("mail.smtp.writetimeout", timeout);
        p.setProperty("mail.smtp.auth", Boolean.toString(settings.authentication()));
        if (settings.startTls()) {
            // Required, not merely tried: a server that does not offer STARTTLS gets nothing in clear.
            p.setProperty("mail.smtp.starttls.enable", "true");
            p.setProperty("mail.smtp.starttls.required", "true");
            p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        }
        p.setProperty("mail.smtp.from", settings.from().getAddress());
        return p;
    }

    @Override
    public Delivery send(MailMessage message) {
        if (message == null) {
            throw new IllegalArgumentException("Message is missing");
        }
        return withMailClassLoader(() -> settings.outboxMode() ? writeToOutbox(message) : sendOverSmtp(message));
    }

    /** Builds the MIME message: UTF-8 text/plain with Date, From, To (with display name), Subject and Message-ID. */
    MimeMessage toMime(MailMessage message) throws MessagingException {
        String messageId = "<" + UUID.randomUUID() + "@" + settings.fromDomain() + ">";
        MimeMessage mime = new FixedIdMimeMessage(session, messageId);
        mime.setSentDate(new Date());
        mime.setFrom(settings.from());
        try {
            mime.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(message.to(), message.toName(), UTF_8));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
        mime.setSubject(message.subject(), UTF_8);
        mime.setText(message.textBody(), UTF_8);
        mime.saveChanges();
        return mime;
    }

    private Delivery sendOverSmtp(MailMessage message) {
        String server = settings.smtpHost() + ":" + settings.smtpPort();
        MimeMessage mime;
        String messageId;
        try {
            mime = toMime(message);
            messageId = mime.getMessageID();
        } catch (MessagingException e) {
            throw new MailException(MailException.Reason.OTHER, true, "Could not build the message to " + message.to() + ": " + e.getMessage(), e);
        }
        try {
            Transport transport = session.getTransport("smtp");
            transport.connect(settings.smtpHost(), settings.smtpPort(),
                    settings.authentication() ? settings.username() : null,
                    settings.authentication() ? settings.password() : null);
            try {
                transport.sendMessage(mime, mime.getAllRecipients());
            } finally {
                try {
                    transport.close();
                } catch (MessagingException e) {
                    LOG.debug("Mail: closing the SMTP connection to {} failed", server, e);
                }
            }
        } catch (SendFailedException e) {
            // Addresses the server refused for good (5xx on RCPT TO) are "invalid"; a 4xx leaves them "valid unsent".
            boolean refusedForGood = e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0;
            throw new MailException(refusedForGood ? MailException.Reason.RECIPIENT_REFUSED : MailException.Reason.MESSAGE_REFUSED, refusedForGood,
                    "SMTP server " + server + " refused the message to " + message.to() + " (Message-ID " + messageId + "): " + oneLine(e), e);
        } catch (MessagingException e) {
            throw new MailException(reasonOf(e), false, "SMTP delivery to " + message.to() + " through " + server
                    + " failed (Message-ID " + messageId + "): " + oneLine(e), e);
        }
        // Never the body: it holds the tutor's secret link.
        LOG.info("Mail sent over SMTP to {} through {}, Message-ID {}", message.to(), server, messageId);
        return new Delivery(Delivery.SMTP, messageId, null);
    }

    private Delivery writeToOutbox(MailMessage message) {
        Path dir = settings.outboxDir();
        Path tmp = null;
        try {
            MimeMessage mime = toMime(message);
            String messageId = mime.getMessageID();
            Files.createDirectories(dir);
            String name = LocalDateTime.now().format(FILE_TIME) + "-" + String.format("%04d", Math.floorMod(SEQUENCE.getAndIncrement(), 10_000))
                    + "-" + randomHex(6) + ".eml";
            Path target = dir.resolve(name);
            // Temporary file in the same folder (owner-only on POSIX), written, forced, then moved into place: a
            // reader of the outbox sees complete .eml files or nothing.
            tmp = Files.createTempFile(dir, "." + name + "-", ".tmp");
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                 OutputStream out = Channels.newOutputStream(channel)) {
                mime.writeTo(out);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target);
            }
            tmp = null;
            LOG.info("Mail to {} written to outbox file {}, Message-ID {}", message.to(), target, messageId);
            return new Delivery(Delivery.OUTBOX, messageId, target.toString());
        } catch (IOException | MessagingException e) {
            throw new MailException(MailException.Reason.OUTBOX_NOT_WRITABLE, false, "Could not write the message to " + message.to()
                    + " to the outbox " + dir + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    LOG.warn("Mail: could not delete the temporary file {}", tmp, e);
                }
            }
        }
    }

    private String randomHex(int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /**
     * Why an SMTP conversation failed, from the exception and its causes: TLS (STARTTLS required but not offered, or
     * a handshake that failed), authentication refused, the server unreachable or silent (any I/O failure), else the
     * server refused the message.
     */
    static MailException.Reason reasonOf(MessagingException e) {
        int depth = 0;
        for (Throwable t = e; t != null && depth++ < 20; t = next(t)) {
            if (t instanceof javax.net.ssl.SSLException || (t.getMessage() != null && t.getMessage().contains("STARTTLS"))) {
                return MailException.Reason.TLS_FAILED;
            }
        }
        depth = 0;
        for (Throwable t = e; t != null && depth++ < 20; t = next(t)) {
            if (t instanceof javax.mail.AuthenticationFailedException) {
                return MailException.Reason.AUTHENTICATION_FAILED;
            }
            if (t instanceof IOException) {
                return MailException.Reason.SERVER_UNREACHABLE;
            }
        }
        return MailException.Reason.MESSAGE_REFUSED;
    }

    private static Throwable next(Throwable t) {
        Throwable next = t instanceof MessagingException m && m.getNextException() != null ? m.getNextException() : t.getCause();
        return next == t ? null : next;
    }

    /** The exception's message and its causes', on one line (e.g. "Connection refused"). */
    private static String oneLine(Exception e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null && sb.length() < 500; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage();
            if (m != null && !m.isBlank() && sb.indexOf(m.strip()) < 0) {
                if (sb.length() > 0) {
                    sb.append(": ");
                }
                sb.append(m.strip().replaceAll("\\s+", " "));
            }
        }
        return sb.length() == 0 ? e.getClass().getSimpleName() : sb.toString();
    }

    private static <T> T withMailClassLoader(Callable<T> action) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(Session.class.getClassLoader());
        try {
            return action.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** A MimeMessage whose Message-ID is ours (JavaMail would otherwise look up the local host name for one). */
    private static final class FixedIdMimeMessage extends MimeMessage {
        private final String messageId;

        FixedIdMimeMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
