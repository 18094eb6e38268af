package org.passerelle.mail.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.mail.Message;
import javax.mail.Session;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeMessage;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.passerelle.mail.Delivery;
import org.passerelle.mail.MailException;
import org.passerelle.mail.MailMessage;

public class JavaMailSenderOutboxTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private JavaMailSender outboxSender(Path dir) {
        return new JavaMailSender(MailSettings.fromConfiguration("", "25", "false", "", "", "10000",
                "Passerelle <no-reply@passerelle.invalid>", dir.toString()));
    }

    @Test
    public void filesSortByNameInTheOrderTheMailsWereWrittenEvenWithinOneMillisecond() throws Exception {
        Path dir = tmp.getRoot().toPath().resolve("outbox");
        JavaMailSender sender = outboxSender(dir);
        List<String> written = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            written.add(Path.of(sender.send(new MailMessage("n" + i + "@atelier.test", null, "Lien " + i, "corps")).outboxFile()).getFileName().toString());
        }
        List<String> sorted = new java.util.ArrayList<>(written);
        java.util.Collections.sort(sorted);
        assertEquals("the newest mail is the last name, as an administrator reading the folder expects", written, sorted);
    }

    @Test
    public void writesAnEmlThatParsesBackToTheSameMessage() throws Exception {
        Path dir = tmp.getRoot().toPath().resolve("data/passerelle/outbox"); // created on first message
        Delivery d = outboxSender(dir).send(new MailMessage("c.dupre@atelier-dupre.test", "Mme Claire Dupré",
                JavaMailSenderSmtpTest.SUBJECT, JavaMailSenderSmtpTest.BODY));

        assertEquals(Delivery.OUTBOX, d.method());
        Path file = Path.of(d.outboxFile());
        assertEquals(dir, file.getParent());
        assertTrue(file.getFileName().toString(),
                file.getFileName().toString().matches("\\d{8}-\\d{6}-\\d{3}-\\d{4}-[0-9a-f]{12}\\.eml"));
        assertEquals("only the .eml, no temporary file left", List.of(file), list(dir));

        MimeMessage parsed;
        try (InputStream in = Files.newInputStream(file)) {
            parsed = new MimeMessage(Session.getInstance(new Properties()), in);
        }
        assertEquals(JavaMailSenderSmtpTest.SUBJECT, parsed.getSubject());
        assertEquals(JavaMailSenderSmtpTest.BODY, ((String) parsed.getContent()).replace("\r\n", "\n"));
        assertEquals(d.messageId(), parsed.getMessageID());
        assertTrue(parsed.getSentDate() != null);
        assertEquals("Passerelle", ((InternetAddress) parsed.getFrom()[0]).getPersonal());
        InternetAddress to = (InternetAddress) parsed.getRecipients(Message.RecipientType.TO)[0];
        assertEquals("c.dupre@atelier-dupre.test", to.getAddress());
        assertEquals("Mme Claire Dupré", to.getPersonal());
        // RFC 822 text: 7-bit headers, CRLF lines.
        String raw = Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(raw.contains("\r\nSubject: =?UTF-8?"));
        assertTrue(raw.contains("charset=UTF-8"));
    }

    @Test
    public void eachMessageGetsItsOwnFile() throws Exception {
        Path dir = tmp.newFolder("outbox").toPath();
        JavaMailSender sender = outboxSender(dir);
        Delivery a = sender.send(new MailMessage("a@example.test", null, "Un", "Premier message."));
        Delivery b = sender.send(new MailMessage("b@example.test", null, "Deux", "Second message."));
        assertNotEquals(a.outboxFile(), b.outboxFile());
        assertNotEquals(a.messageId(), b.messageId());
        assertEquals(2, list(dir).size());
    }

    @Test
    public void unwritableOutboxGivesMailException() throws Exception {
        Path notADir = tmp.newFile("occupied").toPath();
        JavaMailSender sender = outboxSender(notADir);
        MailException e = assertThrows(MailException.class,
                () -> sender.send(new MailMessage("a@example.test", null, "Un", "Premier message.")));
        assertEquals(MailException.Reason.OUTBOX_NOT_WRITABLE, e.reason());
        assertTrue("a folder can be fixed: worth retrying", !e.permanent());
    }

    private static List<Path> list(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().collect(Collectors.toList());
        }
    }
}
