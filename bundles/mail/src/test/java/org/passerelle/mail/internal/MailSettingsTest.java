package org.passerelle.mail.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;

import org.junit.Test;

public class MailSettingsTest {

    @Test
    public void defaultsAreOutboxModeUnderKarafData() {
        MailSettings s = MailSettings.fromConfiguration("", "25", "false", "", "", "10000",
                "Passerelle <no-reply@passerelle.invalid>", "");
        assertTrue(s.outboxMode());
        assertFalse(s.authentication());
        assertEquals(25, s.smtpPort());
        assertEquals(10_000, s.timeoutMs());
        assertEquals("no-reply@passerelle.invalid", s.from().getAddress());
        assertEquals("Passerelle", s.from().getPersonal());
        assertEquals("passerelle.invalid", s.fromDomain());
        assertTrue(s.outboxDir().isAbsolute());
        assertTrue(s.outboxDir().endsWith(Path.of("passerelle", "outbox")));
    }

    @Test
    public void outboxDirResolvesKarafData() {
        assertEquals(Path.of("/opt/passerelle/data/passerelle/outbox"),
                MailSettings.resolveOutboxDir("", "/opt/passerelle/data"));
        assertEquals(Path.of("/opt/passerelle/data/passerelle/outbox"),
                MailSettings.resolveOutboxDir(null, "/opt/passerelle/data"));
        assertEquals(Path.of("/opt/passerelle/data/mails"),
                MailSettings.resolveOutboxDir("${karaf.data}/mails", "/opt/passerelle/data"));
        assertEquals(Path.of("/var/spool/passerelle"), MailSettings.resolveOutboxDir(" /var/spool/passerelle ", "/x"));
        assertEquals(Path.of("data/passerelle/outbox").toAbsolutePath(), MailSettings.resolveOutboxDir("", null));
    }

    @Test
    public void smtpSettingsAndAccentsInTheSenderName() throws Exception {
        MailSettings s = MailSettings.fromConfiguration(" smtp.lycee.fr ", "587", "TRUE", "passerelle", "s3cret", "",
                "Lycée Jean-Moulin <passerelle@lycee.fr>", "/tmp/x");
        assertFalse(s.outboxMode());
        assertEquals("smtp.lycee.fr", s.smtpHost());
        assertEquals(587, s.smtpPort());
        assertTrue(s.startTls());
        assertTrue(s.authentication());
        assertEquals(10_000, s.timeoutMs());
        assertEquals("Lycée Jean-Moulin", s.from().getPersonal());
        assertTrue("display name encoded for the header: " + s.from(), s.from().toString().startsWith("=?UTF-8?"));
        assertFalse("never the password: " + s, s.toString().contains("s3cret"));
    }

    @Test
    public void wrongValuesNameTheirKey() {
        assertMessage("smtp.port", () -> MailSettings.fromConfiguration("h", "vingt-cinq", "", "", "", "", "", ""));
        assertMessage("smtp.port", () -> MailSettings.fromConfiguration("h", "70000", "", "", "", "", "", ""));
        assertMessage("smtp.starttls", () -> MailSettings.fromConfiguration("h", "", "oui", "", "", "", "", ""));
        assertMessage("smtp.timeout.ms", () -> MailSettings.fromConfiguration("h", "", "", "", "", "0", "", ""));
        assertMessage("smtp.password", () -> MailSettings.fromConfiguration("h", "", "", "user", "", "", "", ""));
        assertMessage("from", () -> MailSettings.fromConfiguration("h", "", "", "", "", "", "pas une adresse", ""));
    }

    private static void assertMessage(String key, org.junit.function.ThrowingRunnable r) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, r);
        assertTrue(e.getMessage(), e.getMessage().contains(key));
    }
}
