package org.passerelle.mail.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;

import javax.mail.Message;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeMessage;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.passerelle.mail.Delivery;
import org.passerelle.mail.MailException;
import org.passerelle.mail.MailMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

/** A real SMTP conversation with GreenMail on a free loopback port. */
public class JavaMailSenderSmtpTest {

    static final String SUBJECT = "Accès à l'évaluation de Léa — période de formation en entreprise";
    static final String BODY = "Bonjour Madame Dupré,\n\n"
            + "Voici votre lien d'accès personnel à la fiche d'évaluation de Léa Martin (PFMP n° 2) :\n"
            + "https://passerelle.example/tuteur/Zx9-secret-token\n\n"
            + "Ce lien vous est réservé ; ne le transférez pas.\n"
            + "À bientôt, l'équipe pédagogique du lycée Jean-Moulin. Œuvre, ça, être, garçon, « guillemets » ✓\n";

    private GreenMail greenMail;

    @Before
    public void startServer() {
        greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        greenMail.start();
    }

    @After
    public void stopServer() {
        greenMail.stop();
    }

    private int port() {
        return greenMail.getSmtp().getPort();
    }

    private JavaMailSender sender(String startTls, String username, String password, String timeoutMs, int port) {
        return new JavaMailSender(MailSettings.fromConfiguration("127.0.0.1", Integer.toString(port), startTls,
                username, password, timeoutMs, "Lycée Jean-Moulin <passerelle@lycee-jean-moulin.test>", ""));
    }

    @Test
    public void messageArrivesWithSubjectFrenchBodyFromAndTo() throws Exception {
        Delivery d = sender("false", "", "", "5000", port())
                .send(new MailMessage("c.dupre@atelier-dupre.test", "Mme Claire Dupré", SUBJECT, BODY));

        assertEquals(Delivery.SMTP, d.method());
        assertNull(d.outboxFile());
        assertTrue(d.messageId(), d.messageId().matches("<[0-9a-f-]{36}@lycee-jean-moulin\\.test>"));
        assertTrue(greenMail.waitForIncomingEmail(5000, 1));
        MimeMessage received = greenMail.getReceivedMessages()[0];
        assertEquals(SUBJECT, received.getSubject());
        // GreenMail keeps the DATA text without the CRLF that ends it, hence the body's final line break is gone.
        assertEquals(BODY.stripTrailing(), ((String) received.getContent()).replace("\r\n", "\n").stripTrailing());
        assertTrue(received.getContentType(), received.getContentType().toLowerCase().startsWith("text/plain"));
        assertTrue(received.getContentType(), received.getContentType().toLowerCase().contains("charset=utf-8"));
        assertEquals(d.messageId(), received.getMessageID());
        assertTrue(received.getSentDate() != null);
        InternetAddress from = (InternetAddress) received.getFrom()[0];
        assertEquals("passerelle@lycee-jean-moulin.test", from.getAddress());
        assertEquals("Lycée Jean-Moulin", from.getPersonal());
        InternetAddress to = (InternetAddress) received.getRecipients(Message.RecipientType.TO)[0];
        assertEquals("c.dupre@atelier-dupre.test", to.getAddress());
        assertEquals("Mme Claire Dupré", to.getPersonal());
        // Headers stay 7-bit: accents are RFC 2047-encoded, never raw.
        String rawTo = received.getHeader("To", null);
        assertTrue(rawTo, rawTo.chars().allMatch(c -> c < 128));
        assertTrue(received.getHeader("Subject", null).chars().allMatch(c -> c < 128));
    }

    @Test
    public void authenticatesWithUsernameAndPassword() throws Exception {
        greenMail.setUser("passerelle@lycee-jean-moulin.test", "passerelle", "s3cret");

        Delivery d = sender("false", "passerelle", "s3cret", "5000", port())
                .send(new MailMessage("tuteur@entreprise.test", null, "Lien", "Bonjour, voici le lien."));

        assertEquals(Delivery.SMTP, d.method());
        assertTrue(greenMail.waitForIncomingEmail(5000, 1));
        assertEquals("Lien", greenMail.getReceivedMessages()[0].getSubject());
    }

    @Test
    public void wrongPasswordGivesMailException() {
        greenMail.setUser("passerelle@lycee-jean-moulin.test", "passerelle", "s3cret");
        JavaMailSender sender = sender("false", "passerelle", "wrong", "5000", port());

        MailException e = assertThrows(MailException.class,
                () -> sender.send(new MailMessage("tuteur@entreprise.test", null, "Lien", "Bonjour, voici le lien.")));
        assertTrue(e.getMessage(), e.getMessage().contains("127.0.0.1:" + port()));
        assertTrue(e.getMessage(), e.getMessage().contains("535"));
        assertEquals(MailException.Reason.AUTHENTICATION_FAILED, e.reason());
        assertFalse("the configuration can be fixed: worth retrying", e.permanent());
        assertEquals(0, greenMail.getReceivedMessages().length);
    }

    @Test
    public void requiredStartTlsIsNeverSkipped() {
        // GreenMail 1.6 does not offer STARTTLS: with smtp.starttls=true nothing may go out in clear.
        JavaMailSender sender = sender("true", "", "", "5000", port());

        MailException e = assertThrows(MailException.class,
                () -> sender.send(new MailMessage("tuteur@entreprise.test", null, "Lien", "Bonjour, voici le lien.")));
        assertTrue(e.getMessage(), e.getMessage().contains("STARTTLS"));
        assertEquals(MailException.Reason.TLS_FAILED, e.reason());
        assertEquals(0, greenMail.getReceivedMessages().length);
    }

    @Test
    public void closedPortGivesMailExceptionQuickly() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        JavaMailSender sender = sender("false", "", "", "10000", closed);

        MailException e = assertThrows(MailException.class,
                () -> sender.send(new MailMessage("tuteur@entreprise.test", null, "Lien", "Bonjour, voici le lien.")));
        assertTrue(e.getMessage(), e.getMessage().contains("127.0.0.1:" + closed));
        assertTrue(e.getMessage(), e.getMessage().contains("tuteur@entreprise.test"));
        assertTrue("never the body: " + e.getMessage(), !e.getMessage().contains("Bonjour"));
        assertEquals(MailException.Reason.SERVER_UNREACHABLE, e.reason());
        assertFalse("a server that is down may come back", e.permanent());
    }

    @Test
    public void silentServerGivesMailExceptionAfterTheTimeout() throws Exception {
        // Accepts TCP connections (backlog) but never says a word.
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            JavaMailSender sender = sender("false", "", "", "500", silent.getLocalPort());

            MailException e = assertThrows(MailException.class,
                    () -> sender.send(new MailMessage("tuteur@entreprise.test", null, "Lien", "Bonjour.")));
            assertEquals(MailException.Reason.SERVER_UNREACHABLE, e.reason());
            // The configured timeout is what ended it (no timing assertion: the cause says so).
            boolean timedOut = false;
            for (Throwable t = e; t != null; t = t.getCause()) {
                timedOut |= t instanceof java.net.SocketTimeoutException || String.valueOf(t.getMessage()).toLowerCase().contains("timed out");
            }
            assertTrue("a read timeout: " + e, timedOut);
        }
    }
}
