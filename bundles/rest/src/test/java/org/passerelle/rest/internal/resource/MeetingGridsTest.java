package org.passerelle.rest.internal.resource;

import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.passerelle.core.evaluation.CompanyReview;
import org.passerelle.core.evaluation.CompanyReview.Mode;
import org.passerelle.core.evaluation.CriterionResult;
import org.passerelle.core.evaluation.SuccessLevel;
import org.passerelle.documents.MeetingGrid;
import org.passerelle.referential.model.Competency;
import org.passerelle.referential.model.Item;
import org.passerelle.referential.model.Referential;

/** The printed grid ticks the levels in force only: those of each competency's mode; it carries the stars and comment given. */
public class MeetingGridsTest {

    private static final Referential MELEC = new Referential(1, "MELEC", "1.0", "Bac pro MELEC", null, null, null, null, null, null, null, null,
            null, null, List.of(new Competency("C2", "Organiser l'opération", null, null, null, null, List.of(
                    new Item("C2-1", "Les informations sont recueillies", null, null, null), new Item("C2-2", "Les risques sont repérés", null, null, null))),
                    new Competency("C3", "Réaliser", null, null, null, null, List.of(new Item("C3-1", "Le câblage est fait", null, null, null)))),
            null, null, null, null);

    private static CompanyReview review(Map<String, Mode> modes, List<CriterionResult> results) {
        return new CompanyReview(7, 3, "Chloé GIRARD", "1MELEC", "PFMP 2", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 26), "EGR", "Zoé MARTIN",
                "MELEC", "1.0", LocalDate.of(2027, 3, 26), 3, "Très impliquée.", List.of(), List.of(), modes, results, List.of(), false, true, null, null, 2);
    }

    private static CriterionResult level(String competency, String criterion, SuccessLevel level, Integer... sheets) {
        return new CriterionResult(competency, criterion, level, List.of(sheets), "Zoé MARTIN", null, 1);
    }

    private static List<String> rows(MeetingGrid grid, String competency) {
        return grid.sections().stream().filter(s -> s.code().equals(competency)).flatMap(s -> s.rows().stream())
                .map(r -> r.label() + " " + r.sheets() + " " + r.level()).toList();
    }

    @Test
    public void aWholeCompetencyLevelOnACompetencyAssessedByCriteriaIsNotTickedAndComesBackWhenSwitched() {
        List<CriterionResult> stored = List.of(level("C2", null, SuccessLevel.ACHIEVED_AUTONOMOUS), level("C2", "C2-1", SuccessLevel.PARTIAL, 1),
                level("C3", "C3-1", SuccessLevel.ABSENT));
        MeetingGrid byCriteria = MeetingGrids.of(review(Map.of("C2", Mode.CRITERIA, "C3", Mode.GLOBAL), stored), MELEC);
        assertEquals(List.of("C2-1 Les informations sont recueillies [1] PARTIAL", "C2-2 Les risques sont repérés  null"), rows(byCriteria, "C2"));
        assertEquals("a competency assessed as a whole with only a criterion's level: its whole row, blank",
                List.of("C3 Réaliser  null"), rows(byCriteria, "C3"));
        assertEquals(Integer.valueOf(3), byCriteria.engagement());
        assertEquals("Très impliquée.", byCriteria.comment());

        MeetingGrid global = MeetingGrids.of(review(Map.of("C2", Mode.GLOBAL, "C3", Mode.CRITERIA), stored), MELEC);
        assertEquals(List.of("C2 Organiser l'opération  ACHIEVED_AUTONOMOUS"), rows(global, "C2"));
        assertEquals(List.of("C3-1 Le câblage est fait  ABSENT"), rows(global, "C3"));
    }

    @Test
    public void aCompetencyAssessedByCriteriaWithNoCriterionInForcePrintsItsCriteriaToTick() {
        MeetingGrid grid = MeetingGrids.of(review(Map.of("C2", Mode.CRITERIA), List.of(level("C2", null, SuccessLevel.PARTIAL))), MELEC);
        assertEquals(List.of("C2-1 Les informations sont recueillies  null", "C2-2 Les risques sont repérés  null"), rows(grid, "C2"));
    }

    @Test
    public void aCompetencyAssessedByCriteriaPrintsEveryCriterionOfTheReferentialInItsOrderWithTheGivenOneTicked() {
        MeetingGrid grid = MeetingGrids.of(review(Map.of("C2", Mode.CRITERIA), List.of(level("C2", "C2-2", SuccessLevel.ACHIEVED_WITH_HELP, 2))), MELEC);
        assertEquals("as on the screen: C2-1, never given nor selected, is a row to tick too",
                List.of("C2-1 Les informations sont recueillies  null", "C2-2 Les risques sont repérés [2] ACHIEVED_WITH_HELP"), rows(grid, "C2"));
    }

    @Test
    public void aCriterionGivenThatTheReferentialVersionLacksIsPrintedAfterItsCriteria() {
        MeetingGrid grid = MeetingGrids.of(review(Map.of("C3", Mode.CRITERIA), List.of(level("C3", "C3-9", SuccessLevel.PARTIAL))), MELEC);
        assertEquals(List.of("C3-1 Le câblage est fait  null", "C3-9  PARTIAL"), rows(grid, "C3"));
    }

    @Test
    public void onlyTheCompetenciesTheReviewListsArePrintedAsOnTheScreen() {
        MeetingGrid grid = MeetingGrids.of(review(Map.of("C2", Mode.CRITERIA), List.of()), MELEC);
        assertEquals(List.of("C2"), grid.sections().stream().map(MeetingGrid.Section::code).toList());
    }
}
