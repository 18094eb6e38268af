package org.passerelle.core.internal.evaluation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.passerelle.core.evaluation.Dashboard;
import org.passerelle.core.evaluation.Dashboard.Column;
import org.passerelle.core.evaluation.Dashboard.Complexity;
import org.passerelle.core.evaluation.Dashboard.Result;
import org.passerelle.core.evaluation.Dashboard.Source;
import org.passerelle.core.evaluation.ReviewLevel;
import org.passerelle.core.evaluation.SuccessLevel;
import org.passerelle.referential.model.CommonCompetency;
import org.passerelle.referential.model.Competency;
import org.passerelle.referential.model.Item;
import org.passerelle.referential.model.Referential;
import org.passerelle.referential.model.ReferentialKind;
import org.passerelle.referential.model.SpecialtyGroup;

/**
 * The dashboard's competency view (issue 12, item 6) from hand-made evaluations: columns in date order whatever the
 * order they come in, the boundary of the last finalised review, a global row, a family's specialty criteria, and
 * results of another referential version kept.
 */
public class DashboardGridTest {

    private static Item item(String code) {
        return new Item(code, "Critère " + code, null, null, null);
    }

    private static final Referential DIPLOMA = new Referential(1, "TEST", "1.0", "Test", "Test", "4", ReferentialKind.DIPLOMA, null, null,
            null, null, null, null, null, List.of(new Competency("C1", "Compétence 1", null, null, null, null, List.of(item("C1-1"), item("C1-2"))),
            new Competency("C2", "Compétence 2", null, null, null, 2.0, List.of(item("C2-1")))), null, null, null, null);

    private static Column column(long id, Source source, String date) {
        return new Column(id, source, source == Source.SCHOOL ? Complexity.INTERMEDIATE : null, LocalDate.parse(date), "Évaluation " + id);
    }

    @Test
    public void columnsInDateOrderTheBoundaryAndTheGlobalRow() {
        List<Column> columns = List.of(column(3, Source.COMPANY, "2027-03-26"), column(1, Source.SCHOOL, "2026-11-10"),
                column(2, Source.SCHOOL, "2027-01-15"));
        List<Result> results = List.of(new Result(1, "C1", "C1-1", SuccessLevel.PARTIAL), new Result(2, "C1", "C1-1", SuccessLevel.ACHIEVED_WITH_HELP),
                new Result(3, "C1", null, SuccessLevel.ACHIEVED_AUTONOMOUS), new Result(3, "C2", "C2-1", SuccessLevel.NOT_ASSESSABLE));
        Dashboard d = DashboardGrid.build(DIPLOMA, columns, results, LocalDate.parse("2027-01-20"), Map.of("C1", List.of(ReviewLevel.PARTLY_ACQUIRED)));

        assertEquals(List.of(1L, 2L, 3L), d.columns().stream().map(Column::evaluationId).toList());
        assertEquals("the review of 20 January took the first two into account", 2, d.boundary());
        Dashboard.Section c1 = d.sections().get(0);
        assertEquals("C1", c1.competency());
        assertNull("the global row first", c1.rows().get(0).criterion());
        assertEquals(Arrays.asList(null, null, SuccessLevel.ACHIEVED_AUTONOMOUS), c1.rows().get(0).cells());
        assertEquals(Arrays.asList(SuccessLevel.PARTIAL, SuccessLevel.ACHIEVED_WITH_HELP, null), c1.rows().get(1).cells());
        assertEquals(Arrays.asList(null, null, null), c1.rows().get(2).cells());
        assertEquals(List.of(ReviewLevel.PARTLY_ACQUIRED), c1.previousReviews());
        assertEquals(Arrays.asList(null, null, SuccessLevel.NOT_ASSESSABLE), d.sections().get(1).rows().get(0).cells());
        assertEquals(0, DashboardGrid.build(DIPLOMA, columns, results, null, Map.of()).boundary());
    }

    @Test
    public void aFamilyShowsItsCommonCompetenciesWithTheirSpecialtiesCriteria() {
        Referential family = new Referential(1, "FAM", "1.0", "Famille", "Famille", "4", ReferentialKind.FAMILY, null, List.of("MSPC", "PLP"),
                null, null, null, null, null, List.of(), null,
                List.of(new CommonCompetency("CC1", "Commune 1", null, null, null, null, List.of(
                        new SpecialtyGroup("MSPC", "C1.5", null, null, List.of(item("C1.5-1"))),
                        new SpecialtyGroup("PLP", "CP03", null, null, List.of(item("CP03-1"), item("CP03-2")))))), null, null);
        Dashboard d = DashboardGrid.build(family, List.of(column(7, Source.COMPANY, "2027-02-05")),
                List.of(new Result(7, "CC1", "CP03-2", SuccessLevel.ACHIEVED_AUTONOMOUS)), null, null);
        Dashboard.Section cc1 = d.sections().get(0);
        assertEquals(List.of("C1.5-1", "CP03-1", "CP03-2"), cc1.rows().stream().map(Dashboard.Row::criterion).toList());
        assertEquals("PLP", cc1.rows().get(2).specialty());
        assertEquals("CP03", cc1.rows().get(2).specialtyCompetency());
        assertEquals(List.of(SuccessLevel.ACHIEVED_AUTONOMOUS), cc1.rows().get(2).cells());
    }

    @Test
    public void resultsOfAnotherVersionAreKeptNeverDropped() {
        List<Column> columns = List.of(column(1, Source.SCHOOL, "2026-10-01"));
        Dashboard d = DashboardGrid.build(DIPLOMA, columns, List.of(new Result(1, "C1", "C1-9", SuccessLevel.ABSENT),
                new Result(1, "C7", "C7-1", SuccessLevel.NOT_ACHIEVED), new Result(99, "C1", "C1-1", SuccessLevel.PARTIAL)), null, Map.of());
        Dashboard.Section c1 = d.sections().get(0);
        assertEquals("a criterion this version does not know comes after its known ones", "C1-9", c1.rows().get(2).criterion());
        assertEquals(List.of(SuccessLevel.ABSENT), c1.rows().get(2).cells());
        assertEquals(Arrays.asList((SuccessLevel) null), c1.rows().get(0).cells());
        Dashboard.Section unknown = d.sections().get(2);
        assertEquals("C7", unknown.competency());
        assertNull(unknown.title());
        assertEquals(List.of(SuccessLevel.NOT_ACHIEVED), unknown.rows().get(0).cells());
    }

    @Test
    public void nineThousandResultsMakeOneGrid() {
        List<Column> columns = new java.util.ArrayList<>();
        List<Result> results = new java.util.ArrayList<>();
        for (int e = 0; e < 3000; e++) {
            columns.add(column(e, e % 3 == 0 ? Source.COMPANY : Source.SCHOOL, LocalDate.parse("2025-09-01").plusDays(e / 3).toString()));
            results.add(new Result(e, "C1", "C1-1", SuccessLevel.values()[e % 6]));
            results.add(new Result(e, "C1", "C1-2", SuccessLevel.values()[(e + 1) % 6]));
            results.add(new Result(e, "C2", "C2-1", SuccessLevel.values()[(e + 2) % 6]));
        }
        Dashboard d = DashboardGrid.build(DIPLOMA, columns, results, LocalDate.parse("2026-09-01"), Map.of());
        assertEquals(3000, d.columns().size());
        assertEquals(3000, d.sections().get(0).rows().get(0).cells().size());
        assertEquals("a year and a day of three columns a day", 3 * 366, d.boundary());
    }
}
