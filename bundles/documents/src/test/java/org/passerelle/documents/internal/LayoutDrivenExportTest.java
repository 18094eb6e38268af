package org.passerelle.documents.internal;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.BeforeClass;
import org.junit.Test;
import org.passerelle.core.followup.Comment;
import org.passerelle.core.followup.DocumentPage;
import org.passerelle.core.followup.FollowUpDocument;
import org.passerelle.core.followup.Week;
import org.passerelle.documents.ExportFormat;
import org.passerelle.referential.model.Field;
import org.passerelle.referential.model.FieldOption;
import org.passerelle.referential.model.FieldType;
import org.passerelle.referential.model.LayoutKind;
import org.passerelle.referential.model.Page;

/**
 * A layout the platform has never seen (no « selected for export » flag: every page is exported) renders by field type
 * alone: the org chart as an indented tree, links, files, tasks, choices, dates, geolocation, weeks; comments never.
 */
public class LayoutDrivenExportTest {

    private static OutlinePortfolioExports exports;

    @BeforeClass
    public static void renderers() {
        System.setProperty("java.awt.headless", "true");
        exports = new OutlinePortfolioExports(new PdfRenderer(), new OfficeRenderer());
    }

    private static Field field(String code, String label, FieldType type, Field... children) {
        return new Field(code, label, type, null, null, null, null, List.of(children));
    }

