package org.passerelle.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.mail.internet.MimeMessage;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * A teacher sends a company trainer their access link: a real SMTP conversation with GreenMail, then the
 * trainer opens the e-mailed link and sees what it grants and nothing else; reissue and revoke kill old links.
 */
public class TrainerLinkMailIT {

    private static final String PASSWORD = "passerelle-demo";
    private static GreenMail smtp;
    private static DistributionProcess platform;

    @BeforeClass
    public static void start() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        platform = new DistributionProcess("trainer-it", "18393")
                .configure("system.properties", "passerelle.sampleData", "true")
                .configure("org.passerelle.mail.cfg", "smtp.host", "127.0.0.1")
                .configure("org.passerelle.mail.cfg", "smtp.port", Integer.toString(port))
                .configure("org.passerelle.mail.cfg", "from", "Lycée Passerelle <no-reply@passerelle.invalid>");
        platform.start();
    }

    @AfterClass
    public static void stop() throws Exception {
        if (platform != null) {
            platform.stop();
        }
        if (smtp != null) {
            smtp.stop();
        }
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
        assertEquals("SMTP", link.get("delivery").asText());

        assertTrue("the e-mail arrives", smtp.waitForIncomingEmail(10_000, 1));
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertEquals("anne.dupre@entreprise.example", mail.getAllRecipients()[0].toString().replaceAll(".*<|>", ""));
        assertTrue(mail.getSubject(), mail.getSubject().contains("Lycée professionnel Passerelle"));
        String body = GreenMailUtil.getBody(mail).replace("=\r\n", "");
        String text = new String(javax.mail.internet.MimeUtility.decode(new java.io.ByteArrayInputStream(body.getBytes(StandardCharsets.US_ASCII)),
                "quoted-printable").readAllBytes(), StandardCharsets.UTF_8);
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
        assertTrue(smtp.waitForIncomingEmail(10_000, 2));

        // Stolen link: invalidated at once.
        api.expect("DELETE", "/api/v1/trainer-links/" + second.get("id").asLong(), teacher, null, 200);
        String secondToken = tokenIn(smtp.getReceivedMessages()[1]);
        api.expect("POST", "/api/v1/sessions/trainer-link", null, "{\"token\":\"" + secondToken + "\"}", 401);

        // A learner's record of another establishment cannot be granted.
        api.expect("POST", "/api/v1/trainers/" + trainer + "/links", teacher, "{\"grant\":\"learner:999999\"}", 400);
        api.expect("POST", "/api/v1/trainers/" + trainer + "/links", api.signIn("lea.petit", PASSWORD), "{\"grant\":\"learner:" + chloe + "\"}", 403);

        JsonNode audit = api.expect("GET", "/api/v1/audit?establishmentId=" + establishment, api.signIn("ddfpt", PASSWORD), null, 200);
        assertTrue(audit.toString().contains("TRAINER_LINK_ISSUED") && audit.toString().contains("TRAINER_LINK_REVOKED"));
    }

    @Test
    public void withTheSmtpServerDownNothingIsIssued() throws Exception {
        Api api = platform.api();
        String teacher = api.signIn("prof.melec", PASSWORD);
        long establishment = api.expect("GET", "/api/v1/me", teacher, null, 200).get("establishment").get("id").asLong();
        long lucas = Api.idWhere(api.expect("GET", "/api/v1/establishments/" + establishment + "/learners", teacher, null, 200), "login", "lucas.bonnet");
        long trainer = api.expect("POST", "/api/v1/establishments/" + establishment + "/trainers", teacher,
                "{\"familyName\":\"Martin\",\"firstName\":\"Léo\",\"email\":\"leo.martin@entreprise.example\"}", 201).get("id").asLong();
        smtp.stop();
        try {
            JsonNode problem = api.expect("POST", "/api/v1/trainers/" + trainer + "/links", teacher, "{\"grant\":\"learner:" + lucas + "\"}", 503);
            assertEquals("urn:passerelle:problem:mail-failed", problem.get("type").asText());
            assertEquals("no half-written link", 0, api.expect("GET", "/api/v1/trainers/" + trainer + "/links", teacher, null, 200).size());
        } finally {
            smtp.start();
        }
    }

    private static String tokenIn(MimeMessage mail) throws Exception {
        String body = GreenMailUtil.getBody(mail).replace("=\r\n", "");
        Matcher url = Pattern.compile("/#/acces/([A-Za-z0-9_-]{43})").matcher(body);
        assertTrue(body, url.find());
        return url.group(1);
    }


}
