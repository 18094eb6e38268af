package org.passerelle.documents.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.BeforeClass;
import org.junit.Test;
import org.passerelle.core.periods.AttendanceDetails;
import org.passerelle.core.periods.LiaisonPlace;
import org.passerelle.core.periods.PeriodKind;
import org.passerelle.core.periods.PlacementDocument;
import org.passerelle.core.periods.PreAgreementTerms;

/** The pre-agreement and the attendance certificate read back with pdftotext, pdffonts and pdfimages (poppler-utils). */
public class PlacementPrintTest {

    private static final PreAgreementTerms NO_TERMS = new PreAgreementTerms(null, null, null, 0);
    private static final AttendanceDetails NO_ATTENDANCE = new AttendanceDetails(null, null, null, null, null, null, 0);
    private static final LiaisonPlace ELEC_RHONE = new LiaisonPlace("Élec Rhône SARL", "Bâtiment", null, "5 rue Garibaldi, 69003 Lyon", null,
            "Anne Dupré", null, null, null);

    private static FopPeriodDocuments documents;

    @BeforeClass
    public static void renderer() {
        System.setProperty("java.awt.headless", "true");
        documents = new FopPeriodDocuments(new PdfRenderer(), new OfficeRenderer());
    }

    static PlacementDocument chloe(LiaisonPlace place, PreAgreementTerms terms, AttendanceDetails attendance, byte[] logo, byte[] stamp) {
        return new PlacementDocument(new PlacementDocument.School("Lycée professionnel Passerelle", "0690001A", "1 rue de l'Exemple, 69000 Lyon", logo, stamp),
                new PlacementDocument.Learner("Chloé GIRARD", LocalDate.of(2009, 1, 8), "1MELEC", "Paul DURAND"), "PFMP 1", PeriodKind.PERIOD_1,
                LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 29), "MELEC — Métiers de l'électricité", place,
                List.of("Réaliser un câblage en autonomie"), List.of(new PlacementDocument.Task("T2-3", "Câbler, raccorder les matériels électriques")),
                terms, attendance);
    }

    private static PlacementDocument chloe(LiaisonPlace place) {
        return chloe(place, NO_TERMS, NO_ATTENDANCE, null, null);
    }

    private static String text(byte[] pdf) throws Exception {
        return ReferentialPrintTest.pdfText(pdf, false).replaceAll("\\s+", " ");
    }

    private static void assertContainsAll(String text, String... expected) {
        for (String e : expected) {
            assertTrue("missing « " + e + " » in:\n" + text, text.contains(e));
        }
    }

    @Test
    public void thePreAgreementCarriesObjectivesTasksAndTheCompanyAndLeavesBlanksToFill() throws Exception {
        LiaisonPlace empty = new LiaisonPlace(null, null, null, null, null, null, null, null, null);
        String text = text(documents.preAgreements(List.of(chloe(ELEC_RHONE), chloe(empty))));
        assertContainsAll(text, "Pré-convention", "Chloé GIRARD", "08/01/2009", "PFMP 1", "04/01/2027", "29/01/2027", "Élec Rhône SARL", "Anne Dupré",
                "Réaliser un câblage en autonomie", "T2-3", "Câbler, raccorder les matériels électriques", "à compléter", "Horaires journaliers",
                "Samedi", "Pour l'entreprise d'accueil");
        assertTrue("one page sequence per learner", text.split("Pré-convention de période").length - 1 >= 2);
    }

    /** Guide 000's six fields, in its order, with the period's terms and the referent teacher named in the signatures. */
    @Test
    public void thePreAgreementPrintsTheTermsOfThePeriodAndNamesTheReferentTeacher() throws Exception {
        PreAgreementTerms terms = new PreAgreementTerms("Visite du professeur référent à mi-période, appel du tuteur chaque vendredi.",
                "Travaux au voisinage de pièces nues sous tension (habilitation B1V).", "Bilan entreprise co-signé, épreuve E31 du règlement d'examen.", 3);
        String text = text(documents.preAgreements(List.of(chloe(ELEC_RHONE, terms, NO_ATTENDANCE, null, null))));
        assertContainsAll(text, "1. Horaires journaliers", "2. Modalités de concertation", "Visite du professeur référent à mi-période",
                "3. Objectifs assignés", "4. Activités prévues", "5. Travaux effectués, équipements ou produits utilisés soumis à la procédure de dérogation",
                "habilitation B1V", "6. Modalités d'évaluation", "épreuve E31", "Enseignant référent Paul DURAND", "L'enseignant référent : Paul DURAND",
                "Le chef d'établissement", "L'élève ou son représentant légal");
        assertTrue(text.indexOf("2. Modalités") < text.indexOf("3. Objectifs") && text.indexOf("4. Activités") < text.indexOf("5. Travaux")
                && text.indexOf("5. Travaux") < text.indexOf("6. Modalités") && text.indexOf("6. Modalités") < text.indexOf("Signatures"));
        assertFalse("no blank to complete for terms that are written", text.contains("À compléter :"));

        String blank = text(documents.preAgreements(List.of(chloe(ELEC_RHONE))));
        assertEquals("three sections to complete by hand", 3, blank.split("À compléter :", -1).length - 1);
    }

    /** Every page says which document, learner and period it belongs to, and which page of how many. */
    @Test
    public void everyPageNamesTheLearnerAndThePeriodAndTheSignaturesStayWithTheContent() throws Exception {
        PlacementDocument many = chloe(ELEC_RHONE);
        List<String> objectives = java.util.stream.IntStream.range(0, 45).mapToObj(i -> "Objectif numéro " + i + " de la période").toList();
        PlacementDocument longOne = new PlacementDocument(many.school(), many.learner(), many.periodName(), many.kind(), many.startDate(),
                many.endDate(), many.referential(), many.place(), objectives, many.tasks(), many.terms(), many.attendance());
        byte[] pdf = documents.preAgreements(List.of(longOne));
        String layout = ReferentialPrintTest.pdfText(pdf, true);
        String[] pages = layout.split("\f");
        int count = (int) java.util.Arrays.stream(pages).filter(p -> !p.isBlank()).count();
        assertTrue("a long pre-agreement takes several pages: " + count, count >= 2);
        for (int i = 0; i < count; i++) {
            String page = pages[i].replaceAll("\\s+", " ");
            assertContainsAll(page, "Pré-convention de période de formation en milieu professionnel — Chloé GIRARD — PFMP 1", "page " + (i + 1) + " sur " + count);
        }
        String last = pages[count - 1].replaceAll("\\s+", " ");
        assertTrue("the signatures come with the end of the content, not alone:\n" + last,
                last.contains("Signatures") && last.contains("6. Modalités d'évaluation"));
    }

    /** The period's pre-agreements: each learner's pages are numbered on their own. */
    @Test
    public void eachLearnersPagesAreNumberedOnTheirOwn() throws Exception {
        String layout = ReferentialPrintTest.pdfText(documents.preAgreements(List.of(chloe(ELEC_RHONE), chloe(ELEC_RHONE))), true)
                .replaceAll("\\s+", " ");
        assertTrue(layout, layout.contains("page 1 sur") && layout.split("page 1 sur", -1).length - 1 == 2);
    }

    /** The pre-agreements of a period without learners (a 500 before): one page that says why it is empty. */
    @Test
    public void aPeriodWithoutLearnersPrintsOnePageSayingSo() throws Exception {
        String text = text(documents.preAgreements(List.of()));
        assertContainsAll(text, "Cette période n'a aucun élève", "Les apprentis n'ont pas de pré-convention");
    }

    @Test
    public void namesAndTextsOutsideLatin1PrintAsTypedWithTheFontEmbedded() throws Exception {
        PlacementDocument doc = chloe(new LiaisonPlace("Łódź Électricité — Ets Œuvre", "Bâtiment", null, null, null, "Şahin Nguyễn Đức", null, null, null));
        PlacementDocument withObjective = new PlacementDocument(doc.school(), new PlacementDocument.Learner("Ayşe YILDIRIM", doc.learner().birthDate(),
                "1MELEC", null), doc.periodName(), doc.kind(), doc.startDate(), doc.endDate(), doc.referential(), doc.place(),
                List.of("Tension ≥ 230 V → consignation"), doc.tasks(), doc.terms(), doc.attendance());
        byte[] pdf = documents.preAgreements(List.of(withObjective));
        String text = text(pdf);
        assertContainsAll(text, "Ayşe YILDIRIM", "Łódź Électricité — Ets Œuvre", "Şahin Nguyễn Đức", "Tension ≥ 230 V → consignation");
        assertFalse("no character replaced", text.contains("#"));
        String listed = pdffonts(pdf);
        assertTrue("DejaVu Sans embedded:\n" + listed, listed.contains("DejaVuSans") && !listed.contains("Helvetica"));
    }

    /** Chinese, Korean and Japanese names and emoji: printed from the fallback fonts, never as '#' (issue 10, item 6). */
    @Test
    public void charactersDejaVuLacksPrintFromTheFallbackFonts() throws Exception {
        PlacementDocument doc = chloe(new LiaisonPlace("華為技術 Huawei France", "Télécoms", null, null, null, "김민준 (Kim Min-jun)", null, null, null));
        PlacementDocument chinese = new PlacementDocument(doc.school(), new PlacementDocument.Learner("王小明 WANG Xiaoming", doc.learner().birthDate(),
                "1MELEC", "さくら TANAKA"), doc.periodName(), doc.kind(), doc.startDate(), doc.endDate(), doc.referential(), doc.place(),
                List.of("Accueil du client 😀 et sécurité ⚡ 🔌"), doc.tasks(), doc.terms(), doc.attendance());
        byte[] pdf = documents.preAgreements(List.of(chinese));
        String text = text(pdf);
        // pdftotext reads back the emoji inside a line; FOP's text layer (ToUnicode) misses some at a line's end, though printed.
        assertContainsAll(text, "王小明 WANG Xiaoming", "華為技術 Huawei France", "김민준 (Kim Min-jun)", "さくら TANAKA", "client 😀 et", "sécurité ⚡");
        assertFalse("no character replaced:\n" + text, text.contains("#"));
        String listed = pdffonts(pdf);
        assertTrue("fallback fonts embedded:\n" + listed, listed.contains("WenQuanYiMicroHei") && listed.contains("Symbola"));
        byte[] certificate = documents.attendanceCertificate(chinese);
        assertContainsAll(text(certificate), "王小明 WANG Xiaoming", "김민준");
    }

    /** A word longer than its cell (a URL, a company's run-together name) wraps inside the page instead of running off it. */
    @Test
    public void longWordsWithoutABreakPointWrapInsideThePage() throws Exception {
        String word = "ÉlectricitéIndustrielleMaintenanceAutomatismesRhôneAlpesAuvergneSARL";
        String url = "https://www.exemple-entreprise-electricite.fr/stages/pfmp/2027/fiche-entreprise";
        PlacementDocument doc = chloe(new LiaisonPlace(word, "Bâtiment", null, url, null, "Anne Dupré", null, null, "anne.dupre@" + word.toLowerCase() + ".fr"));
        byte[] pdf = documents.preAgreements(List.of(doc));
        String all = ReferentialPrintTest.pdfText(pdf, false).replaceAll("\\s+", "");
        // pdftotext joins a line ending with a hyphen to the next without it: compare without hyphens.
        assertContainsAll(all.replace("-", ""), word, url.replace("-", ""));
        double right = 210 / 25.4 * 72 - 16 / 25.4 * 72;
        Matcher words = Pattern.compile("xMax=\"([0-9.]+)\"").matcher(bbox(pdf));
        int seen = 0;
        while (words.find()) {
            seen++;
            assertTrue("a word ends at x=" + words.group(1) + " pt, beyond the right margin (" + right + " pt)", Double.parseDouble(words.group(1)) <= right + 1);
        }
        assertTrue(seen > 50);
        assertTrue(all, all.contains(word));
    }

    @Test
    public void theAttendanceCertificateLeavesTheGuidesSixFieldsToComplete() throws Exception {
        String text = text(documents.attendanceCertificate(chloe(ELEC_RHONE)));
        assertContainsAll(text, "Attestation de présence", "Chloé GIRARD", "Élec Rhône SARL", "5 rue Garibaldi, 69003 Lyon",
                "Représenté par ..............", "Adresse du siège ..............", "si différente de l'adresse de l'entreprise",
                "Adresse personnelle ..............", "Durée totale ........ heures", "Gratification perçue ..............", "Fait à ......",
                "Absences", "Enseignant référent Paul DURAND", "nom, signature et cachet de l'entreprise");
    }

    @Test
    public void theAttendanceCertificatePrintsTheFieldsEntered() throws Exception {
        AttendanceDetails details = new AttendanceDetails("Marc DUPUIS, gérant", "12 avenue Jean Jaurès, 69007 Lyon", "8 rue des Lilas, 69100 Villeurbanne",
                new BigDecimal("137.5"), "Aucune (période de moins de deux mois)", "Lyon", 2);
        String text = text(documents.attendanceCertificate(chloe(ELEC_RHONE, NO_TERMS, details, null, null)));
        assertContainsAll(text, "Représenté par Marc DUPUIS, gérant", "Adresse du siège 12 avenue Jean Jaurès, 69007 Lyon",
                "Adresse personnelle 8 rue des Lilas, 69100 Villeurbanne", "Durée totale 137,5 heures", "Gratification perçue Aucune (période de moins de deux mois)",
                "Fait à Lyon, le");
        assertFalse(text, text.contains("à compléter)"));
    }

    /** The establishment's logo heads both documents; its stamp is in the establishment's signature box. */
    @Test
    public void theLogoAndTheStampArePrinted() throws Exception {
        byte[] logo = png(300, 120, 0x1d4f91);
        byte[] stamp = png(200, 200, 0xcc0000);
        byte[] pre = documents.preAgreements(List.of(chloe(ELEC_RHONE, NO_TERMS, NO_ATTENDANCE, logo, stamp)));
        List<String> images = pdfimages(pre);
        assertEquals("logo and stamp:\n" + images, 2, images.size());
        assertTrue("the logo on the first page: " + images, images.get(0).matches("\\s*1\\s+\\d+\\s+image\\s+300\\s+120\\b.*"));
        assertTrue("the stamp: " + images, images.get(1).matches("\\s*\\d+\\s+\\d+\\s+image\\s+200\\s+200\\b.*"));
        assertEquals(2, pdfimages(documents.attendanceCertificate(chloe(ELEC_RHONE, NO_TERMS, NO_ATTENDANCE, logo, stamp))).size());
        assertEquals("none uploaded, none printed", 0, pdfimages(documents.preAgreements(List.of(chloe(ELEC_RHONE)))).size());
    }

    private static byte[] png(int width, int height, int rgb) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                image.setRGB(x, y, (x / 10 + y / 10) % 2 == 0 ? rgb : 0xffffff);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static String pdffonts(byte[] pdf) throws Exception {
        return run(pdf, "pdffonts");
    }

    /** The images' lines of pdfimages -list (page, number, type, width, height…), the two header lines dropped. */
    private static List<String> pdfimages(byte[] pdf) throws Exception {
        List<String> lines = run(pdf, "pdfimages", "-list").lines().skip(2).filter(l -> !l.isBlank()).toList();
        return lines.stream().filter(l -> l.contains(" image ")).toList();
    }

    private static String bbox(byte[] pdf) throws Exception {
        return run(pdf, "pdftotext", "-bbox", "{}", "-");
    }

    private static String run(byte[] pdf, String... command) throws Exception {
        Path file = Files.createTempFile("placement", ".pdf");
        try {
            Files.write(file, pdf);
            List<String> args = new java.util.ArrayList<>(List.of(command));
            int at = args.indexOf("{}");
            if (at >= 0) {
                args.set(at, file.toString());
            } else {
                args.add(file.toString());
            }
            Process process = new ProcessBuilder(args).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(60, TimeUnit.SECONDS));
            assertEquals(out, 0, process.exitValue());
            return out;
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
