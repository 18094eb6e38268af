package org.passerelle.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ops4j.pax.exam.util.Filter;
import org.passerelle.core.followup.DocumentPage;
import org.passerelle.core.followup.FollowUpDocument;
import org.passerelle.core.referential.ReferentialRegistry;
import org.passerelle.documents.ExportFormat;
import org.passerelle.documents.PortfolioExports;
import org.passerelle.referential.model.Layout;
import org.passerelle.referential.model.LayoutKind;
import org.passerelle.referential.model.Page;
import org.passerelle.core.followup.FollowUpService;
import org.passerelle.core.security.Caller;
import org.passerelle.core.security.Role;

/**
 * The portfolio export (issue 11, item 10) from the distribution: a learner of 1re MSPC fills the company presentation
 * and two maintenance activities, one selected for export; the teacher and the learner download the ODT, DOCX and
 * PDF, read back: the company and the selected activity's work order are in, the other activity is not.
 * <p>
 * The pages are saved through the core's {@link FollowUpService} in the container.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PortfolioExportIT {

    private static final String HTTP_PORT = "18217";
    private static final String PASSWORD = "passerelle-demo";
    /** Two maintenance activities: the first selected for export, the second not. */
    private static final String ACTIVITIES = "{\"activitesMaintenance\": ["
            + "{\"titre\": \"Changement des ressorts de tension\", \"bonTravail\": {\"date\": \"2027-05-04\", \"machine\": \"Thermoformeuse TF-200\","
            + " \"demandeur\": \"M. Leroy\"}, \"selectionExport\": true},"
            + "{\"titre\": \"Graissage du convoyeur\", \"bonTravail\": {\"machine\": \"Convoyeur C-9\"}, \"selectionExport\": false}]}";

    @Inject
    private BundleContext context;

    @Inject
    @Filter(timeout = 120_000)
    private PortfolioExports exports;

    @Inject
    @Filter(timeout = 120_000)
    private ReferentialRegistry referentials;

    private final Api api = new Api("http://127.0.0.1:" + HTTP_PORT);

    @Configuration
    public Option[] configuration() {
        return Exam.distribution(HTTP_PORT, true);
    }

    private FollowUpService followUp() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        ServiceReference<FollowUpService> reference = context.getServiceReference(FollowUpService.class);
        while (reference == null && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
            reference = context.getServiceReference(FollowUpService.class);
        }
        assertTrue("FollowUpService is not registered by the core", reference != null);
        return context.getService(reference);
    }

    private static void save(FollowUpService followUp, Caller learner, long placement, String pageCode, String values) throws Exception {
        DocumentPage page = followUp.portfolio(learner, placement).pages().stream().filter(p -> p.page().code().equals(pageCode)).findFirst()
                .orElseThrow();
        followUp.savePortfolioPage(learner, placement, pageCode, Api.JSON.readTree(values), page.version());
    }

    /**
     * The documents bundle's export service inside Karaf, on the shipped MSPC layout: XDocReport (ODT, DOCX) and FOP
     * (PDF) run in the distribution, whether or not the core's follow-up service is there yet.
     */
    @Test
    public void theExportServiceWritesTheThreeFormatsInsideKaraf() throws Exception {
        api.waitForHealth(120_000);
        FollowUpDocument portfolio = mspcPortfolio(1);
        assertExported(OfficeFiles.text(exports.portfolioExport(portfolio, ExportFormat.ODT), OfficeFiles.ODT));
        assertExported(OfficeFiles.text(exports.portfolioExport(portfolio, ExportFormat.DOCX), OfficeFiles.DOCX));
        assertExported(ContainerFiles.pdfText(exports.portfolioExport(portfolio, ExportFormat.PDF)));
    }

    /** Inès's portfolio on the shipped MSPC layout: the company presentation and {@link #ACTIVITIES}. */
    private FollowUpDocument mspcPortfolio(long placement) throws Exception {
        String version = referentials.list().stream().filter(r -> r.code().equals("MSPC")).findFirst().orElseThrow().version();
        Layout layout = referentials.find("MSPC", version).orElseThrow().referential().portfolio().pupil();
        List<DocumentPage> pages = new ArrayList<>();
        for (Page page : layout.pages()) {
            String values = switch (page.code()) {
                case "presenterEntreprise" -> "{\"raisonSociale\": \"Fragrance Plus\", \"nombreEmployes\": 30}";
                case "presenterActivite" -> ACTIVITIES;
                default -> "{}";
            };
            pages.add(new DocumentPage(page, (ObjectNode) Api.JSON.readTree(values), 1, false, true, List.of(), null, Map.of(), false, false));
        }
        return new FollowUpDocument(placement, 1, "PFMP export", 1, "Inès MOREAU", LayoutKind.MAINTENANCE_PORTFOLIO, layout.title(),
                "MSPC", version, "Fragrance Plus", LocalDate.of(2027, 5, 3), LocalDate.of(2027, 5, 28), List.of(), pages, true, null);
    }

    /** A period of 1re MSPC with Inès MOREAU; her placement. */
    private long inesPlacement(String teacher, String periodName) throws Exception {
        long establishment = api.expect("GET", "/api/v1/me", teacher, null, 200).get("establishment").get("id").asLong();
        String e = "/api/v1/establishments/" + establishment;
        long level = Api.idWhere(api.expect("GET", e + "/class-levels", teacher, null, 200), "referentialCode", "MSPC");
        long ines = Api.idWhere(api.expect("GET", e + "/learners", teacher, null, 200), "familyName", "MOREAU");
        long annex = api.expect("POST", e + "/annexes", teacher, "{\"classLevelId\":" + level + ",\"name\":\"Annexe " + periodName
                + "\",\"objectives\":[],\"tasks\":[]}", 201).get("id").asLong();
        long period = api.expect("POST", "/api/v1/annexes/" + annex + "/periods", teacher, "{\"name\":\"" + periodName + "\",\"kind\":\"PERIOD_2\","
                + "\"startDate\":\"2027-05-03\",\"endDate\":\"2027-05-28\",\"learnerIds\":[" + ines + "]}", 201).get("id").asLong();
        return Api.placementOf(api.expect("GET", "/api/v1/periods/" + period + "/placements", teacher, null, 200), ines);
    }

    private static void assertExported(String text) {
        for (String expected : new String[] {"Portfolio de maintenance", "Fragrance Plus", "Nombre d'employé(s) 30",
                "Changement des ressorts de tension", "Date 04/05/2027", "Machine Thermoformeuse TF-200", "Demandeur M. Leroy"}) {
            assertTrue("the export lacks « " + expected + " »:\n" + text, text.contains(expected));
        }
        assertFalse("an activity not selected is exported:\n" + text, text.contains("Graissage du convoyeur") || text.contains("Convoyeur C-9"));
    }

    @Test
    public void theSelectedActivitiesAndTheCompanyAreExportedInThreeFormats() throws Exception {
        api.waitForHealth(120_000);
        FollowUpService followUp = followUp();
        String teacher = api.signIn("prof.mspc", PASSWORD);
        long establishment = api.expect("GET", "/api/v1/me", teacher, null, 200).get("establishment").get("id").asLong();
        String login = null;
        for (JsonNode l : api.expect("GET", "/api/v1/establishments/" + establishment + "/learners", teacher, null, 200)) {
            if (l.get("familyName").asText().equals("MOREAU")) {
                login = l.get("login").asText();
            }
        }
        long placement = inesPlacement(teacher, "PFMP service");
        String learnerToken = api.signIn(login, PASSWORD);
        long personId = api.expect("GET", "/api/v1/me", learnerToken, null, 200).get("id").asLong();
        Caller learner = new Caller(personId, login, Role.LEARNER, establishment);
        save(followUp, learner, placement, "presenterEntreprise", "{\"raisonSociale\": \"Fragrance Plus\", \"nombreEmployes\": 30}");
        save(followUp, learner, placement, "presenterActivite", ACTIVITIES);

        String base = "/api/v1/placements/" + placement + "/portfolio/export.";
        for (String caller : new String[] {teacher, learnerToken}) {
            String odt = OfficeFiles.text(api.send("GET", base + "odt", caller, null, null), OfficeFiles.ODT, "Portfolio%20PFMP%20service%20");
            String docx = OfficeFiles.text(api.send("GET", base + "docx", caller, null, null), OfficeFiles.DOCX, "Portfolio%20PFMP%20service%20");
            var pdfResponse = api.send("GET", base + "pdf", caller, null, null);
            assertTrue(pdfResponse.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment; filename=\"Portfolio PFMP service"));
            String pdf = ContainerFiles.pdfText(pdfResponse);
            assertExported(odt);
            assertExported(docx);
            assertExported(pdf);
        }
        assertEquals(401, api.send("GET", base + "docx", null, null, null).statusCode());
        assertEquals(404, api.send("GET", base + "docx", api.signIn("hugo.roux", PASSWORD), null, null).statusCode());
        assertEquals(404, api.send("GET", "/api/v1/placements/999999/portfolio/export.pdf", teacher, null, null).statusCode());
    }
}
