package org.passerelle.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import javax.inject.Inject;
import org.junit.After;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;

/**
 * The access table of the periods' endpoints: each endpoint × caller (anonymous, the platform administrator, a teacher,
 * another establishment's DDFPT, the learner who owns the placement, another learner, a master who is not theirs),
 * each row in the state where its refusal is the only right answer (README, Access rules).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PeriodsAccessIT {

    private static final String HTTP_PORT = "18197";
    private static final String PASSWORD = "passerelle-demo";

    /** The platform's database, to look for rows pointing at nothing after the scenario (issue 8). */
    @Inject
    @Filter(value = "(osgi.jndi.service.name=passerelle)", timeout = 120_000)
    private javax.sql.DataSource database;

    private final Api api = new Api("http://127.0.0.1:" + HTTP_PORT);

    @Configuration
    public Option[] configuration() {
        return Exam.distribution(HTTP_PORT, true);
    }

    @After
    public void noOrphans() throws Exception {
        Orphans.assertNone(database);
    }

    @Test
    public void everyPeriodEndpointChecksRoleEstablishmentAndOwnership() throws Exception {
        api.waitForHealth(120_000);
        String admin = api.signIn("admin", PASSWORD);
        String teacher = api.signIn("prof.melec", PASSWORD);
        long establishment = api.expect("GET", "/api/v1/me", teacher, null, 200).get("establishment").get("id").asLong();
        String e = "/api/v1/establishments/" + establishment;
        long level = Api.idWhere(api.expect("GET", e + "/class-levels", teacher, null, 200), "referentialCode", "MELEC");
        long chloe = Api.idWhere(api.expect("GET", e + "/learners", teacher, null, 200), "login", "chloe.girard");
        long annex = api.expect("POST", e + "/annexes", teacher, "{\"classLevelId\":" + level + ",\"name\":\"Annexe accès\",\"objectives\":[],\"tasks\":[]}", 201)
                .get("id").asLong();
        long period = api.expect("POST", "/api/v1/annexes/" + annex + "/periods", teacher, "{\"name\":\"Période accès\",\"kind\":\"PERIOD_2\","
                + "\"startDate\":\"2027-05-03\",\"endDate\":\"2027-05-28\",\"learnerIds\":[" + chloe + "]}", 201).get("id").asLong();
        long placement = Api.placementOf(api.expect("GET", "/api/v1/periods/" + period + "/placements", teacher, null, 200), chloe);
        long other = api.expect("POST", "/api/v1/establishments", admin, "{\"uai\":\"0310004D\",\"name\":\"Lycée D\"}", 201).get("id").asLong();
        JsonNode ddfptB = api.expect("POST", "/api/v1/establishments/" + other + "/people", admin,
                "{\"role\":\"DDFPT\",\"familyName\":\"AUTRE\",\"firstName\":\"Denise\",\"email\":\"d.autre@ac-exemple.fr\"}", 201);
        String[] callers = {null, admin, teacher, api.signIn(ddfptB.get("login").asText(), ddfptB.get("initialPassword").asText()),
            api.signIn("chloe.girard", PASSWORD), api.signIn("hugo.roux", PASSWORD), api.signIn("maitre.lefebvre", PASSWORD)};
        String[] names = {"anonymous", "ADMIN", "TEACHER_A", "DDFPT_B", "LEARNER_OWNER", "LEARNER_OTHER", "MASTER_OTHER"};
        // Issue 11: a sheet of the owner's, for the rows of /sheets/{id}.
        long sheetId = api.expect("POST", "/api/v1/placements/" + placement + "/sheets", callers[4], "{\"title\":\"Fiche accès\"}", 201)
                .get("id").asLong();
        String s = "/api/v1/sheets/" + sheetId;
        String yanis = "/api/v1/learners/" + Api.idWhere(api.expect("GET", e + "/learners", teacher, null, 200), "login", "yanis.fontaine");
        String a = "/api/v1/annexes/" + annex;
        String p = "/api/v1/periods/" + period;
        String pl = "/api/v1/placements/" + placement;
        String l = "/api/v1/learners/" + chloe;
        // Issue 11, item 8: a file on the owner's record.
        long file = uploadedBy(callers[4], chloe);
        // Issue 12: a school evaluation of the owner's class.
        long melecClass = Api.idWhere(api.expect("GET", e + "/classes", teacher, null, 200), "code", "1MELEC");
        String se = "/api/v1/school-evaluations/" + api.expect("POST", "/api/v1/school-evaluations", teacher, "{\"classId\":" + melecClass
                + ",\"title\":\"Évaluation accès\",\"date\":\"2027-01-12\",\"complexity\":\"DISCOVERY\",\"criteria\":[{\"competency\":\"C1\"}]}",
                201).get("id").asLong();
        String rv = "/api/v1/competency-reviews/" + api.expect("POST", l + "/competency-reviews", teacher, "{\"kind\":\"INTERMEDIATE\",\"date\":\"2027-06-01\"}",
                201).get("id").asLong();
        Object[][] cases = {
            // method, path, body,                 anonymous ADMIN TEACHER_A DDFPT_B OWNER OTHER MASTER
            {"GET", e + "/annexes", null, new int[] {401, 200, 200, 404, 403, 403, 403}},
            {"POST", e + "/annexes", "{}", new int[] {401, 400, 400, 404, 403, 403, 403}},
            {"PUT", a, "{}", new int[] {401, 400, 400, 404, 403, 403, 403}},
            {"POST", a + "/periods", "{}", new int[] {401, 400, 400, 404, 403, 403, 403}},
            {"GET", e + "/periods", null, new int[] {401, 200, 200, 404, 403, 403, 403}},
            {"GET", p, null, new int[] {401, 200, 200, 404, 200, 404, 404}},
            {"PUT", p + "/information", "{}", new int[] {401, 400, 400, 404, 403, 403, 403}},
            {"PUT", p + "/learners", "{}", new int[] {401, 400, 400, 404, 403, 403, 403}},
            {"PUT", p + "/objectives", "{}", new int[] {401, 400, 400, 404, 403, 403, 403}},
            {"PUT", p + "/activities", "{}", new int[] {401, 400, 400, 404, 403, 403, 403}},
            {"GET", p + "/placements", null, new int[] {401, 200, 200, 404, 403, 403, 403}},
            {"GET", p + "/pre-agreements.pdf", null, new int[] {401, 200, 200, 404, 403, 403, 403}},
            // Issue 10, item 6: what only the documents print, for the teaching team.
            {"GET", p + "/pre-agreement-terms", null, new int[] {401, 200, 200, 404, 403, 403, 403}},
            {"PUT", p + "/pre-agreement-terms", "{}", new int[] {401, 400, 400, 404, 403, 403, 403}},
            {"GET", pl + "/attendance", null, new int[] {401, 200, 200, 404, 403, 403, 403}},
            {"PUT", pl + "/attendance", "{}", new int[] {401, 400, 400, 404, 403, 403, 403}},
            {"DELETE", p, null, new int[] {401, 400, 400, 404, 403, 403, 403}},
            {"GET", pl, null, new int[] {401, 200, 200, 404, 200, 404, 404}},
            // The liaison sheet's company page: staff and the learner (a master adjusts objectives and tasks only).
            {"PUT", pl + "/place", "{}", new int[] {401, 400, 400, 404, 400, 404, 403}},
            // An empty JSON body: an anonymous caller is first told to sign in, a master that the action is not theirs,
            // another establishment's DDFPT and another learner that there is no such placement; the others that the
            // body is missing.
            {"PUT", pl + "/place", "", new int[] {401, 400, 400, 404, 400, 404, 403}},
            {"PUT", pl + "/place", "{oups", new int[] {401, 400, 400, 404, 400, 404, 403}},
            {"PUT", "/api/v1/periods/999999/information", "{oups", new int[] {401, 404, 404, 404, 403, 403, 403}},
            {"PUT", p + "/information", "{oups", new int[] {401, 400, 400, 404, 403, 403, 403}},
            // The master adjusts his own apprentice's liaison sheet with the referent teacher (DOMAIN.md).
            {"PUT", pl + "/individualisation", "{}", new int[] {401, 400, 400, 404, 403, 403, 404}},
            // Staff actions: any learner or master is refused for their role, before the placement is looked up.
            {"POST", pl + "/realign", "{}", new int[] {401, 400, 400, 404, 403, 403, 403}},
            {"POST", pl + "/tutor", "{}", new int[] {401, 400, 400, 404, 403, 403, 403}},
            {"POST", pl + "/tutor/link", null, new int[] {401, 400, 400, 404, 403, 403, 403}},
            // Issue 9: the same refusals for ids that do not exist, so that nothing tells a learner or a master
            // whether a record exists; and for a malformed body, which is not read before the role is judged.
            {"PUT", "/api/v1/placements/999999/individualisation", "{}", new int[] {401, 404, 404, 404, 403, 403, 404}},
            {"POST", "/api/v1/placements/999999/tutor", "{}", new int[] {401, 404, 404, 404, 403, 403, 403}},
            {"PUT", "/api/v1/periods/999999/information", "{}", new int[] {401, 404, 404, 404, 403, 403, 403}},
            {"GET", "/api/v1/periods/999999/pre-agreements.pdf", null, new int[] {401, 404, 404, 404, 403, 403, 403}},
            {"PUT", "/api/v1/annexes/999999", "{}", new int[] {401, 404, 404, 404, 403, 403, 403}},
            {"POST", pl + "/sheets", "{}", new int[] {401, 403, 403, 403, 400, 404, 403}},
            {"GET", pl + "/sheets", null, new int[] {401, 200, 200, 404, 200, 404, 404}},
            // The pre-agreement binds school, company and learner: never a company trainer's, whatever the placement.
            {"GET", pl + "/pre-agreement.pdf", null, new int[] {401, 200, 200, 404, 200, 404, 403}},
            {"GET", pl + "/pre-agreement.docx", null, new int[] {401, 200, 200, 404, 200, 404, 403}},
            {"GET", pl + "/attendance-certificate.pdf", null, new int[] {401, 200, 200, 404, 200, 404, 404}},
            {"GET", l + "/periods", null, new int[] {401, 200, 200, 404, 200, 404, 404}},
            {"GET", l + "/free-sheets", null, new int[] {401, 200, 200, 404, 200, 404, 404}},
            // Issue 11, the follow-up: whoever reads the placement reads it; the learner alone writes; staff (and the
            // apprentice's master) comment; staff link a sheet to the referential.
            {"GET", pl + "/portfolio", null, new int[] {401, 200, 200, 404, 200, 404, 404}},
            {"PUT", pl + "/portfolio/pages/contexte", "{}", new int[] {401, 403, 403, 403, 400, 404, 403}},
            {"POST", pl + "/portfolio/pages/contexte/comments", "{}", new int[] {401, 400, 400, 404, 403, 403, 404}},
            {"GET", pl + "/personal-review", null, new int[] {401, 200, 200, 404, 200, 404, 404}},
            {"PUT", pl + "/personal-review", "{}", new int[] {401, 403, 403, 403, 400, 404, 403}},
            {"PUT", pl + "/personal-review", "{oups", new int[] {401, 403, 403, 403, 400, 404, 403}},
            {"GET", s, null, new int[] {401, 200, 200, 404, 200, 404, 404}},
            {"PUT", s, "{}", new int[] {401, 403, 403, 403, 400, 404, 403}},
            {"DELETE", s, null, new int[] {401, 403, 403, 403, 400, 404, 403}},
            {"PUT", s + "/pages/fiche", "{}", new int[] {401, 403, 403, 403, 400, 404, 403}},
            {"PUT", s + "/pages/fiche", "{\"values\":{\"description\":42},\"version\":0}", new int[] {401, 403, 403, 403, 400, 404, 403}},
            {"PUT", s + "/referential-link", "{}", new int[] {401, 400, 400, 404, 403, 403, 403}},
            {"POST", s + "/comments", "{}", new int[] {401, 400, 400, 404, 403, 403, 404}},
            // The apprenticeship booklet of Yanis, the master's apprentice: everyone around him reads it, each writes their sections.
            {"GET", yanis + "/booklet", null, new int[] {401, 200, 200, 404, 404, 404, 200}},
            {"PUT", yanis + "/booklet/pages/visites", "{}", new int[] {401, 400, 400, 404, 404, 404, 403}},
            {"PUT", yanis + "/booklet/pages/progressionEntreprise", "{oups", new int[] {401, 400, 400, 404, 404, 404, 400}},
            {"GET", "/api/v1/sheets/999999", null, new int[] {401, 404, 404, 404, 404, 404, 404}},
            {"PUT", "/api/v1/sheets/999999/referential-link", "{}", new int[] {401, 404, 404, 404, 403, 403, 403}},
            {"PUT", "/api/v1/sheets/999999/pages/fiche", "{}", new int[] {401, 403, 403, 403, 404, 404, 403}},
            // Files: the learner and staff upload (a JSON body is no file: 400 once who calls is judged); readers as the learner's.
            {"POST", l + "/files", "{}", new int[] {401, 400, 400, 404, 400, 404, 403}},
            {"GET", l + "/files", null, new int[] {401, 200, 200, 404, 200, 404, 404}},
            {"GET", "/api/v1/files/" + file, null, new int[] {401, 200, 200, 404, 200, 404, 404}},
            {"GET", "/api/v1/files/" + file + "/meta", null, new int[] {401, 200, 200, 404, 200, 404, 404}},
            {"GET", "/api/v1/files/999999", null, new int[] {401, 404, 404, 404, 404, 404, 404}},
            {"POST", "/api/v1/learners/999999/files", "{}", new int[] {401, 404, 404, 404, 404, 404, 403}},
            // Issue 12: the company review is read by whoever reads the placement, filled by staff, the tutor and the
            // apprentice's master; school evaluations are the teaching team's; the dashboard is read as the learner's record.
            {"GET", pl + "/company-review", null, new int[] {401, 200, 200, 404, 200, 404, 404}},
            {"GET", pl + "/company-review/grid.pdf", null, new int[] {401, 200, 200, 404, 200, 404, 404}},
            {"PUT", pl + "/company-review", "{}", new int[] {401, 400, 400, 404, 403, 403, 404}},
            {"PUT", pl + "/company-review", "{oups", new int[] {401, 400, 400, 404, 403, 403, 404}},
            {"PUT", pl + "/company-review", "{\"results\":[{\"competency\":\"C1\",\"level\":\"EXCELLENT\",\"version\":0}]}",
                new int[] {401, 400, 400, 404, 403, 403, 404}},
            {"PUT", "/api/v1/placements/999999/company-review", "{}", new int[] {401, 404, 404, 404, 403, 403, 404}},
            {"GET", pl + "/attitudes-review", null, new int[] {401, 200, 200, 404, 200, 404, 404}},
            {"PUT", pl + "/attitudes-review", "{}", new int[] {401, 400, 400, 404, 403, 403, 404}},
            {"POST", "/api/v1/school-evaluations", "{}", new int[] {401, 400, 400, 400, 403, 403, 403}},
            {"GET", "/api/v1/school-evaluations?classId=" + melecClass, null, new int[] {401, 200, 200, 404, 403, 403, 403}},
            {"GET", se, null, new int[] {401, 200, 200, 404, 403, 403, 403}},
            {"PUT", se + "/results", "{}", new int[] {401, 400, 400, 404, 403, 403, 403}},
            {"PUT", se, "{}", new int[] {401, 400, 400, 404, 403, 403, 403}},
            {"PUT", se, "{oups", new int[] {401, 400, 400, 404, 403, 403, 403}},
            {"DELETE", se + "?version=999", null, new int[] {401, 409, 409, 404, 403, 403, 403}},
            {"DELETE", "/api/v1/school-evaluations/999999?version=0", null, new int[] {401, 404, 404, 404, 403, 403, 403}},
            {"GET", "/api/v1/school-evaluations/999999", null, new int[] {401, 404, 404, 404, 403, 403, 403}},
            {"GET", l + "/dashboard", null, new int[] {401, 200, 200, 404, 200, 404, 404}},
            {"GET", l + "/dashboard/activities", null, new int[] {401, 200, 200, 404, 200, 404, 404}},
            {"GET", yanis + "/dashboard", null, new int[] {401, 200, 200, 404, 404, 404, 200}},
            // Competency reviews: staff write intermediate ones (the master his apprentice's company-activity ones); a draft
            // is not the learner's to read yet; the DDFPT alone unlocks; the mark mapping is the DDFPT's.
            {"GET", l + "/competency-reviews", null, new int[] {401, 200, 200, 404, 200, 404, 404}},
            {"POST", l + "/competency-reviews", "{}", new int[] {401, 400, 400, 404, 403, 403, 404}},
            {"GET", rv, null, new int[] {401, 200, 200, 404, 404, 404, 404}},
            {"GET", rv + "/radar.svg", null, new int[] {401, 200, 200, 404, 404, 404, 404}},
            {"GET", rv + "/review.pdf", null, new int[] {401, 200, 200, 404, 404, 404, 404}},
            {"PUT", rv, "{}", new int[] {401, 400, 400, 404, 403, 403, 404}},
            {"POST", rv + "/finalisation", "{}", new int[] {401, 400, 400, 404, 403, 403, 404}},
            {"POST", rv + "/unlock", "{}", new int[] {401, 403, 403, 404, 403, 403, 403}},
            {"DELETE", rv + "?version=999", null, new int[] {401, 409, 409, 404, 403, 403, 404}},
            {"GET", "/api/v1/competency-reviews/999999", null, new int[] {401, 404, 404, 404, 404, 404, 404}},
            {"GET", e + "/mark-scale", null, new int[] {401, 200, 200, 404, 403, 403, 403}},
            {"GET", l + "/pfmp-synthesis", null, new int[] {401, 200, 200, 404, 200, 404, 404}},
            {"GET", l + "/pfmp-synthesis.pdf", null, new int[] {401, 200, 200, 404, 200, 404, 404}},
            {"GET", e + "/pfmp-synthesis?classLevelId=" + level, null, new int[] {401, 200, 200, 404, 403, 403, 403}},
            {"GET", e + "/pfmp-synthesis.pdf?classLevelId=" + level, null, new int[] {401, 200, 200, 404, 403, 403, 403}},
            {"GET", e + "/pfmp-synthesis", null, new int[] {401, 400, 400, 404, 403, 403, 403}},
            {"PUT", e + "/mark-scale", "{}", new int[] {401, 400, 403, 404, 403, 403, 403}},
        };
        java.util.List<String> failures = new java.util.ArrayList<>();
        for (Object[] c : cases) {
            int[] expected = (int[]) c[3];
            for (int i = 0; i < callers.length; i++) {
                HttpResponse<byte[]> response = api.send((String) c[0], (String) c[1], callers[i], (String) c[2], null);
                if (response.statusCode() != expected[i]) {
                    failures.add(c[0] + " " + c[1] + " as " + names[i] + ": expected " + expected[i] + ", got " + response.statusCode() + " "
                            + new String(response.body(), StandardCharsets.UTF_8));
                }
            }
        }
        // Restoring needs a deleted period, else every caller gets 404 and the row proves nothing: the refusals
        // first, then the teacher restores it.
        long deleted = api.expect("POST", "/api/v1/annexes/" + annex + "/periods", teacher, "{\"name\":\"Période supprimée\",\"kind\":\"OTHER\","
                + "\"startDate\":\"2027-06-01\",\"endDate\":\"2027-06-30\",\"learnerIds\":[" + chloe + "]}", 201).get("id").asLong();
        api.expect("DELETE", "/api/v1/periods/" + deleted + "?confirm=true", teacher, null, 204);
        int[] restoreRefusals = {401, -1, -1, 404, 403, 403, 403};
        for (int i = 0; i < callers.length; i++) {
            if (restoreRefusals[i] > 0) {
                HttpResponse<byte[]> response = api.send("POST", "/api/v1/periods/" + deleted + "/restore", callers[i], null, null);
                if (response.statusCode() != restoreRefusals[i]) {
                    failures.add("POST restore as " + names[i] + ": expected " + restoreRefusals[i] + ", got " + response.statusCode());
                }
            }
        }
        api.expect("POST", "/api/v1/periods/" + deleted + "/restore", teacher, null, 200);
        assertTrue(failures.size() + " refusals wrong:\n" + String.join("\n", failures), failures.isEmpty());
    }

    /**
     * A tutor reads what their link grants and downloads its attendance certificate, not its pre-agreement (issue 9,
     * item 5); nothing else of the period or of another placement, which answers like a missing one.
     */
    @Test
    public void aTutorDownloadsTheAttendanceCertificateOfTheirPlacementOnly() throws Exception {
        api.waitForHealth(120_000);
        String teacher = api.signIn("prof.mspc", PASSWORD);
        long establishment = api.expect("GET", "/api/v1/me", teacher, null, 200).get("establishment").get("id").asLong();
        String e = "/api/v1/establishments/" + establishment;
        long lea = Api.idWhere(api.expect("GET", e + "/learners", teacher, null, 200), "login", "lea.petit");
        long hugo = Api.idWhere(api.expect("GET", e + "/learners", teacher, null, 200), "login", "hugo.roux");
        long period = api.expect("GET", "/api/v1/learners/" + lea + "/periods", teacher, null, 200).get(0).get("periodId").asLong();
        JsonNode placements = api.expect("GET", "/api/v1/periods/" + period + "/placements", teacher, null, 200);
        long mine = Api.placementOf(placements, lea);
        long other = Api.placementOf(placements, hugo);
        JsonNode tutor = api.expect("POST", "/api/v1/placements/" + mine + "/tutor", teacher,
                "{\"familyName\":\"DOC\",\"firstName\":\"Théo\",\"email\":\"theo.doc@entreprise.example\"}", 201);
        JsonNode link = api.expect("POST", "/api/v1/placements/" + mine + "/tutor/link", teacher, null, 201);
        api.awaitSent(teacher, link.get("trainerId").asLong(), link.get("id").asLong());
        String session = api.openNewestOutboxLink();
        // Issue 11, items 7 and 8: the tutor reads the files the follow-up of their placement names, nothing else.
        long leasFile = uploadedBy(teacher, lea);
        long unnamed = uploadedBy(teacher, lea);
        long hugosFile = uploadedBy(teacher, hugo);
        String learner = api.signIn("lea.petit", PASSWORD);
        JsonNode annexes = null;
        for (JsonNode page : api.expect("GET", "/api/v1/placements/" + mine + "/portfolio", learner, null, 200).get("pages")) {
            annexes = "annexes".equals(page.get("page").get("code").asText()) ? page : annexes;
        }
        api.expect("PUT", "/api/v1/placements/" + mine + "/portfolio/pages/annexes", learner,
                "{\"version\":" + annexes.get("version").asInt() + ",\"values\":{\"fichiers\":[" + leasFile + "]}}", 200);
        JsonNode listed = api.expect("GET", "/api/v1/learners/" + lea + "/files", session, null, 200);
        assertEquals(listed.toString(), 1, listed.get("files").size());
        assertEquals(leasFile, listed.get("files").get(0).get("id").asLong());
        Object[][] cases = {
            {"/api/v1/learners/" + lea + "/files", 200},
            {"/api/v1/files/" + leasFile, 200},
            {"/api/v1/files/" + leasFile + "/meta", 200},
            {"/api/v1/files/" + unnamed, 404},
            {"/api/v1/files/" + unnamed + "/meta", 404},
            {"/api/v1/learners/" + hugo + "/files", 404},
            {"/api/v1/files/" + hugosFile, 404},
            {"/api/v1/placements/" + mine, 200},
            {"/api/v1/placements/" + mine + "/attendance-certificate.pdf", 200},
            {"/api/v1/placements/" + mine + "/pre-agreement.pdf", 403},
            {"/api/v1/placements/" + other + "/pre-agreement.pdf", 403},
            {"/api/v1/placements/999999/pre-agreement.pdf", 403},
            {"/api/v1/placements/" + other + "/attendance-certificate.pdf", 404},
            {"/api/v1/placements/999999/attendance-certificate.pdf", 404},
            {"/api/v1/periods/" + period + "/pre-agreements.pdf", 403},
            // Issue 11: the tutor reads the follow-up of that placement only.
            {"/api/v1/placements/" + mine + "/portfolio", 200},
            {"/api/v1/placements/" + mine + "/sheets", 200},
            {"/api/v1/placements/" + mine + "/personal-review", 200},
            {"/api/v1/placements/" + other + "/portfolio", 404},
            {"/api/v1/placements/" + other + "/sheets", 404},
            // Issue 12: a PERIOD_1 placement has no company review; the tutor reads the dashboard of that learner only.
            {"/api/v1/placements/" + mine + "/company-review", 400},
            {"/api/v1/placements/" + other + "/company-review", 404},
            {"/api/v1/learners/" + lea + "/dashboard", 200},
            {"/api/v1/learners/" + hugo + "/dashboard", 404},
        };
        java.util.List<String> failures = new java.util.ArrayList<>();
        for (Object[] c : cases) {
            HttpResponse<byte[]> response = api.send("GET", (String) c[0], session, null, null);
            if (response.statusCode() != (int) c[1]) {
                failures.add("GET " + c[0] + " as TUTOR: expected " + c[1] + ", got " + response.statusCode());
            }
        }
        HttpResponse<byte[]> upload = api.sendBytes("POST", "/api/v1/learners/" + lea + "/files", session, note(), "multipart/form-data; boundary=b");
        if (upload.statusCode() != 403) {
            failures.add("POST a file as TUTOR: expected 403, got " + upload.statusCode());
        }
        assertTrue(tutor.toString() + "\n" + String.join("\n", failures), failures.isEmpty());
    }

    /** A small text file attached to the learner's record (as a browser's FormData sends it); its id. */
    private long uploadedBy(String token, long learnerId) throws Exception {
        HttpResponse<byte[]> response = api.sendBytes("POST", "/api/v1/learners/" + learnerId + "/files", token, note(), "multipart/form-data; boundary=b");
        assertEquals(new String(response.body(), StandardCharsets.UTF_8), 201, response.statusCode());
        return Api.parse(response).get("id").asLong();
    }

    private static byte[] note() {
        return ("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"note.txt\"\r\nContent-Type: text/plain\r\n\r\n"
                + "Semaine 1 : accueil.\r\n--b--\r\n").getBytes(StandardCharsets.UTF_8);
    }
}
