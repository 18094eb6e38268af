package org.passerelle.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.mail.Address;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeMessage;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * A teacher sends a company trainer their access link: the link is stored with its e-mail queued, the platform's
 * mail queue has a real SMTP conversation with GreenMail after the commit, then the trainer opens the e-mailed link
 * and sees what it grants and nothing else; reissue and revoke kill old links. With the SMTP server down, the link is
 * issued all the same and its e-mail waits, retried, until the server is back: then it arrives exactly once, and a
 * link replaced meanwhile is never sent.
 */
public class TrainerLinkMailIT {

    private static final String PASSWORD = "passerelle-demo";
    /** Bounded waits on conditions (the queue retries every 1–2 s here); generous for a shared 2-core machine. */
    private static final long DEADLINE_MS = 60_000;
    private static int port;
    /** The SMTP server; replaced by a new one on the same port when it comes back up. */
    private static volatile GreenMail smtp;
    private static DistributionProcess platform;

    @BeforeClass
    public static void start() throws Exception {
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        smtp = smtpServer();
        platform = new DistributionProcess("trainer-it", "18393")
                .configure("system.properties", "passerelle.sampleData", "true")
                .configure("org.passerelle.mail.cfg", "smtp.host", "127.0.0.1")
                .configure("org.passerelle.mail.cfg", "smtp.port", Integer.toString(port))
                .configure("org.passerelle.mail.cfg", "smtp.timeout.ms", "5000")
                .configure("org.passerelle.mail.cfg", "from", "Lycée Passerelle <no-reply@passerelle.invalid>")
                // Retries every 1 then 2 s, and never given up within the test: the server's return is what is tested.
                .configure("org.passerelle.mail.queue.cfg", "retry.delay.s", "1")
                .configure("org.passerelle.mail.queue.cfg", "retry.max.delay.s", "2")
                .configure("org.passerelle.mail.queue.cfg", "max.attempts", "1000");
        platform.start();
    }

