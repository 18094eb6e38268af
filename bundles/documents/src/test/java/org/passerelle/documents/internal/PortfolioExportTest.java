package org.passerelle.documents.internal;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.BeforeClass;
import org.junit.Test;
import org.passerelle.core.followup.DocumentPage;
import org.passerelle.core.followup.FollowUpDocument;
import org.passerelle.core.followup.Week;
import org.passerelle.documents.ExportFormat;
import org.passerelle.referential.model.Layout;
import org.passerelle.referential.model.LayoutKind;
import org.passerelle.referential.model.Page;
import org.passerelle.referential.model.ReferentialParser;

/**
 * Exports a portfolio laid out by the real MSPC layout in the three formats and reads each file back as text (ODT's
 * content.xml, DOCX's word/document.xml, pdftotext for the PDF): what must be in is, what must not be is not.
 */
public class PortfolioExportTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String COMPANY = "Fragrance Plus & Fils <SARL>";
    static final String SELECTED = "Changement des ressorts de tension";
    static final String UNSELECTED = "Graissage du convoyeur oublié";
    private static OutlinePortfolioExports exports;

    @BeforeClass
    public static void renderers() {
        System.setProperty("java.awt.headless", "true");
        exports = new OutlinePortfolioExports(new PdfRenderer(), new OfficeRenderer());
    }

    static Layout mspcPupil() throws Exception {
        byte[] bytes = Files.readAllBytes(Path.of("../../referentials/mspc/src/main/resources/referential/referential.json"));
        return new ReferentialParser().parse(bytes).referential().portfolio().pupil();
    }

    static DocumentPage page(Page page, String json) throws Exception {
        return new DocumentPage(page, (ObjectNode) JSON.readTree(json), 1, false, true, List.of(), null, Map.of(), false, false);
    }

    /** Values as the follow-up service shapes them, on the seven pages of the MSPC pupil layout. */
    static FollowUpDocument mspcPortfolio() throws Exception {
        Layout layout = mspcPupil();
        List<DocumentPage> pages = new ArrayList<>();
        for (Page p : layout.pages()) {
            String values = switch (p.code()) {
                case "presenterEntreprise" -> "{\"raisonSociale\": " + JSON.writeValueAsString(COMPANY) + ", \"adresse\": \"45, rue du Bois noir 76000 Rouen\","
                        + " \"nombreEmployes\": 30, \"nombrePersonnesMaintenance\": 6, \"activiteEntreprise\": \"Fabrication de parfum.\\nMise en flacon.\"}";
                case "activitesHebdomadaires" -> "{\"semaines\": {\"2027-W18\": {\"ceQueJaiAime\": \"Le travail en équipe de nuit\"}}}";
                case "presenterActivite" -> "{\"activitesMaintenance\": ["
                        + "{\"id\": \"a1\", \"titre\": \"" + SELECTED + "\", \"conditions\": \"Avec le tuteur\", \"bonTravail\": {\"date\": \"2027-05-04\","
                        + " \"secteur\": \"Conditionnement\", \"demandeur\": \"M. Leroy\", \"machine\": \"Thermoformeuse TF-200\","
                        + " \"natureTravail\": \"Remplacer les ressorts\"}, \"rapportIntervention\": {\"defautsConstates\": \"Film plastique déformé\","
                        + " \"dureeIntervention\": \"30 min\"}, \"selectionExport\": true},"
                        + "{\"id\": \"a2\", \"titre\": \"" + UNSELECTED + "\", \"bonTravail\": {\"machine\": \"Convoyeur C-9\"}, \"selectionExport\": false},"
                        + "{\"id\": \"a3\", \"titre\": \"Réglage du capteur\", \"selectionExport\": true}]}";
                case "annexes" -> "{\"liens\": [{\"url\": \"https://exemple.fr/notice-annexe\", \"title\": \"Notice\"}]}";
                default -> "{}";
            };
            pages.add(page(p, values));
        }
        List<Week> weeks = List.of(new Week("2027-W18", 2027, 18, LocalDate.of(2027, 5, 3), LocalDate.of(2027, 5, 7)));
        return new FollowUpDocument(7, 3, "PFMP 2", 11, "Léa PETIT", LayoutKind.MAINTENANCE_PORTFOLIO, layout.title(), "MSPC", "2024.1",
                COMPANY, LocalDate.of(2027, 5, 3), LocalDate.of(2027, 5, 28), weeks, pages, true, null);
    }

    static String text(byte[] file, ExportFormat format) throws Exception {
        String text = switch (format) {
            case ODT -> OfficeText.odt(file);
            case DOCX -> OfficeText.docx(file);
            case PDF -> ReferentialPrintTest.pdfText(file, false);
        };
        return text.replace("\u200B", "").replaceAll("\\s+", " ");
    }

    @Test
    public void exportsTheCompanyAndTheSelectedActivitiesOnlyInEveryFormat() throws Exception {
        FollowUpDocument portfolio = mspcPortfolio();
        for (ExportFormat format : ExportFormat.values()) {
            byte[] file = exports.portfolioExport(portfolio, format);
            // Kept for a look in a word processor: target/exports/portfolio.odt, .docx, .pdf.
            Files.createDirectories(Path.of("target/exports"));
            Files.write(Path.of("target/exports/portfolio." + format.extension()), file);
            String text = text(file, format);
            String in = format + " export should contain ";
            for (String expected : List.of("Portfolio de maintenance", "Léa PETIT", "PFMP 2, du 03/05/2027 au 28/05/2027", "MSPC (version 2024.1)",
                    "Présenter l'entreprise", "Raison sociale / Nom de l'entreprise", COMPANY, "45, rue du Bois noir 76000 Rouen",
                    "Nombre d'employé(s) 30", "Nombre de personne(s) dans le service maintenance 6", "Fabrication de parfum. Mise en flacon.",
                    "Historique de l'entreprise non renseigné", "Tél. de l'entreprise non renseigné",
                    SELECTED, "Conditions de réalisation Avec le tuteur", "Bon de travail", "Date 04/05/2027", "Secteur Conditionnement",
                    "Demandeur M. Leroy", "Machine Thermoformeuse TF-200", "Nature du travail à réaliser Remplacer les ressorts",
                    "Rapport d'intervention", "Défauts constatés Film plastique déformé", "Durée de l'intervention 30 min",
                    "Réglage du capteur")) {
                assertTrue(in + "« " + expected + " »:\n" + text, text.contains(expected));
            }
            for (String absent : List.of(UNSELECTED, "Convoyeur C-9", "Sélectionnée pour l'export", "Le travail en équipe de nuit",
                    "https://exemple.fr/notice-annexe", "Commentaire visible")) {
                assertFalse(format + " export should not contain « " + absent + " »:\n" + text, text.contains(absent));
            }
            assertTrue(format + ": the selected activities in the learner's order", text.indexOf(SELECTED) < text.indexOf("Réglage du capteur"));
            assertTrue(format + ": the company before the activities", text.indexOf(COMPANY) < text.indexOf(SELECTED));
        }
    }

    @Test
    public void saysSoWhenNoActivityIsSelected() throws Exception {
        FollowUpDocument portfolio = mspcPortfolio();
        List<DocumentPage> pages = new ArrayList<>(portfolio.pages());
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).page().code().equals("presenterActivite")) {
                pages.set(i, page(pages.get(i).page(), "{\"activitesMaintenance\": [{\"titre\": \"" + UNSELECTED + "\"}]}"));
            }
        }
        FollowUpDocument none = new FollowUpDocument(7, 3, "PFMP 2", 11, "Léa PETIT", LayoutKind.MAINTENANCE_PORTFOLIO, portfolio.title(), "MSPC",
                "2024.1", COMPANY, portfolio.start(), portfolio.end(), portfolio.weeks(), pages, true, null);
        for (ExportFormat format : ExportFormat.values()) {
            String text = text(exports.portfolioExport(none, format), format);
            assertTrue(format + ":\n" + text, text.contains("Aucune activité n'est sélectionnée pour l'export."));
            assertFalse(format + ":\n" + text, text.contains(UNSELECTED));
        }
    }

    /** One renderer serves every request: exports written side by side must not mix (the engines are shared). */
    @Test
    public void exportsWrittenAtOnceDoNotMix() throws Exception {
        FollowUpDocument portfolio = mspcPortfolio();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<String>> texts = new ArrayList<>();
            for (int i = 0; i < 18; i++) {
                ExportFormat format = i % 2 == 0 ? ExportFormat.DOCX : ExportFormat.ODT;
                texts.add(pool.submit(() -> text(exports.portfolioExport(portfolio, format), format)));
            }
            String first = texts.get(0).get();
            String second = texts.get(1).get();
            for (int i = 0; i < texts.size(); i++) {
                assertTrue("export " + i + " differs", texts.get(i).get().equals(i % 2 == 0 ? first : second));
            }
            assertTrue(first, first.contains(SELECTED) && !first.contains(UNSELECTED));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    public void theEditableFormatsStartTheActivitiesOnANewPage() throws Exception {
        FollowUpDocument portfolio = mspcPortfolio();
        String docx = new String(OfficeText.unzip(exports.portfolioExport(portfolio, ExportFormat.DOCX)).get("word/document.xml"), "UTF-8");
        assertTrue(docx, docx.contains("w:pageBreakBefore") || docx.contains("w:type=\"page\""));
    }
}
