package org.passerelle.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.passerelle.core.periods.PeriodService;

/** Annexes, periods, placements and liaison sheets in the assembled distribution, on the sample data. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PeriodsIT {

    /** The platform's database, to look for rows pointing at nothing after every scenario (issue 8). */
    @Inject
    @Filter(value = "(osgi.jndi.service.name=passerelle)", timeout = 120_000)
    private javax.sql.DataSource database;

    @org.junit.After
    public void noOrphans() throws Exception {
        Orphans.assertNone(database);
    }

    private static final String HTTP_PORT = "18195";
    private static final String PASSWORD = "passerelle-demo";

    @Inject
    @Filter(timeout = 120_000)
    private PeriodService periodService;


    private final Api api = new Api("http://127.0.0.1:" + HTTP_PORT);

    @Configuration
    public Option[] configuration() {
        return Exam.distribution(HTTP_PORT, true);
    }

    @Test
    public void aPeriodIsPreparedFromAnAnnexAndItsLiaisonSheetsFollowUnlessIndividualised() throws Exception {
        api.waitForHealth(120_000);
        String teacher = api.signIn("prof.melec", PASSWORD);
        long establishment = api.expect("GET", "/api/v1/me", teacher, null, 200).get("establishment").get("id").asLong();
        String e = "/api/v1/establishments/" + establishment;
        long level = Api.idWhere(api.expect("GET", e + "/class-levels", teacher, null, 200), "referentialCode", "MELEC");
        JsonNode learners = api.expect("GET", e + "/learners", teacher, null, 200);
        long chloe = Api.idWhere(learners, "login", "chloe.girard");
        long lucas = Api.idWhere(learners, "login", "lucas.bonnet");
        long yanis = Api.idWhere(learners, "login", "yanis.fontaine");

        // The annex: objectives and planned tasks taken from the referential, its version pinned.
        String annexBody = "{\"classLevelId\":" + level + ",\"name\":\"Annexe 1re MELEC\",\"objectives\":[\"Réaliser un câblage en autonomie\","
                + "\"Communiquer avec le client\"],\"tasks\":[\"T1-1\",\"T2-3\"]}";
        JsonNode annex = api.expect("POST", e + "/annexes", teacher, annexBody, 201);
        assertEquals("MELEC", annex.get("referentialCode").asText());
        assertEquals("1.0", annex.get("referentialVersion").asText());
        JsonNode unknownTask = api.expect("POST", e + "/annexes", teacher, annexBody.replace("\"T2-3\"", "\"Z9-9\""), 400);
        assertEquals("tasks[1]", unknownTask.get("field").asText());
        assertEquals("urn:passerelle:problem:unknown-task", unknownTask.get("type").asText());

        // A period only from an annex; dates the right way round; learners of this establishment only.
        String periodBody = "{\"name\":\"PFMP 1\",\"kind\":\"PERIOD_1\",\"startDate\":\"2027-01-04\",\"endDate\":\"2027-01-29\",\"learnerIds\":["
                + chloe + "," + lucas + "]}";
        String periods = "/api/v1/annexes/" + annex.get("id").asLong() + "/periods";
        int periodsBefore = api.expect("GET", e + "/periods", teacher, null, 200).size();
        assertEquals("endDate", api.expect("POST", periods, teacher, periodBody.replace("2027-01-29", "2026-12-20"), 400).get("field").asText());
        assertEquals("learnerIds", api.expect("POST", periods, teacher, periodBody.replace("[" + chloe, "[" + otherEstablishmentsLearner()), 400)
                .get("field").asText());
        assertEquals("no half-written period", periodsBefore, api.expect("GET", e + "/periods", teacher, null, 200).size());
        JsonNode period = api.expect("POST", periods, teacher, periodBody, 201);
        long periodId = period.get("id").asLong();
        assertEquals(annex.get("objectives"), period.get("objectives"));
        assertEquals(2, period.get("learnerIds").size());

        JsonNode placements = api.expect("GET", "/api/v1/periods/" + periodId + "/placements", teacher, null, 200);
        assertEquals(2, placements.size());
        long chloePlacement = Api.placementOf(placements, chloe);
        long lucasPlacement = Api.placementOf(placements, lucas);
        assertEquals(annex.get("tasks"), api.expect("GET", "/api/v1/placements/" + chloePlacement, teacher, null, 200).get("tasks"));

        // Editing the period never changes the annex; sheets not individualised follow.
        period = api.expect("PUT", "/api/v1/periods/" + periodId + "/objectives", teacher,
                "{\"objectives\":[\"Réaliser un câblage en autonomie\",\"Mettre en service\"],\"version\":" + period.get("version").asInt() + "}", 200);
        assertEquals("Mettre en service", api.expect("GET", "/api/v1/placements/" + chloePlacement, teacher, null, 200).get("objectives").get(1).asText());
        JsonNode annexNow = null;
        for (JsonNode a : api.expect("GET", e + "/annexes", teacher, null, 200)) {
            if (a.get("id").asLong() == annex.get("id").asLong()) {
                annexNow = a;
            }
        }
        assertEquals("the annex is untouched", annex.get("objectives"), annexNow.get("objectives"));

        // Individualised sheets keep their content and say they differ; re-aligning brings them back.
        JsonNode lucasSheet = api.expect("GET", "/api/v1/placements/" + lucasPlacement, teacher, null, 200);
        lucasSheet = api.expect("PUT", "/api/v1/placements/" + lucasPlacement + "/individualisation", teacher,
                "{\"objectives\":[\"Objectif adapté à Lucas\"],\"tasks\":[\"T1-1\"],\"version\":" + lucasSheet.get("version").asInt() + "}", 200);
        assertTrue(lucasSheet.get("individualised").asBoolean());
        period = api.expect("PUT", "/api/v1/periods/" + periodId + "/activities", teacher,
                "{\"tasks\":[\"T1-1\",\"T3-1\"],\"version\":" + period.get("version").asInt() + "}", 200);
        assertEquals("[\"T1-1\",\"T3-1\"]", api.expect("GET", "/api/v1/placements/" + chloePlacement, teacher, null, 200).get("tasks").toString());
        lucasSheet = api.expect("GET", "/api/v1/placements/" + lucasPlacement, teacher, null, 200);
        assertEquals("[\"T1-1\"]", lucasSheet.get("tasks").toString());
        assertTrue(lucasSheet.get("differsFromPeriod").asBoolean());
        JsonNode stale = api.expect("PUT", "/api/v1/periods/" + periodId + "/activities", teacher, "{\"tasks\":[],\"version\":0}", 409);
        assertEquals("[\"T1-1\",\"T3-1\"]", stale.get("current").get("tasks").toString());
        lucasSheet = api.expect("POST", "/api/v1/placements/" + lucasPlacement + "/realign", teacher, "{\"version\":" + lucasSheet.get("version").asInt() + "}", 200);
        assertFalse(lucasSheet.get("individualised").asBoolean());
        assertEquals(period.get("tasks"), lucasSheet.get("tasks"));

        // The learner fills the place of their own sheet, and sees nobody else's.
        String learner = api.signIn("chloe.girard", PASSWORD);
        JsonNode sheet = api.expect("GET", "/api/v1/placements/" + chloePlacement, learner, null, 200);
        String place = "{\"companyName\":\"Élec Rhône SARL\",\"sector\":\"Bâtiment\",\"service\":\"Chantiers\",\"address\":\"3 quai Perrache, Lyon\","
                + "\"phone\":\"04 00 00 00 00\",\"tutorName\":\"Anne Dupré\",\"tutorFunction\":\"Cheffe d'équipe\",\"tutorPhone\":\"06 00 00 00 00\","
                + "\"tutorEmail\":\"anne.dupre@entreprise.example\",\"version\":" + sheet.get("version").asInt() + "}";
        assertEquals("companyName", api.expect("PUT", "/api/v1/placements/" + chloePlacement + "/place", learner,
                place.replace("\"Élec Rhône SARL\"", "\"\""), 400).get("field").asText());
        assertEquals("Élec Rhône SARL", api.expect("PUT", "/api/v1/placements/" + chloePlacement + "/place", learner, place, 200)
                .get("place").get("companyName").asText());
        api.expect("GET", "/api/v1/placements/" + lucasPlacement, learner, null, 404);
        api.expect("PUT", "/api/v1/placements/" + chloePlacement + "/individualisation", learner, "{\"objectives\":[],\"tasks\":[],\"version\":1}", 403);
        api.expect("GET", "/api/v1/periods/" + periodId + "/placements", learner, null, 403);

        // Learners taken off lose their placement; an apprentice added may have his sheet adjusted by his master.
        period = api.expect("PUT", "/api/v1/periods/" + periodId + "/learners", teacher,
                "{\"learnerIds\":[" + chloe + "," + yanis + "],\"version\":" + period.get("version").asInt() + "}", 200);
        api.expect("GET", "/api/v1/placements/" + lucasPlacement, teacher, null, 404);
        long yanisPlacement = Api.placementOf(api.expect("GET", "/api/v1/periods/" + periodId + "/placements", teacher, null, 200), yanis);
        String master = api.signIn("maitre.lefebvre", PASSWORD);
        api.expect("GET", "/api/v1/placements/" + chloePlacement, master, null, 404);
        JsonNode yanisSheet = api.expect("GET", "/api/v1/placements/" + yanisPlacement, master, null, 200);
        assertTrue(api.expect("PUT", "/api/v1/placements/" + yanisPlacement + "/individualisation", master,
                "{\"objectives\":[\"Poser un tableau\"],\"tasks\":[\"T2-3\"],\"version\":" + yanisSheet.get("version").asInt() + "}", 200)
                .get("individualised").asBoolean());
        assertEquals("Élec Rhône SARL", api.expect("GET", "/api/v1/placements/" + chloePlacement, teacher, null, 200).get("place").get("companyName").asText());

        // The pupil's tutor: created from the liaison sheet's details, sent a link that opens this sheet and nothing else.
        assertEquals("urn:passerelle:problem:apprentice-has-master", api.expect("POST", "/api/v1/placements/" + yanisPlacement + "/tutor", teacher,
                "{\"familyName\":\"X\",\"firstName\":\"Y\",\"email\":\"x@entreprise.example\"}", 400).get("type").asText());
        api.expect("POST", "/api/v1/placements/" + chloePlacement + "/tutor/link", teacher, null, 400);
        JsonNode withTutor = api.expect("POST", "/api/v1/placements/" + chloePlacement + "/tutor", teacher,
                "{\"familyName\":\"Dupré\",\"firstName\":\"Anne\",\"email\":\"anne.dupre@entreprise.example\"}", 201);
        assertEquals("anne.dupre@entreprise.example", withTutor.get("tutor").get("email").asText());
        JsonNode link = api.expect("POST", "/api/v1/placements/" + chloePlacement + "/tutor/link", teacher, null, 201);
        assertEquals("placement:" + chloePlacement, link.get("grant").asText());
        assertEquals("queued with the link, written to the outbox after the commit", "QUEUED", link.get("delivery").asText());
        assertEquals("OUTBOX", api.awaitSent(teacher, withTutor.get("tutor").get("id").asLong(), link.get("id").asLong()).get("transport").asText());
        String mail = ContainerFiles.newestOutboxMail();
        assertTrue(mail, mail.contains("PFMP 1"));
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("/#/acces/([A-Za-z0-9_-]{43})").matcher(mail);
        assertTrue(mail, token.find());
        String tutor = Api.parse(api.send("POST", "/api/v1/sessions/trainer-link", null, "{\"token\":\"" + token.group(1) + "\"}", null))
                .get("token").asText();
        assertEquals("Élec Rhône SARL", api.expect("GET", "/api/v1/placements/" + chloePlacement, tutor, null, 200).get("place").get("companyName").asText());
        api.expect("GET", "/api/v1/placements/" + yanisPlacement, tutor, null, 404);
        api.expect("GET", "/api/v1/learners/" + chloe, tutor, null, 404);
        api.expect("GET", "/api/v1/periods/" + periodId, tutor, null, 404);
        api.expect("PUT", "/api/v1/placements/" + chloePlacement + "/place", tutor, place, 403);
        // Issue 11: the tutor reads the learner's sheets of that placement, writes none.
        api.expect("GET", "/api/v1/placements/" + chloePlacement + "/sheets", tutor, null, 200);
        api.expect("POST", "/api/v1/placements/" + chloePlacement + "/sheets", tutor, "{\"title\":\"Pas au tuteur\"}", 403);
        JsonNode seenByTutor = api.expect("GET", "/api/v1/placements/" + chloePlacement, tutor, null, 200);
        assertEquals("the sheet names its period for a tutor who cannot read the period", "PFMP 1", seenByTutor.get("periodName").asText());
        assertEquals("MELEC", seenByTutor.get("referentialCode").asText());
        assertFalse(seenByTutor.get("apprentice").asBoolean());
        assertTrue(api.expect("GET", "/api/v1/placements/" + yanisPlacement, teacher, null, 200).get("apprentice").asBoolean());

        // Only the referent teacher (or the DDFPT) creates the tutor; a new tutor ends the former one's access.
        String notReferent = api.signIn("prof.mspc", PASSWORD);
        assertEquals("urn:passerelle:problem:not-referent-teacher", api.expect("POST", "/api/v1/placements/" + chloePlacement + "/tutor", notReferent,
                "{\"familyName\":\"Autre\",\"firstName\":\"Tuteur\",\"email\":\"autre@entreprise.example\"}", 403).get("type").asText());
        String ddfpt = api.signIn("ddfpt", PASSWORD);
        JsonNode replaced = api.expect("POST", "/api/v1/placements/" + chloePlacement + "/tutor", ddfpt,
                "{\"familyName\":\"Nouveau\",\"firstName\":\"Tuteur\",\"email\":\"nouveau@entreprise.example\"}", 201);
        assertEquals("nouveau@entreprise.example", replaced.get("tutor").get("email").asText());
        assertEquals("the former tutor's session ended with their link", 401,
                api.send("GET", "/api/v1/placements/" + chloePlacement, tutor, null, null).statusCode());
        // One door per rule: the trainer-links endpoint cannot open this sheet to anyone but its tutor, not even its former tutor.
        long formerTutor = withTutor.get("tutor").get("id").asLong();
        assertEquals("urn:passerelle:problem:not-the-placement-tutor", api.expect("POST", "/api/v1/trainers/" + formerTutor + "/links", teacher,
                "{\"grant\":\"placement:" + chloePlacement + "\"}", 400).get("type").asText());
        api.expect("POST", "/api/v1/trainers/" + replaced.get("tutor").get("id").asLong() + "/links", teacher,
                "{\"grant\":\"placement:" + chloePlacement + "\"}", 201);
        JsonNode formerLinks = api.expect("GET", "/api/v1/trainers/" + formerTutor + "/links", teacher, null, 200);
        assertFalse(formerLinks.get(0).get("revokedAt").isNull());
        JsonNode newLink = api.expect("POST", "/api/v1/placements/" + chloePlacement + "/tutor/link", teacher, null, 201);
        api.awaitSent(teacher, replaced.get("tutor").get("id").asLong(), newLink.get("id").asLong());
        tutor = Api.parse(api.send("POST", "/api/v1/sessions/trainer-link", null, "{\"token\":\"" + ContainerFiles.newestToken() + "\"}", null)).get("token").asText();

        // Documents: the tutor downloads the attendance certificate; the teacher prints the period's pre-agreements.
        HttpResponse<byte[]> certificateResponse = api.send("GET", "/api/v1/placements/" + chloePlacement + "/attendance-certificate.pdf", tutor,
                null, null);
        // Issue 10, item 6: saved under the period and the learner's names, the French name in RFC 5987 form.
        assertEquals("inline; filename=\"Attestation PFMP 1 Chloe GIRARD.pdf\"; filename*=UTF-8''Attestation%20PFMP%201%20Chlo%C3%A9%20GIRARD.pdf",
                certificateResponse.headers().firstValue("Content-Disposition").orElse(""));
        String certificate = ContainerFiles.pdfText(certificateResponse);
        assertTrue(certificate, certificate.contains("Attestation de présence") && certificate.contains("Chloé GIRARD")
                && certificate.contains("Élec Rhône SARL") && certificate.contains("Durée totale") && certificate.contains("Adresse personnelle"));
        assertEquals(404, api.send("GET", "/api/v1/placements/" + yanisPlacement + "/attendance-certificate.pdf", tutor, null, null).statusCode());
        // An apprentice has neither document (issue 10, item 7): his contract stands for them.
        assertEquals("urn:passerelle:problem:no-agreement-for-apprentice", api.expect("GET", "/api/v1/placements/" + yanisPlacement
                + "/pre-agreement.pdf", teacher, null, 400).get("type").asText());
        assertEquals(403, api.send("GET", "/api/v1/periods/" + periodId + "/pre-agreements.pdf", learner, null, null).statusCode());
        String preAgreements = ContainerFiles.pdfText(api.send("GET", "/api/v1/periods/" + periodId + "/pre-agreements.pdf", teacher, null, null));
        for (String expected : new String[] {"Pré-convention", "Chloé GIRARD", "Réaliser un câblage en autonomie", "T3-1",
                "Réaliser les vérifications", "Élec Rhône SARL", "à compléter", "Horaires journaliers", "Modalités de concertation",
                "procédure de dérogation", "Modalités d'évaluation"}) {
            assertTrue("pre-agreements lack " + expected + ":\n" + preAgreements, preAgreements.contains(expected));
        }
        assertFalse("the apprentice has no pre-agreement:\n" + preAgreements, preAgreements.contains("Yanis FONTAINE"));
    }

    @Test
    public void aDeletedPeriodsSheetsGoToTheFreeSheetsAndComeBackOnRestoreAndATakenIntoAccountReviewLocksItsPeriod() throws Exception {
        api.waitForHealth(120_000);
        String teacher = api.signIn("prof.melec", PASSWORD);
        JsonNode me = api.expect("GET", "/api/v1/me", teacher, null, 200);
        long establishment = me.get("establishment").get("id").asLong();
        String e = "/api/v1/establishments/" + establishment;
        long level = Api.idWhere(api.expect("GET", e + "/class-levels", teacher, null, 200), "referentialCode", "MELEC");
        JsonNode learners = api.expect("GET", e + "/learners", teacher, null, 200);
        long chloe = Api.idWhere(learners, "login", "chloe.girard");
        long lucas = Api.idWhere(learners, "login", "lucas.bonnet");
        long annex = api.expect("POST", e + "/annexes", teacher, "{\"classLevelId\":" + level + ",\"name\":\"Annexe PFMP 2\",\"objectives\":[\"Mettre en service\"],"
                + "\"tasks\":[\"T3-1\"]}", 201).get("id").asLong();
        JsonNode period = api.expect("POST", "/api/v1/annexes/" + annex + "/periods", teacher, "{\"name\":\"PFMP 2\",\"kind\":\"PERIOD_2\","
                + "\"startDate\":\"2027-03-01\",\"endDate\":\"2027-03-26\",\"learnerIds\":[" + chloe + "," + lucas + "]}", 201);
        long periodId = period.get("id").asLong();
        long chloePlacement = Api.placementOf(api.expect("GET", "/api/v1/periods/" + periodId + "/placements", teacher, null, 200), chloe);

        // A sheet of Chloé's, counted in both views.
        String learner = api.signIn("chloe.girard", PASSWORD);
        api.expect("POST", "/api/v1/placements/" + chloePlacement + "/sheets", learner, "{\"title\":\"Câblage d'un tableau\"}", 201);
        api.expect("POST", "/api/v1/placements/" + chloePlacement + "/sheets", teacher, "{\"title\":\"Pas à l'enseignant\"}", 403);
        assertEquals(2, JsonLists.placementNode(api.expect("GET", "/api/v1/periods/" + periodId + "/placements", teacher, null, 200), chloe).get("sheetCount").asInt());
        api.expect("POST", "/api/v1/placements/" + chloePlacement + "/sheets", learner, "{\"title\":\"Mise en service\"}", 201);
        JsonNode sheets = api.expect("GET", "/api/v1/placements/" + chloePlacement + "/sheets", learner, null, 200);
        assertEquals("[\"Fiche activité 1\",\"Câblage d'un tableau\",\"Mise en service\"]", JsonLists.texts(sheets, "title"));
        assertEquals(3, api.expect("GET", "/api/v1/placements/" + chloePlacement + "/sheets", teacher, null, 200).size());
        long lucasPlacement = Api.placementOf(api.expect("GET", "/api/v1/periods/" + periodId + "/placements", teacher, null, 200), lucas);
        api.expect("GET", "/api/v1/placements/" + chloePlacement + "/sheets", api.signIn("lucas.bonnet", PASSWORD), null, 404);
        JsonNode counted = api.expect("GET", "/api/v1/periods/" + periodId + "/placements", teacher, null, 200);
        assertEquals(3, JsonLists.placementNode(counted, chloe).get("sheetCount").asInt());
        assertEquals(1, JsonLists.placementNode(counted, lucas).get("sheetCount").asInt());
        // Issue 11: a layout of activity sheets starts with one, made with the placement (guide 001).
        assertEquals("[\"Fiche activité 1\"]", JsonLists.texts(api.expect("GET", "/api/v1/placements/" + lucasPlacement + "/sheets", teacher, null, 200),
                "title"));
        JsonNode chloesPeriods = api.expect("GET", "/api/v1/learners/" + chloe + "/periods", learner, null, 200);
        assertEquals(3, JsonLists.byField(chloesPeriods, "placementId", chloePlacement).get("sheetCount").asInt());
        assertTrue(chloesPeriods.toString(), chloesPeriods.toString().contains("PFMP 2"));
        api.expect("GET", "/api/v1/learners/" + lucas + "/periods", learner, null, 404);

        // Deleting asks for confirmation, moves the sheets to the free-sheets folder, and can be undone.
        assertEquals("confirm", api.expect("DELETE", "/api/v1/periods/" + periodId, teacher, null, 400).get("field").asText());
        api.expect("DELETE", "/api/v1/periods/" + periodId + "?confirm=true", teacher, null, 204);
        api.expect("GET", "/api/v1/periods/" + periodId, teacher, null, 404);
        api.expect("GET", "/api/v1/placements/" + chloePlacement, learner, null, 404);
        JsonNode free = api.expect("GET", "/api/v1/learners/" + chloe + "/free-sheets", learner, null, 200);
        assertEquals("her two sheets; the untouched first one waits with the placement", 2, free.size());
        assertEquals("PFMP 2", free.get(0).get("formerPeriodName").asText());
        assertEquals(1, api.expect("GET", e + "/periods?deleted=true", teacher, null, 200).size());
        api.expect("POST", "/api/v1/periods/" + periodId + "/restore", teacher, null, 200);
        assertEquals("nothing lost: the sheet is back", 0, api.expect("GET", "/api/v1/learners/" + chloe + "/free-sheets", learner, null, 200).size());
        assertEquals(3, JsonLists.placementNode(api.expect("GET", "/api/v1/periods/" + periodId + "/placements", teacher, null, 200), chloe).get("sheetCount").asInt());

        // Taking a learner off: his placement goes, his sheets go to his free-sheets folder (nothing he wrote is lost).
        String lucasToken = api.signIn("lucas.bonnet", PASSWORD);
        api.expect("POST", "/api/v1/placements/" + lucasPlacement + "/sheets", lucasToken, "{\"title\":\"Relevé de mesures\"}", 201);
        int before = api.expect("GET", "/api/v1/periods/" + periodId, teacher, null, 200).get("version").asInt();
        assertEquals("a missing list is refused, never read as nobody", "learnerIds", api.expect("PUT", "/api/v1/periods/" + periodId + "/learners",
                teacher, "{\"version\":" + before + "}", 400).get("field").asText());
        JsonNode kept = api.expect("PUT", "/api/v1/periods/" + periodId + "/learners", teacher, "{\"version\":" + before + ",\"learnerIds\":[" + chloe + "]}", 200);
        assertEquals("the save raises the period's version", before + 1, kept.get("version").asInt());
        api.expect("GET", "/api/v1/placements/" + lucasPlacement, teacher, null, 404);
        JsonNode lucasFree = api.expect("GET", "/api/v1/learners/" + lucas + "/free-sheets", lucasToken, null, 200);
        assertEquals("his sheet; the untouched first one went with the placement", "[\"Relevé de mesures\"]", JsonLists.texts(lucasFree, "title"));
        assertEquals("PFMP 2", lucasFree.get(0).get("formerPeriodName").asText());

        // The lock: Chloé's company review met on 26 March, a finalised intermediate review on 1 April takes it into account.
        api.expect("PUT", "/api/v1/placements/" + chloePlacement + "/company-review", teacher,
                "{\"header\":{\"meetingDate\":\"2027-03-26\",\"version\":0}}", 200);
        period = api.expect("GET", "/api/v1/periods/" + periodId, teacher, null, 200);
        assertFalse(period.get("locked").asBoolean());
        assertEquals("a learner with a company review stays in the period", "urn:passerelle:problem:placement-has-review",
                api.expect("PUT", "/api/v1/periods/" + periodId + "/learners", teacher, "{\"version\":" + period.get("version").asInt()
                        + ",\"learnerIds\":[]}", 409).get("type").asText());
        period = api.expect("PUT", "/api/v1/periods/" + periodId + "/information", teacher, "{\"name\":\"PFMP 2 (mars)\",\"kind\":\"PERIOD_2\","
                + "\"startDate\":\"2027-03-01\",\"endDate\":\"2027-03-26\",\"version\":" + period.get("version").asInt() + "}", 200);
        api.finaliseIntermediateReview(teacher, chloe, "2027-04-01");
        period = api.expect("GET", "/api/v1/periods/" + periodId, teacher, null, 200);
        assertTrue(period.get("locked").asBoolean());
        JsonNode locked = api.expect("PUT", "/api/v1/periods/" + periodId + "/information", teacher, "{\"name\":\"Autre nom\",\"kind\":\"PERIOD_2\","
                + "\"startDate\":\"2027-03-01\",\"endDate\":\"2027-03-26\",\"version\":" + period.get("version").asInt() + "}", 409);
        assertEquals("urn:passerelle:problem:period-locked", locked.get("type").asText());
        api.expect("DELETE", "/api/v1/periods/" + periodId + "?confirm=true", teacher, null, 409);
        assertEquals("PFMP 2 (mars)", api.expect("GET", "/api/v1/periods/" + periodId, teacher, null, 200).get("name").asText());
        assertEquals("a review taken into account cannot change", "urn:passerelle:problem:review-taken-into-account",
                api.expect("PUT", "/api/v1/placements/" + chloePlacement + "/company-review", teacher,
                        "{\"header\":{\"meetingDate\":\"2027-03-20\",\"version\":1}}", 409).get("type").asText());

        // A review met after the last finalised intermediate review locks nothing.
        long other = api.expect("POST", "/api/v1/annexes/" + annex + "/periods", teacher, "{\"name\":\"Stage d'été\",\"kind\":\"OTHER\","
                + "\"startDate\":\"2027-06-01\",\"endDate\":\"2027-06-30\",\"learnerIds\":[" + chloe + "]}", 201).get("id").asLong();
        long summer = Api.placementOf(api.expect("GET", "/api/v1/periods/" + other + "/placements", teacher, null, 200), chloe);
        api.expect("PUT", "/api/v1/placements/" + summer + "/company-review", teacher, "{\"header\":{\"meetingDate\":\"2027-06-30\",\"version\":0}}",
                200);
        assertFalse(api.expect("GET", "/api/v1/periods/" + other, teacher, null, 200).get("locked").asBoolean());

        // The view by periods tells each period's learners and lock apart (read together, not one by one).
        JsonNode levelPeriods = api.expect("GET", e + "/periods?classLevelId=" + level, teacher, null, 200);
        JsonNode locked2 = JsonLists.byId(levelPeriods, periodId);
        JsonNode summerPeriod = JsonLists.byId(levelPeriods, other);
        assertTrue(locked2.get("locked").asBoolean());
        assertFalse(summerPeriod.get("locked").asBoolean());
        assertEquals("Chloé only: Lucas was taken off", "[" + chloe + "]", locked2.get("learnerIds").toString());
        assertEquals("[" + chloe + "]", summerPeriod.get("learnerIds").toString());
        assertTrue(api.expect("GET", "/api/v1/placements/" + chloePlacement, teacher, null, 200).get("locked").asBoolean());
        assertFalse(api.expect("GET", "/api/v1/placements/" + summer, teacher, null, 200).get("locked").asBoolean());
        JsonNode chloesNow = api.expect("GET", "/api/v1/learners/" + chloe + "/periods", learner, null, 200);
        assertEquals("PFMP 2 (mars)", JsonLists.byField(chloesNow, "placementId", chloePlacement).get("periodName").asText());
        assertTrue(JsonLists.byField(chloesNow, "placementId", chloePlacement).get("locked").asBoolean());
        assertFalse(JsonLists.byField(chloesNow, "placementId", summer).get("locked").asBoolean());
    }

    private long otherEstablishmentsLearner() throws Exception {
        String admin = api.signIn("admin", PASSWORD);
        long other = api.expect("POST", "/api/v1/establishments", admin, "{\"uai\":\"0130003C\",\"name\":\"Lycée C\"}", 201).get("id").asLong();
        String o = "/api/v1/establishments/" + other;
        long level = api.expect("POST", o + "/class-levels", admin, "{\"referentialCode\":\"MELEC\",\"year\":\"PREMIERE\",\"label\":\"1re MELEC\"}", 201)
                .get("id").asLong();
        long schoolClass = api.expect("POST", o + "/classes", admin, "{\"code\":\"1ELEC\",\"label\":\"1re ELEC\",\"classLevelId\":" + level + "}", 201)
                .get("id").asLong();
        return api.expect("POST", o + "/learners", admin, "{\"familyName\":\"AILLEURS\",\"firstName\":\"Max\",\"ine\":\"0000000066M\","
                + "\"birthDate\":\"2009-02-02\",\"status\":\"PUPIL\",\"classId\":" + schoolClass + "}", 201).get("id").asLong();
    }
}
