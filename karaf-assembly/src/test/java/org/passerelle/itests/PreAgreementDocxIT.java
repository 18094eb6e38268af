package org.passerelle.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.passerelle.documents.RadarCharts;
import org.passerelle.documents.RadarSeries;

/**
 * The pre-agreement as an editable DOCX (guide 001; issue 11, item 10) from the distribution: XDocReport runs inside
 * Karaf, embedded in the documents bundle. The file is read back (word/document.xml), and refused to whom the PDF is.
 * The review radar too: JFreeChart, embedded in the same bundle, draws in Karaf (headless, AWT and Swing from the system
 * bundle).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PreAgreementDocxIT {

    private static final String HTTP_PORT = "18215";
    private static final String PASSWORD = "passerelle-demo";

    private final Api api = new Api("http://127.0.0.1:" + HTTP_PORT);

    @Inject
    @Filter(timeout = 120_000)
    private RadarCharts radarCharts;

    @Configuration
    public Option[] configuration() {
        return Exam.distribution(HTTP_PORT, true);
    }

    @Test
    public void theReviewRadarIsDrawnAsSvgInsideKaraf() {
        String svg = radarCharts.radarSvg(List.of("C1", "C2.3", "CC3.2"), List.of(new RadarSeries("Bilan du 12/01/2027", Arrays.asList(1, null, 3)),
                new RadarSeries("Bilan du 02/04/2027", List.of(2, 4, 3))), "Bilans intermédiaires");
        assertTrue(svg, svg.startsWith("<svg") && svg.contains("viewBox"));
        for (String expected : new String[] {">C2.3<", ">CC3.2<", ">Bilan du 12/01/2027<", ">Bilan du 02/04/2027<", ">NE<", ">Bilans intermédiaires<"}) {
            assertTrue("the SVG lacks « " + expected + " »:\n" + svg, svg.contains(expected));
        }
    }

    @Test
    public void theTeacherAndTheLearnerDownloadAnEditablePreAgreementThatOthersCannot() throws Exception {
        api.waitForHealth(120_000);
        String teacher = api.signIn("prof.melec", PASSWORD);
        long establishment = api.expect("GET", "/api/v1/me", teacher, null, 200).get("establishment").get("id").asLong();
        String e = "/api/v1/establishments/" + establishment;
        long level = Api.idWhere(api.expect("GET", e + "/class-levels", teacher, null, 200), "referentialCode", "MELEC");
        JsonNode learners = api.expect("GET", e + "/learners", teacher, null, 200);
        long chloe = Api.idWhere(learners, "login", "chloe.girard");
        long yanis = Api.idWhere(learners, "login", "yanis.fontaine");
        long annex = api.expect("POST", e + "/annexes", teacher, "{\"classLevelId\":" + level + ",\"name\":\"Annexe DOCX\","
                + "\"objectives\":[\"Réaliser un câblage en autonomie\"],\"tasks\":[\"T3-1\"]}", 201).get("id").asLong();
        long period = api.expect("POST", "/api/v1/annexes/" + annex + "/periods", teacher, "{\"name\":\"PFMP DOCX\",\"kind\":\"PERIOD_2\","
                + "\"startDate\":\"2027-05-03\",\"endDate\":\"2027-05-28\",\"learnerIds\":[" + chloe + "," + yanis + "]}", 201).get("id").asLong();
        long placement = Api.placementOf(api.expect("GET", "/api/v1/periods/" + period + "/placements", teacher, null, 200), chloe);
        String learner = api.signIn("chloe.girard", PASSWORD);
        JsonNode sheet = api.expect("GET", "/api/v1/placements/" + placement, learner, null, 200);
        api.expect("PUT", "/api/v1/placements/" + placement + "/place", learner, "{\"companyName\":\"Élec Rhône & Fils\",\"sector\":\"Bâtiment\","
                + "\"address\":\"3 quai Perrache, Lyon\",\"tutorName\":\"Anne Dupré\",\"version\":" + sheet.get("version").asInt() + "}", 200);

        String path = "/api/v1/placements/" + placement + "/pre-agreement.docx";
        String name = "Annexe%20PFMP%20DOCX%20Chlo%C3%A9%20GIRARD.docx";
        for (String caller : new String[] {teacher, learner}) {
            String text = OfficeFiles.text(api.send("GET", path, caller, null, null), OfficeFiles.DOCX, name);
            for (String expected : new String[] {"Pré-convention de période de formation en milieu professionnel", "Chloé GIRARD", "1MELEC",
                    "Paul DURAND", "PFMP DOCX (Période 2), du 03/05/2027 au 28/05/2027", "Élec Rhône & Fils", "Anne Dupré",
                    "Réaliser un câblage en autonomie", "T3-1", "Horaires journaliers", "Lundi ....h.... à ....h....",
                    "Pour l'entreprise d'accueil (nom, signature et cachet)", "Le chef d'établissement", "L'enseignant référent : Paul DURAND",
                    "L'élève ou son représentant légal"}) {
                assertTrue("the DOCX lacks « " + expected + " »:\n" + text, text.contains(expected));
            }
            assertFalse("another learner's name: " + text, text.contains("Lucas BONNET"));
        }
        // The same refusals as the PDF's (PeriodsAccessIT): anonymous, another learner, a company trainer.
        assertEquals(401, api.send("GET", path, null, null, null).statusCode());
        assertEquals(404, api.send("GET", path, api.signIn("hugo.roux", PASSWORD), null, null).statusCode());
        assertEquals(403, api.send("GET", path, api.signIn("maitre.lefebvre", PASSWORD), null, null).statusCode());
        assertEquals(404, api.send("GET", "/api/v1/placements/999999/pre-agreement.docx", teacher, null, null).statusCode());
        // An apprentice has no pre-agreement: his contract stands for it.
        long apprentice = Api.placementOf(api.expect("GET", "/api/v1/periods/" + period + "/placements", teacher, null, 200), yanis);
        assertEquals("urn:passerelle:problem:no-agreement-for-apprentice",
                api.expect("GET", "/api/v1/placements/" + apprentice + "/pre-agreement.docx", teacher, null, 400).get("type").asText());
    }
}
