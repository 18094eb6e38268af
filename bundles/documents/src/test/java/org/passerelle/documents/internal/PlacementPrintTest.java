package org.passerelle.documents.internal;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.BeforeClass;
import org.junit.Test;
import org.passerelle.core.periods.LiaisonPlace;
import org.passerelle.core.periods.PeriodKind;
import org.passerelle.core.periods.PlacementDocument;

/** The pre-agreement and the attendance certificate read back with pdftotext. */
public class PlacementPrintTest {

    private static FopPeriodDocuments documents;

    @BeforeClass
    public static void renderer() {
        System.setProperty("java.awt.headless", "true");
        documents = new FopPeriodDocuments(new PdfRenderer());
    }

    private static PlacementDocument chloe(LiaisonPlace place) {
        return new PlacementDocument("Lycée professionnel Passerelle", "0690001A", "1 rue de l'Exemple, 69000 Lyon", "Chloé GIRARD",
                LocalDate.of(2009, 1, 8), "1MELEC", "PFMP 1", PeriodKind.PERIOD_1, LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 29),
                "MELEC — Métiers de l'électricité", place, List.of("Réaliser un câblage en autonomie"),
                List.of(new PlacementDocument.Task("T2-3", "Câbler, raccorder les matériels électriques")));
    }

    @Test
    public void thePreAgreementCarriesObjectivesTasksAndTheCompanyAndLeavesBlanksToFill() throws Exception {
        LiaisonPlace filled = new LiaisonPlace("Élec Rhône SARL", "Bâtiment", null, null, null, "Anne Dupré", null, null, null);
        LiaisonPlace empty = new LiaisonPlace(null, null, null, null, null, null, null, null, null);
        String text = ReferentialPrintTest.pdfText(documents.preAgreements(List.of(chloe(filled), chloe(empty))), false);
        for (String expected : new String[] {"Pré-convention", "Chloé GIRARD", "08/01/2009", "PFMP 1", "04/01/2027", "29/01/2027",
                "Élec Rhône SARL", "Anne Dupré", "Réaliser un câblage en autonomie", "T2-3", "Câbler, raccorder les matériels électriques",
                "à compléter", "Horaires journaliers", "Samedi", "L'entreprise d'accueil"}) {
            assertTrue("missing " + expected + " in:\n" + text, text.replaceAll("\\s+", " ").contains(expected));
        }
        assertTrue("one page sequence per learner", text.split("Pré-convention de période").length - 1 >= 2);
    }

    /** The pre-agreements of a period without learners (a 500 before): one page that says why it is empty. */
    @Test
    public void aPeriodWithoutLearnersPrintsOnePageSayingSo() throws Exception {
        String text = ReferentialPrintTest.pdfText(documents.preAgreements(List.of()), false).replaceAll("\\s+", " ");
        assertTrue(text, text.contains("Cette période n'a aucun élève"));
    }

    @Test
    public void namesAndTextsOutsideLatin1PrintAsTypedWithTheFontEmbedded() throws Exception {
        PlacementDocument doc = chloe(new LiaisonPlace("Łódź Électricité — Ets Œuvre", "Bâtiment", null, null, null, "Şahin Nguyễn Đức", null, null, null));
        PlacementDocument withObjective = new PlacementDocument(doc.establishmentName(), doc.establishmentUai(), doc.establishmentAddress(),
                "Ayşe YILDIRIM", doc.learnerBirthDate(), doc.classCode(), doc.periodName(), doc.kind(), doc.startDate(), doc.endDate(),
                doc.referential(), doc.place(), List.of("Tension ≥ 230 V → consignation"), doc.tasks());
        byte[] pdf = documents.preAgreements(List.of(withObjective));
        String text = ReferentialPrintTest.pdfText(pdf, false).replaceAll("\\s+", " ");
        for (String expected : new String[] {"Ayşe YILDIRIM", "Łódź Électricité — Ets Œuvre", "Şahin Nguyễn Đức", "Tension ≥ 230 V → consignation"}) {
            assertTrue("missing " + expected + " in:\n" + text, text.contains(expected));
        }
        assertFalse("no character replaced", text.contains("#"));
        Process fonts = new ProcessBuilder("pdffonts", writeTemp(pdf).toString()).redirectErrorStream(true).start();
        String listed = new String(fonts.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(fonts.waitFor(60, java.util.concurrent.TimeUnit.SECONDS));
        assertTrue("DejaVu Sans embedded:\n" + listed, listed.contains("DejaVuSans") && !listed.contains("Helvetica"));
    }

    private static java.nio.file.Path writeTemp(byte[] pdf) throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("fonts", ".pdf");
        file.toFile().deleteOnExit();
        return java.nio.file.Files.write(file, pdf);
    }

    @Test
    public void theAttendanceCertificateHasTheFieldsToComplete() throws Exception {
        String text = ReferentialPrintTest.pdfText(documents.attendanceCertificate(chloe(
                new LiaisonPlace("Élec Rhône SARL", "Bâtiment", null, null, null, "Anne Dupré", null, null, null))), false).replaceAll("\\s+", " ");
        for (String expected : new String[] {"Attestation de présence", "Chloé GIRARD", "Élec Rhône SARL", "Nombre de jours de présence",
                "Absences", "Fait à", "cachet de l'entreprise"}) {
            assertTrue("missing " + expected + " in:\n" + text, text.contains(expected));
        }
    }
}
