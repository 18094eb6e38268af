package org.passerelle.documents.internal;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.BeforeClass;
import org.junit.Test;
import org.passerelle.core.periods.AttendanceDetails;
import org.passerelle.core.periods.LiaisonPlace;
import org.passerelle.core.periods.PreAgreementTerms;

/** The pre-agreement as an editable DOCX (guide 001), read back from word/document.xml: the same content as the PDF. */
public class PreAgreementDocxTest {

    private static FopPeriodDocuments documents;

    @BeforeClass
    public static void renderers() {
        System.setProperty("java.awt.headless", "true");
        documents = new FopPeriodDocuments(new PdfRenderer(), new OfficeRenderer());
    }

    private static String text(byte[] docx) throws Exception {
        return OfficeText.docx(docx).replaceAll("\\s+", " ");
    }

    @Test
    public void holdsTheLearnerTheCompanyTheTermsAndTheFourSignatures() throws Exception {
        LiaisonPlace place = new LiaisonPlace("Élec Rhône & Cie", "Bâtiment", null, "5 rue Garibaldi, 69003 Lyon", null, "Anne Dupré", null, null, null);
        byte[] docx = documents.preAgreementDocx(PlacementPrintTest.chloe(place, new PreAgreementTerms("Deux visites du référent.", null, null, 0),
                new AttendanceDetails(null, null, null, null, null, null, 0), null, null));
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/exports"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/exports/pre-agreement.docx"), docx);
        String text = text(docx);
        for (String expected : List.of("Lycée professionnel Passerelle", "Pré-convention de période de formation en milieu professionnel",
                "Chloé GIRARD, Né(e) le 08/01/2009", "1MELEC", "Paul DURAND", "PFMP 1 (Période 1), du 04/01/2027 au 29/01/2027",
                "MELEC — Métiers de l'électricité", "Raison sociale Élec Rhône & Cie", "Tuteur Anne Dupré", "5 rue Garibaldi, 69003 Lyon",
                "1. Horaires journaliers", "Lundi ....h.... à ....h....", "Samedi", "Deux visites du référent.",
                "Réaliser un câblage en autonomie", "T2-3 Câbler, raccorder les matériels électriques",
                "5. Travaux effectués", "À compléter :", "6. Modalités d'évaluation",
                "Pour l'entreprise d'accueil (nom, signature et cachet)", "Le chef d'établissement", "L'enseignant référent : Paul DURAND",
                "L'élève ou son représentant légal")) {
            assertTrue("DOCX should contain « " + expected + " »:\n" + text, text.contains(expected));
        }
        // Each party in its own box, first in it (XDocReport carries trailing line breaks into the next cell).
        var cells = OfficeText.xml(OfficeText.unzip(docx).get("word/document.xml")).getElementsByTagNameNS(
                "http://schemas.openxmlformats.org/wordprocessingml/2006/main", "tc");
        List<String> firstLines = new java.util.ArrayList<>();
        for (int i = 0; i < cells.getLength(); i++) {
            firstLines.add(cells.item(i).getTextContent().split("\\.\\.\\.")[0].strip());
        }
        assertTrue(firstLines.toString(), firstLines.containsAll(List.of("Pour l'entreprise d'accueil (nom, signature et cachet)",
                "Le chef d'établissement", "L'enseignant référent : Paul DURAND", "L'élève ou son représentant légal")));
        String xml = new String(OfficeText.unzip(docx).get("word/document.xml"), java.nio.charset.StandardCharsets.UTF_8);
        assertFalse("a cell opens with the line breaks of the one before: " + xml, xml.matches("(?s).*<w:tc><w:p><w:r><w:br.*"));
        assertTrue("blank company fields are left to complete: " + text, text.contains("Service .......") && text.contains("(à compléter)"));
        assertTrue("in the PDF's order: " + text, text.indexOf("3. Objectifs") < text.indexOf("4. Activités") && text.indexOf("4. Activités")
                < text.indexOf("Signatures"));
    }

    @Test
    public void saysWhenNoObjectiveOrTaskIsPlanned() throws Exception {
        var chloe = PlacementPrintTest.chloe(new LiaisonPlace("SARL Volt", null, null, null, null, null, null, null, null),
                new PreAgreementTerms(null, null, null, 0), new AttendanceDetails(null, null, null, null, null, null, 0), null, null);
        var none = new org.passerelle.core.periods.PlacementDocument(chloe.school(), chloe.learner(), chloe.periodName(), chloe.kind(),
                chloe.startDate(), chloe.endDate(), chloe.referential(), chloe.place(), List.of(), List.of(), chloe.terms(), chloe.attendance());
        String text = text(documents.preAgreementDocx(none));
        assertTrue(text, text.contains("Aucun objectif n'est défini pour cette période.") && text.contains("Aucune activité n'est prévue pour cette période."));
        assertFalse(text, text.contains("Réaliser un câblage en autonomie"));
    }
}
