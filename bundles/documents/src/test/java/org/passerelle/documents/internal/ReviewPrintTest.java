package org.passerelle.documents.internal;

import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.BeforeClass;
import org.junit.Test;
import org.passerelle.documents.RadarSeries;
import org.passerelle.documents.ReviewSheet;

/** An intermediate review printed with its radar chart, read back with pdftotext: the levels, the marks, the chart's legend. */
public class ReviewPrintTest {

    private static FopAssessmentDocuments documents;

    @BeforeClass
    public static void renderer() {
        System.setProperty("java.awt.headless", "true");
        documents = new FopAssessmentDocuments(new PdfRenderer());
    }

    @Test
    public void theReviewPrintsItsLevelsMarksAndRadar() throws Exception {
        String radar = new JFreeRadarCharts().radarSvg(List.of("C1", "C2", "C3"), List.of(new RadarSeries("Bilan du 12/01/2027", List.of(2, 3, 1)),
                new RadarSeries("Bilan du 01/04/2027", java.util.Arrays.asList(4, 3, null))), "Bilans de compétences de Chloé GIRARD");
        ReviewSheet sheet = new ReviewSheet("Lycée professionnel Passerelle", "Chloé GIRARD", "1MELEC", "Bilan intermédiaire de compétences",
                LocalDate.of(2027, 4, 1), "Finalisé le 01/04/2027 par Paul DURAND", "MELEC 1.0", List.of(
                        new ReviewSheet.Row("C1", "Analyser les conditions de l'opération", "++ Compétence totalement acquise et transférable",
                                "objectifs terminaux", List.of("12/01/2027 : -")),
                        new ReviewSheet.Row("C2", "Organiser l'opération", "+ Compétence partiellement acquise", "objectifs intermédiaires", List.of())),
                "Bonne progression.\nÀ poursuivre.", "Travailler les schémas.", "Note proposée : 16,5/20", "Note retenue : 15,75/20", radar);
        String text = ReferentialPrintTest.pdfText(documents.reviewPdf(sheet), false).replaceAll("\\s+", " ");
        for (String expected : new String[] {"Bilan intermédiaire de compétences", "Chloé GIRARD (1MELEC)", "Finalisé le 01/04/2027 par Paul DURAND",
            "C1 Analyser les conditions", "++ Compétence totalement acquise", "12/01/2027 : -", "Note proposée : 16,5/20", "Note retenue : 15,75/20",
            "Bonne progression.", "Travailler les schémas.", "Bilan du 01/04/2027", "Bilan du 12/01/2027"}) {
            assertTrue("« " + expected + " » in: " + text, text.contains(expected));
        }
    }
}
