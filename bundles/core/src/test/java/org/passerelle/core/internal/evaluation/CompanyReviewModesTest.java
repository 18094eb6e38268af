package org.passerelle.core.internal.evaluation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.Test;
import org.passerelle.core.evaluation.CompanyReview;
import org.passerelle.core.evaluation.CompanyReview.Mode;
import org.passerelle.core.evaluation.CompanyReviewChange;
import org.passerelle.core.evaluation.CriterionResult;
import org.passerelle.core.evaluation.Dashboard;
import org.passerelle.core.evaluation.ResultChange;
import org.passerelle.core.evaluation.SuccessLevel;
import org.passerelle.core.internal.followup.FollowUpTestBase;
import org.passerelle.core.testing.Fixtures.Pupil;

/**
 * A company review's levels follow each competency's mode (issue 12, newcomer trial): a level of the other mode is
 * stored — set in the same save as the mode, or kept from before a switch — but neither in force in the review nor
 * counted in the dashboard or the PFMP synthesis; switching the mode back brings it back.
 */
public class CompanyReviewModesTest extends FollowUpTestBase {

    private static ResultChange level(String competency, String criterion, SuccessLevel level, int version) {
        return new ResultChange(null, competency, criterion, level, version);
    }

    private static CompanyReviewChange.Header header(Map<String, Mode> modes, int version) {
        return new CompanyReviewChange.Header(LocalDate.of(2027, 5, 20), null, null, List.of(), modes, version);
    }

    /** The dashboard's cells of a competency's row (criterion null: the competency as a whole), empty when it has no row. */
    private List<SuccessLevel> cells(long learnerId, String competency, String criterion) {
        Dashboard dashboard = core.evaluation.dashboard(teacher, learnerId);
        return dashboard.sections().stream().filter(s -> s.competency().equals(competency)).flatMap(s -> s.rows().stream())
                .filter(r -> Objects.equals(r.criterion(), criterion)).findFirst().map(Dashboard.Row::cells).orElse(List.of())
                .stream().filter(Objects::nonNull).toList();
    }

    private Map<SuccessLevel, Integer> counted(long learnerId) {
        return core.evaluation.synthesis(teacher, learnerId).periods().get(0).levels();
    }

    private static SuccessLevel inForce(CompanyReview review, String competency, String criterion) {
        return review.inForce().stream().filter(r -> r.competency().equals(competency) && Objects.equals(r.criterion(), criterion))
                .map(CriterionResult::level).filter(Objects::nonNull).findFirst().orElse(null);
    }

    @Test
    public void aWholeCompetencyLevelOnACompetencyAssessedByCriteriaIsKeptButNotCountedUntilTheModeSwitchesBack() {
        Pupil chloe = pupil();
        long placement = placement("MELEC", chloe).id();

        // The page prepared both: C2 by criteria, with a level on C2-1 and one on C2 as a whole, in one save.
        CompanyReview saved = core.evaluation.saveCompanyReview(teacher, placement, new CompanyReviewChange(header(Map.of("C2", Mode.CRITERIA), 0),
                List.of(level("C2", "C2-1", SuccessLevel.PARTIAL, 0), level("C2", null, SuccessLevel.ACHIEVED_AUTONOMOUS, 0))));
        assertEquals(Mode.CRITERIA, saved.modes().get("C2"));
        assertEquals("stored", 2, saved.results().stream().filter(r -> r.level() != null).count());
        assertEquals(SuccessLevel.PARTIAL, inForce(saved, "C2", "C2-1"));
        assertNull("not in force", inForce(saved, "C2", null));
        assertEquals(List.of(SuccessLevel.PARTIAL), cells(chloe.learnerId(), "C2", "C2-1"));
        assertEquals("the whole-competency level not in the dashboard", List.of(), cells(chloe.learnerId(), "C2", null));
        assertEquals("nor in the synthesis", Map.of(SuccessLevel.PARTIAL, 1), counted(chloe.learnerId()));

        // Switched to a whole: the stored level is back, the criterion's level is kept aside.
        CompanyReview global = core.evaluation.saveCompanyReview(teacher, placement,
                new CompanyReviewChange(header(Map.of("C2", Mode.GLOBAL), saved.version()), List.of()));
        assertEquals(SuccessLevel.ACHIEVED_AUTONOMOUS, inForce(global, "C2", null));
        assertNull(inForce(global, "C2", "C2-1"));
        assertEquals(List.of(SuccessLevel.ACHIEVED_AUTONOMOUS), cells(chloe.learnerId(), "C2", null));
        assertEquals(List.of(), cells(chloe.learnerId(), "C2", "C2-1"));
        assertEquals(Map.of(SuccessLevel.ACHIEVED_AUTONOMOUS, 1), counted(chloe.learnerId()));

        // And back to criteria: nothing was lost on the way.
        CompanyReview back = core.evaluation.saveCompanyReview(teacher, placement,
                new CompanyReviewChange(header(Map.of("C2", Mode.CRITERIA), global.version()), List.of()));
        assertEquals(SuccessLevel.PARTIAL, inForce(back, "C2", "C2-1"));
        assertEquals(Map.of(SuccessLevel.PARTIAL, 1), counted(chloe.learnerId()));
    }

    @Test
    public void withNoModeSavedACompetencyWithACriterionsLevelIsAssessedByCriteria() {
        Pupil chloe = pupil();
        long placement = placement("MELEC", chloe).id();
        CompanyReview both = core.evaluation.saveCompanyReview(teacher, placement, new CompanyReviewChange(null,
                List.of(level("C3", null, SuccessLevel.NOT_ACHIEVED, 0), level("C3", "C3-1", SuccessLevel.ACHIEVED_WITH_HELP, 0),
                        level("C1", null, SuccessLevel.ABSENT, 0))));
        assertEquals(Map.of("C1", Mode.GLOBAL, "C3", Mode.CRITERIA), both.modes());
        assertNull(inForce(both, "C3", null));
        assertEquals(List.of(), cells(chloe.learnerId(), "C3", null));
        assertEquals(List.of(SuccessLevel.ABSENT), cells(chloe.learnerId(), "C1", null));
        assertEquals(Map.of(SuccessLevel.ACHIEVED_WITH_HELP, 1, SuccessLevel.ABSENT, 1), counted(chloe.learnerId()));
    }
}
