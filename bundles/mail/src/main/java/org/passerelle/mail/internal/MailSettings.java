package org.passerelle.mail.internal;

import java.io.UnsupportedEncodingException;
import java.nio.file.Path;
import java.util.Locale;

import javax.mail.internet.AddressException;
import javax.mail.internet.InternetAddress;

/**
 * The mail configuration (ConfigAdmin PID {@code org.passerelle.mail}), parsed and checked once. Blueprint builds it
 * with {@link #fromConfiguration} from the placeholders of {@code OSGI-INF/blueprint/mail.xml}; a wrong value fails the
 * Blueprint container with a message naming the key.
 *
 * @param smtpHost  SMTP host; empty for outbox mode
 * @param smtpPort  SMTP port
 * @param startTls  STARTTLS required (the message is not sent in clear when the server does not offer it)
 * @param username  SMTP user; empty for no authentication
 * @param password  SMTP password; empty for no authentication
 * @param timeoutMs connect, read and write timeout of the SMTP conversation
 * @param from      the From address, display name encoded in UTF-8
 * @param outboxDir absolute folder of the {@code .eml} files in outbox mode
 */
public record MailSettings(String smtpHost, int smtpPort, boolean startTls, String username, String password,
                           int timeoutMs, InternetAddress from, Path outboxDir) {

    public static final String PID = "org.passerelle.mail";
    public static final String DEFAULT_FROM = "Passerelle <no-reply@passerelle.invalid>";
    private static final String KARAF_DATA = "${karaf.data}";

    public MailSettings {
        smtpHost = smtpHost == null ? "" : smtpHost.strip();
        username = username == null ? "" : username;
        password = password == null ? "" : password;
        if (username.isEmpty() != password.isEmpty()) {
            throw new IllegalArgumentException(
                    PID + ": smtp.username and smtp.password must both be set (authentication) or both be empty");
        }
        if (smtpPort < 1 || smtpPort > 65535) {
            throw new IllegalArgumentException(PID + ": smtp.port must be between 1 and 65535, not " + smtpPort);
        }
        if (timeoutMs < 1) {
            throw new IllegalArgumentException(PID + ": smtp.timeout.ms must be positive, not " + timeoutMs);
        }
        if (from == null || outboxDir == null) {
            throw new IllegalArgumentException(PID + ": from and outbox.dir are required");
        }
    }

    /**
     * Parses the configuration values as Blueprint passes them (strings, empty when unset).
     *
     * @throws IllegalArgumentException naming the key at fault
     */
    public static MailSettings fromConfiguration(String smtpHost, String smtpPort, String smtpStartTls,
                                                 String smtpUsername, String smtpPassword, String smtpTimeoutMs,
                                                 String from, String outboxDir) {
        return new MailSettings(smtpHost,
                parseInt("smtp.port", smtpPort, 25),
                parseBoolean("smtp.starttls", smtpStartTls),
                smtpUsername, smtpPassword,
                parseInt("smtp.timeout.ms", smtpTimeoutMs, 10_000),
                parseFrom(from),
                resolveOutboxDir(outboxDir, System.getProperty("karaf.data")));
    }

    /** Outbox mode when no SMTP host is configured. */
    public boolean outboxMode() {
        return smtpHost.isEmpty();
    }

    public boolean authentication() {
        return !username.isEmpty();
    }

    /** The domain of the From address, for Message-IDs. */
    public String fromDomain() {
        String address = from.getAddress();
        return address.substring(address.lastIndexOf('@') + 1);
    }

    /**
     * {@code outbox.dir}, made absolute: empty means {@code <karaf.data>/passerelle/outbox}; a literal
     * {@code ${karaf.data}} (left unresolved by ConfigAdmin or Blueprint) is replaced by the system property. Without
     * {@code karaf.data} (outside Karaf), {@code data/} under the working directory stands for it.
     */
    static Path resolveOutboxDir(String value, String karafData) {
        String data = karafData == null || karafData.isBlank() ? "data" : karafData;
        String dir = value == null ? "" : value.strip();
        if (dir.isEmpty()) {
            return Path.of(data, "passerelle", "outbox").toAbsolutePath().normalize();
        }
        return Path.of(dir.replace(KARAF_DATA, data)).toAbsolutePath().normalize();
    }

    private static int parseInt(String key, String value, int defaultValue) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PID + ": " + key + " must be a whole number, not '" + value + "'");
        }
    }

    private static boolean parseBoolean(String key, String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        switch (v) {
            case "", "false":
                return false;
            case "true":
                return true;
            default:
                throw new IllegalArgumentException(PID + ": " + key + " must be true or false, not '" + value + "'");
        }
    }

    private static InternetAddress parseFrom(String value) {
        String v = value == null || value.isBlank() ? DEFAULT_FROM : value.strip();
        try {
            InternetAddress parsed = new InternetAddress(v, true);
            if (parsed.getAddress() == null || parsed.getAddress().indexOf('@') < 1) {
                throw new IllegalArgumentException(PID + ": from must hold an address with a domain, not '" + v + "'");
            }
            // Re-encode the display name (RFC 2047, UTF-8) so that accents survive in the header.
            return new InternetAddress(parsed.getAddress(), parsed.getPersonal(), "UTF-8");
        } catch (AddressException | UnsupportedEncodingException e) {
            throw new IllegalArgumentException(PID + ": from is not a valid address: '" + v + "' (" + e.getMessage() + ")", e);
        }
    }

    /** Never the password. */
    @Override
    public String toString() {
        return outboxMode()
                ? "outbox " + outboxDir + ", from " + from.toUnicodeString()
                : "SMTP " + smtpHost + ":" + smtpPort + (startTls ? " with STARTTLS" : "")
                        + (authentication() ? " as " + username : " without authentication")
                        + ", timeout " + timeoutMs + " ms, from " + from.toUnicodeString();
    }
}
