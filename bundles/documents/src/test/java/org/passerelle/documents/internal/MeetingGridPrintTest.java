package org.passerelle.documents.internal;

import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.BeforeClass;
import org.junit.Test;
import org.passerelle.documents.MeetingGrid;

/** The company review's meeting grid read back with pdftotext: the rows, the six levels with their marks, what was already given. */
public class MeetingGridPrintTest {

    private static FopAssessmentDocuments documents;

    @BeforeClass
    public static void renderer() {
        System.setProperty("java.awt.headless", "true");
        documents = new FopAssessmentDocuments(new PdfRenderer());
    }

    private static String text(byte[] pdf) throws Exception {
        return ReferentialPrintTest.pdfText(pdf, false).replaceAll("\\s+", " ");
    }

    private static void assertContainsAll(String text, String... expected) {
        for (String e : expected) {
            assertTrue("« " + e + " » in: " + text, text.contains(e));
        }
    }

    @Test
    public void theGridHasTheReviewsRowsTheSixLevelsAndTicksWhatWasGiven() throws Exception {
        MeetingGrid grid = new MeetingGrid("Lycée professionnel Passerelle", "Chloé GIRARD", "1MELEC", "PFMP 2 — installations",
                LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 26), "Électricité Générale du Rhône", "Zoé MARTIN", "MELEC 1.0",
                LocalDate.of(2027, 3, 26), null, null, List.of(new MeetingGrid.Task("T2-1", "Réaliser les liaisons", true),
                        new MeetingGrid.Task("T2-2", "Poser les appareillages", false)),
                List.of(new MeetingGrid.Section("C2", "Organiser l'opération", List.of(
                        new MeetingGrid.Row("C2-1 Les informations sont recueillies", "[1]", "ACHIEVED_AUTONOMOUS"),
                        new MeetingGrid.Row("C2-3 Les contraintes sont repérées", "[1] [2]", null))),
                        new MeetingGrid.Section("CC3.2", "Piloter une installation", List.of(
                                new MeetingGrid.Row("[MSPC] C1.5 Le système est mis en position initiale", "", null)))),
                List.of("[1] Pose d'un tableau de répartition", "[2] Tirage de câbles"));
        String text = text(documents.meetingGrid(grid));
        assertContainsAll(text, "Bilan entreprise — grille de la rencontre", "Chloé GIRARD (1MELEC)", "du 01/03/2027 au 26/03/2027",
                "Électricité Générale du Rhône", "Zoé MARTIN", "☒ T2-1 Réaliser les liaisons", "☐ T2-2 Poser les appareillages",
                "C2 Organiser l'opération", "C2-1 Les informations sont recueillies [1]", "C2-3 Les contraintes sont repérées [1] [2]",
                "[MSPC] C1.5 Le système est mis en position initiale", "0 — Pas de réussite ou non fait", "ABS — Absent",
                "NE — Non évaluable", "[2] Tirage de câbles", "4 étoiles", "26/03/2027", "Le tuteur ou maître d'apprentissage");
        // One ticked box among the rows (C2-1 at « 3 »), and the task performed.
        assertTrue(text, text.indexOf("☒") >= 0);
        assertTrue("two ticks: the task and C2-1's level: " + text, text.chars().filter(c -> c == '☒').count() == 2);
        assertTrue("no stars given: the four boxes", text.contains("☐ 1 étoile") && !text.contains("★"));
    }

    private static MeetingGrid grid(int rows, Integer engagement, String comment) {
        List<MeetingGrid.Row> many = java.util.stream.IntStream.rangeClosed(1, rows)
                .mapToObj(i -> new MeetingGrid.Row("C2-" + i + " Les informations sont recueillies", "", null)).toList();
        return new MeetingGrid(null, "Chloé GIRARD", "1MELEC", "PFMP 2", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 26), "EGR", "Zoé MARTIN",
                "MELEC 1.0", LocalDate.of(2027, 3, 26), engagement, comment, List.of(), List.of(new MeetingGrid.Section("C2", "Organiser", many)),
                List.of());
    }

    @Test
    public void theStarsAndTheCommentAlreadyGivenArePrintedWithLinesLeftToWriteMore() throws Exception {
        String text = text(documents.meetingGrid(grid(2, 3, "Très impliquée.\nÀ suivre sur les schémas.")));
        assertContainsAll(text, "★★★☆", "3 sur 4", "Très impliquée. À suivre sur les schémas.", "À compléter : ......");
        assertTrue("the boxes only when no star was given: " + text, !text.contains("☐ 1 étoile"));
    }

    /**
     * Wherever the page breaks, the signatures stand with the whole comment block (its heading, the text, the lines):
     * never on a last page holding one dotted line and them. Grids of 1 to 45 rows cover every place of a page break.
     */
    @Test
    public void theSignaturesAreNeverAloneWithALastDottedLine() throws Exception {
        for (int rows = 1; rows <= 45; rows++) {
            for (String comment : new String[] {null, "Très impliquée."}) {
                String[] pages = ReferentialPrintTest.pdfText(documents.meetingGrid(grid(rows, 2, comment)), false).split("\f");
                for (String page : pages) {
                    if (page.contains("Le professeur")) {
                        assertTrue(rows + " rows, comment " + comment + ": the signatures' page has the comment block: " + page,
                                page.contains("Commentaire") && (comment == null || page.contains(comment)));
                    }
                }
            }
        }
    }

    /** Every criterion of every competency assessed by criteria, as on the screen: 13 competencies of 11 criteria print on several pages. */
    @Test
    public void aWholeReferentialByCriteriaPrintsEveryRowOnSeveralPages() throws Exception {
        List<MeetingGrid.Section> sections = java.util.stream.IntStream.rangeClosed(1, 13).mapToObj(c -> new MeetingGrid.Section("C" + c,
                "Compétence " + c, java.util.stream.IntStream.rangeClosed(1, 11).mapToObj(i -> new MeetingGrid.Row("C" + c + "-" + i
                        + " Les informations nécessaires à l'opération sont recueillies", "", c == 4 && i == 1 ? "PARTIAL" : null)).toList())).toList();
        MeetingGrid grid = new MeetingGrid(null, "Chloé GIRARD", "1MELEC", "PFMP 2", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 26), "EGR",
                "Zoé MARTIN", "MELEC 1.0", LocalDate.of(2027, 3, 26), null, null, List.of(), sections, List.of());
        String pdf = ReferentialPrintTest.pdfText(documents.meetingGrid(grid), false);
        String text = pdf.replaceAll("\\s+", " ");
        for (int c = 1; c <= 13; c++) {
            for (int i = 1; i <= 11; i++) {
                assertContainsAll(text, "C" + c + "-" + i + " Les informations");
            }
        }
        assertTrue("one tick, C4-1's: " + text, text.chars().filter(ch -> ch == '☒').count() == 1);
        assertTrue("several pages", pdf.split("\f").length > 2);
        assertContainsAll(text, "Le professeur");
    }
}
