package org.passerelle.mail;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import org.junit.Test;

public class MailMessageTest {

    private static final String SUBJECT = "Votre lien d'accès";
    private static final String BODY = "Bonjour,\nvoici votre lien : https://passerelle.example/t/secret";

    @Test
    public void acceptsPlausibleAddressesAndNormalises() {
        MailMessage m = new MailMessage("  jean.dupre+pfmp@atelier-dupre.fr ", "  ", SUBJECT, BODY);
        assertEquals("jean.dupre+pfmp@atelier-dupre.fr", m.to());
        assertNull("a blank display name means none", m.toName());
        new MailMessage("o'neil@sub.example.co.uk", "Mme Dupré", SUBJECT, BODY);
    }

    @Test
    public void refusesImplausibleAddresses() {
        for (String to : new String[] {null, "", "  ", "dupre", "dupre@", "@example.fr", "dupre@localhost",
                "jean dupre@example.fr", "a@b@example.fr", "dupre@example..fr", ".dupre@example.fr",
                "dupre.@example.fr", "dupre@-example.fr", "Jean <dupre@example.fr>", "dupre@example.fr\r\nBcc: x@y.fr",
                "dupré@example.fr", "x".repeat(65) + "@example.fr", "a@" + "b".repeat(250) + ".fr"}) {
            assertThrows(String.valueOf(to), IllegalArgumentException.class, () -> new MailMessage(to, null, SUBJECT, BODY));
        }
    }

    @Test
    public void refusesBlankSubjectOrBodyAndLineBreaksInHeaders() {
        String to = "tuteur@example.fr";
        assertThrows(IllegalArgumentException.class, () -> new MailMessage(to, null, null, BODY));
        assertThrows(IllegalArgumentException.class, () -> new MailMessage(to, null, " \t", BODY));
        assertThrows(IllegalArgumentException.class, () -> new MailMessage(to, null, SUBJECT, null));
        assertThrows(IllegalArgumentException.class, () -> new MailMessage(to, null, SUBJECT, "\n \n"));
        assertThrows(IllegalArgumentException.class, () -> new MailMessage(to, null, "Lien\r\nBcc: x@y.fr", BODY));
        assertThrows(IllegalArgumentException.class, () -> new MailMessage(to, "Dupré\nBcc: x@y.fr", SUBJECT, BODY));
    }

    @Test
    public void toStringNeverShowsTheBody() {
        assertFalse(new MailMessage("tuteur@example.fr", null, SUBJECT, BODY).toString().contains("secret"));
    }
}
