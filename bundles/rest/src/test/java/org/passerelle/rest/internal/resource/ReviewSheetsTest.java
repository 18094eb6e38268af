package org.passerelle.rest.internal.resource;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.Test;
import org.passerelle.core.evaluation.CompetencyReview;
import org.passerelle.core.evaluation.MarkMapping;
import org.passerelle.core.evaluation.ProposedMark;
import org.passerelle.core.evaluation.ReviewLevel;
import org.passerelle.documents.RadarSeries;

/**
 * A draft with 1 competency given of 13 (C1 at +, C2 and C3 NE, C4 to C13 not given): the PDF's mark says it rests on
 * 1 of 13, NE and not given apart, and the radar tells NE from not given.
 */
public class ReviewSheetsTest {

    private static CompetencyReview draft() {
        List<CompetencyReview.Level> levels = new ArrayList<>();
        List<ProposedMark.Level> forMark = new ArrayList<>();
        for (int i = 1; i <= 13; i++) {
            ReviewLevel level = i == 1 ? ReviewLevel.PARTLY_ACQUIRED : i <= 3 ? ReviewLevel.NOT_EVALUATED : null;
            levels.add(new CompetencyReview.Level("C" + i, "Compétence " + i, 1.0, level, null, List.of()));
            forMark.add(new ProposedMark.Level("C" + i, 1.0, level));
        }
        ProposedMark mark = ProposedMark.of(forMark, MarkMapping.DEFAULT);
        return new CompetencyReview(7, 3, "Léa MARTIN", CompetencyReview.Kind.INTERMEDIATE, LocalDate.of(2027, 4, 2), "MELEC", "2020", false,
                levels, null, null, mark.mark(), mark.terms(), mark.assessedCount(), mark.notAssessableCount(), mark.notGivenCount(), null,
                "Paul DURAND", null, null, true, 1);
    }

    @Test
    public void theMarkSaysWhatItRestsOn() {
        String text = ReviewSheets.markText(draft());
        List<String> lines = text.lines().toList();
        // + alone: 20 × 2/3 = 13.33 → 13.5.
        assertEquals("Note proposée : 13,5/20, sur 1 compétence évaluée (de 13)", lines.get(0));
        assertEquals("Non comptées : 2 NE (compétence non évaluée), 10 non renseignée(s) (sans niveau)", lines.get(1));
        assertTrue(lines.get(2), lines.get(2).startsWith("Attention : 10 compétences n’ont pas encore de niveau"));
        assertTrue(text, text.contains("C1 : poids 1 × 2/3"));
        assertTrue(text, text.contains("C2 : NE, non comptée"));
        assertTrue(text, text.contains("C4 : non renseignée, non comptée"));
        assertFalse("a competency not given is never said NE: " + text, text.contains("C4 : NE"));
    }

    @Test
    public void theRadarTellsNeFromNotGiven() {
        List<ReviewLevel> levels = draft().levels().stream().map(CompetencyReview.Level::level).toList();
        RadarSeries series = Radars.series("Bilan du 02/04/2027", levels);
        assertEquals(Integer.valueOf(3), series.value(0));
        assertEquals(null, series.value(1));
        assertFalse("NE is not « not given »", series.isNotGiven(1));
        assertEquals(Set.of(3, 4, 5, 6, 7, 8, 9, 10, 11, 12), series.notGiven());
    }

    @Test
    public void aReviewWithNothingGivenProposesNoMarkAndSaysOfHowMany() {
        List<CompetencyReview.Level> levels = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            levels.add(new CompetencyReview.Level("C" + i, "Compétence " + i, 1.0, null, null, List.of()));
        }
        CompetencyReview empty = new CompetencyReview(8, 3, "Léa MARTIN", CompetencyReview.Kind.INTERMEDIATE, LocalDate.of(2027, 4, 2), "MELEC",
                "2020", false, levels, null, null, null, List.of(), 0, 0, 3, null, "Paul DURAND", null, null, true, 1);
        List<String> lines = ReviewSheets.markText(empty).lines().toList();
        assertEquals("Note proposée : aucune (aucune compétence évaluée de ++ à ---, sur 3)", lines.get(0));
        assertEquals("Non comptées : 0 NE (compétence non évaluée), 3 non renseignée(s) (sans niveau)", lines.get(1));
    }
}