    static FollowUpDocument logbook() throws Exception {
        Field choice = new Field("contrat", "Type de contrat", FieldType.CHOICE, null, null, null,
                List.of(new FieldOption("CDI", "Contrat à durée indéterminée"), new FieldOption("CDD", "Contrat à durée déterminée")), null);
        Page company = new Page("entreprise", "Entreprise d'accueil", null, List.of(field("nom", "Nom", FieldType.TEXT), choice,
                field("creation", "Date de création", FieldType.DATE), field("salaries", "Effectif", FieldType.NUMBER),
                field("site", "Position", FieldType.GEOLOCATION), field("certifiee", "Entreprise certifiée", FieldType.BOOLEAN),
                field("organigramme", "Organigramme", FieldType.ORG_CHART)));
        Page weeks = new Page("semaines", "Activités hebdomadaires", null, List.of(field("semaines", "Semaines", FieldType.WEEKLY,
                field("taches", "Tâches réalisées", FieldType.TASKS), field("bilan", "Bilan", FieldType.LONG_TEXT))));
        Page annexes = new Page("annexes", "Annexes", null, List.of(field("fichiers", "Documents joints", FieldType.FILES),
                field("liens", "Adresses web", FieldType.LINKS), field("commentaires", "Commentaires du maître", FieldType.COMMENTS)));
        String companyValues = "{\"nom\": \"Ateliers Durand\", \"contrat\": \"CDD\", \"creation\": \"1987-03-09\", \"salaries\": 12.5,"
                + " \"site\": {\"latitude\": 45.76, \"longitude\": 4.83}, \"certifiee\": false, \"organigramme\": {\"nodes\": ["
                + "{\"id\": \"b\", \"name\": \"Jules Martin\", \"role\": \"Chef d'atelier\", \"parent\": \"a\"},"
                + "{\"id\": \"a\", \"name\": \"Anne Durand\", \"role\": \"Gérante\", \"parent\": null},"
                + "{\"id\": \"c\", \"name\": \"Noé Petit\", \"role\": \"Apprenti\", \"parent\": \"b\"}]}}";
        String weekValues = "{\"semaines\": {\"2027-W05\": {\"taches\": [\"A1T1\", \"A2T3\"], \"bilan\": \"Première semaine\"}}}";
        String annexValues = "{\"fichiers\": [42, 43], \"liens\": [{\"url\": \"https://exemple.fr/plan\", \"title\": \"Plan d'accès\"}]}";
        Comment comment = new Comment(1, "Paul Maître", "MASTER", "Commentaire à ne pas exporter", null);
        List<DocumentPage> pages = List.of(PortfolioExportTest.page(company, companyValues), PortfolioExportTest.page(weeks, weekValues),
                new DocumentPage(annexes, (com.fasterxml.jackson.databind.node.ObjectNode) PortfolioExportTest.JSON.readTree(annexValues), 1, false,
                        true, List.of(), null, Map.of("commentaires", List.of(comment)), false, true));
        List<Week> periodWeeks = List.of(new Week("2027-W05", 2027, 5, LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 5)),
                new Week("2027-W06", 2027, 6, LocalDate.of(2027, 2, 8), LocalDate.of(2027, 2, 12)));
        return new FollowUpDocument(9, 4, "Immersion", 21, "Noé PETIT", LayoutKind.APPRENTICE_LOGBOOK, "Journal de bord", "CAP_ELEC", "1.0",
                "Ateliers Durand", LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 12), periodWeeks, pages, true, null);
    }

    @Test
    public void rendersEveryFieldTypeOfANewLayout() throws Exception {
        FollowUpDocument logbook = logbook();
        for (ExportFormat format : ExportFormat.values()) {
            String text = PortfolioExportTest.text(exports.portfolioExport(logbook, format), format);
            for (String expected : List.of("Journal de bord", "Noé PETIT", "Entreprise d'accueil", "Nom Ateliers Durand",
                    "Type de contrat Contrat à durée déterminée", "Date de création 09/03/1987", "Effectif 12,5",
                    "Position Latitude 45,76, longitude 4,83", "Entreprise certifiée Non",
                    "Anne Durand — Gérante", "Jules Martin — Chef d'atelier", "Noé Petit — Apprenti",
                    "Semaine 5 (du 01/02/2027 au 05/02/2027)", "A1T1", "A2T3", "Bilan Première semaine",
                    "Semaine 6 (du 08/02/2027 au 12/02/2027) Tâches réalisées non renseigné Bilan non renseigné",
                    "Fichier n° 42", "Fichier n° 43", "Plan d'accès : https://exemple.fr/plan")) {
                assertTrue(format + " should contain « " + expected + " »:\n" + text, text.contains(expected));
            }
            assertTrue(format + ": the tree's order, the head first", text.indexOf("Anne Durand") < text.indexOf("Jules Martin")
                    && text.indexOf("Jules Martin") < text.indexOf("Noé Petit — Apprenti"));
            assertFalse(format + ": comments are not exported:\n" + text, text.contains("Commentaire à ne pas exporter"));
            assertFalse(format + ": COMMENTS field label not exported:\n" + text, text.contains("Commentaires du maître"));
            assertFalse(format + ": a CHOICE prints its label, not its code:\n" + text, text.contains("Type de contrat CDD"));
        }
    }

    @Test
    public void aFileIsWrittenByTheNameItWasUploadedWith() throws Exception {
        for (ExportFormat format : ExportFormat.values()) {
            String text = PortfolioExportTest.text(exports.portfolioExport(logbook(), Map.of(42L, "plan-atelier.pdf"), format), format);
            assertTrue(format + ":\n" + text, text.contains("plan-atelier.pdf") && text.contains("Fichier n° 43"));
            assertFalse(format + ":\n" + text, text.contains("Fichier n° 42"));
        }
    }

    @Test
    public void theOrgChartIsANestedListInTheEditableFormats() throws Exception {
        String odt = new String(OfficeText.unzip(exports.portfolioExport(logbook(), ExportFormat.ODT)).get("content.xml"), "UTF-8");
        int outer = odt.indexOf("<text:list ");
        int inner = odt.indexOf("<text:list ", outer + 1);
        assertTrue(odt, outer >= 0 && inner > outer && odt.indexOf("Anne Durand") < inner && inner < odt.indexOf("Jules Martin"));
        String docx = new String(OfficeText.unzip(exports.portfolioExport(logbook(), ExportFormat.DOCX)).get("word/document.xml"), "UTF-8");
        assertTrue("DOCX list levels: " + docx, docx.contains("<w:ilvl w:val=\"1\"") || docx.contains("<w:ilvl w:val=\"1\" "));
    }
}