    @AfterClass
    public static void stop() throws Exception {
        if (platform != null) {
            platform.stop();
            platform.assertNoOrphans();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    private static GreenMail smtpServer() {
        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    @Test
    public void theTrainerOpensTheEmailedLinkAndSeesOnlyWhatItGrants() throws Exception {
        Api api = platform.api();
        String teacher = api.signIn("prof.melec", PASSWORD);
        long establishment = api.expect("GET", "/api/v1/me", teacher, null, 200).get("establishment").get("id").asLong();
        JsonNode learners = api.expect("GET", "/api/v1/establishments/" + establishment + "/learners", teacher, null, 200);
        long chloe = Api.idWhere(learners, "login", "chloe.girard");
        long lucas = Api.idWhere(learners, "login", "lucas.bonnet");

        long trainer = api.expect("POST", "/api/v1/establishments/" + establishment + "/trainers", teacher,
                "{\"familyName\":\"Dupré\",\"firstName\":\"Anne\",\"email\":\"anne.dupre@entreprise.example\"}", 201).get("id").asLong();
        JsonNode link = api.expect("POST", "/api/v1/trainers/" + trainer + "/links", teacher, "{\"grant\":\"learner:" + chloe + "\"}", 201);
        assertEquals("stored with the link, sent after the commit", "QUEUED", link.get("delivery").asText());
        assertEquals(0, link.get("attempts").asInt());
        assertFalse(link.hasNonNull("sentAt"));
        assertFalse("never the token", link.toString().contains("token"));

        MimeMessage mail = awaitMailsTo("anne.dupre@entreprise.example", 1).get(0);
        JsonNode sent = api.awaitSent(teacher, trainer, link.get("id").asLong());
        assertEquals("SMTP", sent.get("transport").asText());
        assertEquals(1, sent.get("attempts").asInt());
        assertTrue(sent.hasNonNull("sentAt"));
        assertEquals("anne.dupre@entreprise.example", mail.getAllRecipients()[0].toString().replaceAll(".*<|>", ""));
        assertTrue(mail.getSubject(), mail.getSubject().contains("Lycée professionnel Passerelle"));
        String text = decodedBody(mail);
        assertTrue(text, text.contains("Chloé GIRARD"));
        Matcher url = Pattern.compile("http://[^/\\s]+:18393/#/acces/([A-Za-z0-9_-]{43})").matcher(text);
        assertTrue("the link is in the e-mail: " + text, url.find());
        String token = url.group(1);

        String trainerSession = Api.parse(api.send("POST", "/api/v1/sessions/trainer-link", null, "{\"token\":\"" + token + "\"}", null)).get("token").asText();
        assertEquals("TUTOR", api.expect("GET", "/api/v1/me", trainerSession, null, 200).get("role").asText());
        assertEquals("Chloé", api.expect("GET", "/api/v1/learners/" + chloe, trainerSession, null, 200).get("firstName").asText());
        api.expect("GET", "/api/v1/learners/" + lucas, trainerSession, null, 404);
        api.expect("GET", "/api/v1/establishments/" + establishment + "/classes", trainerSession, null, 403);

        // Lost link: the teacher sends a new one; the old link and its session stop working.
        JsonNode second = api.expect("POST", "/api/v1/trainers/" + trainer + "/links", teacher, "{\"grant\":\"learner:" + chloe + "\"}", 201);
        api.expect("POST", "/api/v1/sessions/trainer-link", null, "{\"token\":\"" + token + "\"}", 401);
        api.expect("GET", "/api/v1/learners/" + chloe, trainerSession, null, 401);
        MimeMessage secondMail = awaitMailsTo("anne.dupre@entreprise.example", 2).get(1);
        api.awaitSent(teacher, trainer, second.get("id").asLong());

        // Stolen link: invalidated at once.
        api.expect("DELETE", "/api/v1/trainer-links/" + second.get("id").asLong(), teacher, null, 200);
        String secondToken = tokenIn(secondMail);
        api.expect("POST", "/api/v1/sessions/trainer-link", null, "{\"token\":\"" + secondToken + "\"}", 401);

        // A learner's record of another establishment cannot be granted.
        api.expect("POST", "/api/v1/trainers/" + trainer + "/links", teacher, "{\"grant\":\"learner:999999\"}", 400);
        api.expect("POST", "/api/v1/trainers/" + trainer + "/links", api.signIn("lea.petit", PASSWORD), "{\"grant\":\"learner:" + chloe + "\"}", 403);

        JsonNode audit = api.expect("GET", "/api/v1/audit?establishmentId=" + establishment, api.signIn("ddfpt", PASSWORD), null, 200);
        assertTrue(audit.toString().contains("TRAINER_LINK_ISSUED") && audit.toString().contains("TRAINER_LINK_REVOKED"));
        assertEquals("each e-mail once", 2, mailsTo("anne.dupre@entreprise.example").size());
    }

    @Test
    public void withTheSmtpServerDownTheLinkIsIssuedAndItsEmailArrivesOnceTheServerIsBack() throws Exception {
        Api api = platform.api();
        String teacher = api.signIn("prof.melec", PASSWORD);
        long establishment = api.expect("GET", "/api/v1/me", teacher, null, 200).get("establishment").get("id").asLong();
        JsonNode learners = api.expect("GET", "/api/v1/establishments/" + establishment + "/learners", teacher, null, 200);
        long lucas = Api.idWhere(learners, "login", "lucas.bonnet");
        long chloe = Api.idWhere(learners, "login", "chloe.girard");
        long leo = api.expect("POST", "/api/v1/establishments/" + establishment + "/trainers", teacher,
                "{\"familyName\":\"Martin\",\"firstName\":\"Léo\",\"email\":\"leo.martin@entreprise.example\"}", 201).get("id").asLong();
        long zoe = api.expect("POST", "/api/v1/establishments/" + establishment + "/trainers", teacher,
                "{\"familyName\":\"Bernard\",\"firstName\":\"Zoé\",\"email\":\"zoe.bernard@entreprise.example\"}", 201).get("id").asLong();

        JsonNode lost;
        JsonNode replacement;
        JsonNode other;
        smtp.stop();
        try {
            // The server is down: the link is issued and stored all the same, its e-mail queued.
            lost = api.expect("POST", "/api/v1/trainers/" + leo + "/links", teacher, "{\"grant\":\"learner:" + lucas + "\"}", 201);
            assertEquals("QUEUED", lost.get("delivery").asText());
            JsonNode stored = api.expect("GET", "/api/v1/trainers/" + leo + "/links", teacher, null, 200);
            assertEquals(1, stored.size());
            assertEquals(lost.get("id").asLong(), stored.get(0).get("id").asLong());

            // The queue tries, fails, and plans another attempt, saying why.
            JsonNode retrying = api.awaitLink(teacher, leo, lost.get("id").asLong(), l -> "RETRYING".equals(l.get("delivery").asText()),
                    DEADLINE_MS, "a failed attempt recorded");
            assertTrue(retrying.toString(), retrying.get("attempts").asInt() >= 1);
            assertEquals("SERVER_UNREACHABLE", retrying.get("errorReason").asText());
            assertTrue(retrying.toString(), retrying.get("lastError").asText().contains("127.0.0.1:" + port));
            assertTrue(retrying.hasNonNull("nextAttemptAt"));
            assertFalse(retrying.hasNonNull("sentAt"));

            // Meanwhile the teacher issues a new link (the first is revoked): its e-mail is cancelled, never sent.
            replacement = api.expect("POST", "/api/v1/trainers/" + leo + "/links", teacher, "{\"grant\":\"learner:" + lucas + "\"}", 201);
            other = api.expect("POST", "/api/v1/trainers/" + zoe + "/links", teacher, "{\"grant\":\"learner:" + chloe + "\"}", 201);
            JsonNode cancelled = api.awaitLink(teacher, leo, lost.get("id").asLong(), l -> true, DEADLINE_MS, "the first link listed");
            assertEquals("CANCELLED", cancelled.get("delivery").asText());
            assertTrue(cancelled.hasNonNull("revokedAt"));
        } finally {
            smtp = smtpServer();
        }

        // The server is back: each waiting e-mail leaves at its next attempt, once.
        JsonNode leoSent = api.awaitSent(teacher, leo, replacement.get("id").asLong());
        JsonNode zoeSent = api.awaitSent(teacher, zoe, other.get("id").asLong());
        assertEquals("SMTP", leoSent.get("transport").asText());
        assertTrue(leoSent.hasNonNull("sentAt"));
        assertTrue(zoeSent.get("attempts").asInt() >= 1);
        List<MimeMessage> toLeo = awaitMailsTo("leo.martin@entreprise.example", 1);
        List<MimeMessage> toZoe = awaitMailsTo("zoe.bernard@entreprise.example", 1);
        assertEquals("nothing lost, nothing twice", 1, toLeo.size());
        assertEquals(1, toZoe.size());
        assertEquals("the replaced link's e-mail stays cancelled", "CANCELLED",
                api.awaitLink(teacher, leo, lost.get("id").asLong(), l -> true, DEADLINE_MS, "listed").get("delivery").asText());

        // The link that arrived works, and grants what it says.
        String session = Api.parse(api.send("POST", "/api/v1/sessions/trainer-link", null, "{\"token\":\"" + tokenIn(toLeo.get(0)) + "\"}", null))
                .get("token").asText();
        assertEquals("Lucas", api.expect("GET", "/api/v1/learners/" + lucas, session, null, 200).get("firstName").asText());
        api.expect("GET", "/api/v1/learners/" + chloe, session, null, 404);
        assertTrue(decodedBody(toZoe.get(0)).contains("Chloé GIRARD"));
        // Both are recorded SENT: no attempt is left to make, so these counts are final.
        assertEquals(1, mailsTo("leo.martin@entreprise.example").size());
        assertEquals(1, mailsTo("zoe.bernard@entreprise.example").size());
    }

    /** The messages the current SMTP server received for this address. */
    private static List<MimeMessage> mailsTo(String address) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            for (Address to : message.getAllRecipients()) {
                if (to instanceof InternetAddress internet && address.equalsIgnoreCase(internet.getAddress())) {
                    found.add(message);
                }
            }
        }
        return found;
    }

    /** Waits (bounded) until at least {@code count} messages for the address have arrived; returns them in order. */
    private static List<MimeMessage> awaitMailsTo(String address, int count) throws Exception {
        long deadline = System.currentTimeMillis() + DEADLINE_MS;
        while (true) {
            List<MimeMessage> found = mailsTo(address);
            if (found.size() >= count) {
                return found;
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("Not within " + DEADLINE_MS + " ms: " + count + " e-mail(s) to " + address + "; got " + found.size());
            }
            smtp.waitForIncomingEmail(500, smtp.getReceivedMessages().length + 1);
        }
    }

    private static String decodedBody(MimeMessage mail) throws Exception {
        String body = GreenMailUtil.getBody(mail).replace("=\r\n", "");
        return new String(javax.mail.internet.MimeUtility.decode(new java.io.ByteArrayInputStream(body.getBytes(StandardCharsets.US_ASCII)),
                "quoted-printable").readAllBytes(), StandardCharsets.UTF_8);
    }

    private static String tokenIn(MimeMessage mail) throws Exception {
        String body = GreenMailUtil.getBody(mail).replace("=\r\n", "");
        Matcher url = Pattern.compile("/#/acces/([A-Za-z0-9_-]{43})").matcher(body);
        assertTrue(body, url.find());
        return url.group(1);
    }
}
