package org.passerelle.documents.internal;

import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.BeforeClass;
import org.junit.Test;
import org.passerelle.core.evaluation.PfmpSynthesis;
import org.passerelle.core.evaluation.SuccessLevel;
import org.passerelle.core.periods.PeriodKind;

/** The synthesis of periods in company read back with pdftotext: each period's row, the levels counted with their marks, the weeks. */
public class SynthesisPrintTest {

    private static FopAssessmentDocuments documents;

    @BeforeClass
    public static void renderer() {
        System.setProperty("java.awt.headless", "true");
        documents = new FopAssessmentDocuments(new PdfRenderer());
    }

    @Test
    public void eachLearnerHasTheirPeriodsWeeksCompaniesAndLevelsCounted() throws Exception {
        PfmpSynthesis chloe = new PfmpSynthesis(1, "Chloé GIRARD", "1MELEC", List.of(
                new PfmpSynthesis.Period(10, "PFMP 1 — découverte", PeriodKind.PERIOD_1, LocalDate.of(2027, 1, 11), LocalDate.of(2027, 2, 5), 4,
                        "Usinage du Rhône", "Marc LEFORT", null, null, Map.of(), Map.of(SuccessLevel.ACHIEVED_WITH_HELP, 3)),
                new PfmpSynthesis.Period(11, "PFMP 2 — installations", PeriodKind.PERIOD_2, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 26), 4,
                        "Électricité Générale du Rhône", "Zoé MARTIN", LocalDate.of(2027, 3, 26), 3,
                        Map.of(SuccessLevel.ACHIEVED_AUTONOMOUS, 2, SuccessLevel.PARTIAL, 1), Map.of())), 8);
        PfmpSynthesis lucas = new PfmpSynthesis(2, "Lucas BONNET", "1MELEC", List.of(), 0);
        String text = ReferentialPrintTest.pdfText(documents.synthesisPdf("Synthèse des formations en entreprise — Première MELEC", List.of(chloe, lucas)),
                false).replaceAll("\\s+", " ");
        for (String expected : new String[] {"Synthèse des formations en entreprise — Première MELEC", "Chloé GIRARD (1MELEC) — 8 semaine(s)",
            "PFMP 1 — découverte", "Période 1", "11/01/2027", "Usinage du Rhône", "Rencontre du 26/03/2027", "★★★☆", "1 ×1 · 3 ×2", "2 ×3",
            "Lucas BONNET (1MELEC) — 0 semaine(s)", "Aucune période en entreprise."}) {
            assertTrue("« " + expected + " » in: " + text, text.contains(expected));
        }
    }
}
