package org.passerelle.core.internal.evaluation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.passerelle.core.DomainException;
import org.passerelle.core.DomainException.Category;
import org.passerelle.core.evaluation.CompanyReview;
import org.passerelle.core.evaluation.CompanyReviewChange;
import org.passerelle.core.evaluation.CriterionResult;
import org.passerelle.core.evaluation.ResultChange;
import org.passerelle.core.evaluation.SuccessLevel;
import org.passerelle.core.followup.Selection;
import org.passerelle.core.followup.SheetSummary;
import org.passerelle.core.internal.followup.FollowUpTestBase;
import org.passerelle.core.internal.organisation.LearnerEntity;
import org.passerelle.core.periods.PeriodInformation;
import org.passerelle.core.periods.PeriodKind;
import org.passerelle.core.security.Caller;
import org.passerelle.core.security.Role;
import org.passerelle.core.testing.Fixtures.Pupil;

/**
 * The company review as its users fill it (issue 12, item 2; guide 000): the activity sheets' selections copied in
 * with their sheets' numbers, two people saving at once without overwriting each other, the refusals, and the lock a
 * finalised intermediate review puts on it.
 */
public class CompanyReviewTest extends FollowUpTestBase {

    private JpaEvaluationService evaluation() {
        return core.evaluation;
    }

    private long linkedPlacement(Pupil chloe) {
        long placement = placement("MELEC", chloe).id();
        SheetSummary sheet = followUp.createSheet(chloe.caller(), placement, "Mise en service d'un tableau");
        followUp.linkSheet(teacher, sheet.id(), List.of("T1-1", "T1-2"), List.of(new Selection("C1", null), new Selection("C2", "C2-1")),
                followUp.sheet(teacher, sheet.id()).linkVersion());
        return placement;
    }

    private static CriterionResult result(CompanyReview review, String competency, String criterion) {
        return review.results().stream().filter(r -> r.competency().equals(competency) && java.util.Objects.equals(r.criterion(), criterion))
                .findFirst().orElseThrow(() -> new AssertionError(competency + "/" + criterion + " not in " + review.results()));
    }

    private static CompanyReviewChange levels(ResultChange... changes) {
        return new CompanyReviewChange(null, List.of(changes));
    }

    private static ResultChange level(String competency, String criterion, SuccessLevel level, int version) {
        return new ResultChange(null, competency, criterion, level, version);
    }

    @Test
    public void theSheetsSelectionsAreCopiedInWithTheirSheetsNumbersAndALaterSheetAddsItsOwn() {
        Pupil chloe = pupil();
        long placement = linkedPlacement(chloe);

        CompanyReview review = evaluation().companyReview(teacher, placement);
        assertEquals(0, review.version());
        assertEquals("the period's last day", LocalDate.of(2027, 5, 21), review.meetingDate());
        assertEquals(List.of("T1-1", "T1-2"), review.tasks());
        assertEquals(1, review.sheets().size());
        assertEquals("Mise en service d'un tableau", review.sheets().get(0).title());
        assertEquals(List.of(1), result(review, "C1", null).sheets());
        assertNull(result(review, "C2", "C2-1").level());
        assertEquals(Map.of("C1", CompanyReview.Mode.GLOBAL, "C2", CompanyReview.Mode.CRITERIA), review.modes());

        SheetSummary later = followUp.createSheet(chloe.caller(), placement, "Remplacement d'un disjoncteur");
        followUp.linkSheet(teacher, later.id(), List.of("T2-1"), List.of(new Selection("C2", "C2-1"), new Selection("C2", "C2-2")),
                followUp.sheet(teacher, later.id()).linkVersion());
        CompanyReview again = evaluation().companyReview(teacher, placement);
        assertEquals(List.of(1, 2), result(again, "C2", "C2-1").sheets());
        assertEquals(List.of(2), result(again, "C2", "C2-2").sheets());
        assertEquals("referential order", List.of("C1/null", "C2/C2-1", "C2/C2-2"),
                again.results().stream().map(r -> r.competency() + "/" + r.criterion()).toList());
    }

    @Test
    public void twoPeopleFillingItAtOnceBothKeepWhatTheySetAndAStaleLevelIsA409WithTheReviewAsItIs() {
        Pupil chloe = pupil();
        long placement = linkedPlacement(chloe);
        Caller tutor = tutorOf(placement);
        evaluation().companyReview(tutor, placement);

        evaluation().saveCompanyReview(teacher, placement, levels(level("C1", null, SuccessLevel.ACHIEVED_AUTONOMOUS, 0)));
        CompanyReview both = evaluation().saveCompanyReview(tutor, placement, levels(level("C2", "C2-1", SuccessLevel.PARTIAL, 0)));
        assertEquals(SuccessLevel.ACHIEVED_AUTONOMOUS, result(both, "C1", null).level());
        assertEquals(SuccessLevel.PARTIAL, result(both, "C2", "C2-1").level());
        org.junit.Assert.assertNotNull("who set it", result(both, "C2", "C2-1").updatedBy());

        // The tutor had read C1 unset (version 0): his level for it would silently replace the teacher's.
        DomainException stale = refused(Category.CONFLICT, "stale-version", () -> evaluation().saveCompanyReview(tutor, placement,
                levels(level("C2", "C2-2", SuccessLevel.PARTIAL, 0), level("C1", null, SuccessLevel.NOT_ACHIEVED, 0))));
        CompanyReview current = (CompanyReview) stale.current();
        assertEquals(SuccessLevel.ACHIEVED_AUTONOMOUS, result(current, "C1", null).level());
        CompanyReview after = evaluation().companyReview(teacher, placement);
        assertEquals("nothing of the refused save written", 2, after.results().stream().filter(r -> r.level() != null).count());

        // Choosing the level already there is no conflict; from the version read, the tutor changes it. A version no
        // read could give (negative) is a malformed body, not a same-level save.
        evaluation().saveCompanyReview(tutor, placement, levels(level("C1", null, SuccessLevel.ACHIEVED_AUTONOMOUS, 0)));
        assertEquals("results[0].version", refused(Category.INVALID, "negative-version", () -> evaluation().saveCompanyReview(tutor, placement,
                levels(level("C1", null, SuccessLevel.ACHIEVED_AUTONOMOUS, -1)))).field());
        int version = result(after, "C1", null).version();
        CompanyReview changed = evaluation().saveCompanyReview(tutor, placement, levels(level("C1", null, SuccessLevel.ACHIEVED_WITH_HELP, version)));
        assertEquals(SuccessLevel.ACHIEVED_WITH_HELP, result(changed, "C1", null).level());
    }

    @Test
    public void theHeaderIsSavedFromItsVersionAndChecked() {
        Pupil chloe = pupil();
        long placement = linkedPlacement(chloe);
        refused(Category.NOT_FOUND, "placement-not-found", () -> evaluation().saveCompanyReview(master, placement, levels()));
        evaluation().saveCompanyReview(teacher, placement, levels(level("C1", null, SuccessLevel.PARTIAL, 0)));

        CompanyReviewChange.Header header = new CompanyReviewChange.Header(LocalDate.of(2027, 5, 20), 3, "Bonne implication.", List.of("T1-1"),
                Map.of("C2", CompanyReview.Mode.GLOBAL), 0);
        CompanyReview saved = evaluation().saveCompanyReview(teacher, placement, new CompanyReviewChange(header, List.of()));
        assertEquals(LocalDate.of(2027, 5, 20), saved.meetingDate());
        assertEquals(Integer.valueOf(3), saved.engagement());
        assertEquals("Bonne implication.", saved.comment());
        assertEquals(List.of("T1-1"), saved.tasks());
        assertEquals(CompanyReview.Mode.GLOBAL, saved.modes().get("C2"));
        refused(Category.CONFLICT, "stale-version", () -> evaluation().saveCompanyReview(teacher, placement, new CompanyReviewChange(header, List.of())));

        int v = saved.version();
        refused(Category.INVALID, "engagement-out-of-range", () -> evaluation().saveCompanyReview(teacher, placement, new CompanyReviewChange(
                new CompanyReviewChange.Header(LocalDate.of(2027, 5, 20), 5, null, List.of(), Map.of(), v), List.of())));
        refused(Category.INVALID, "meeting-before-period", () -> evaluation().saveCompanyReview(teacher, placement, new CompanyReviewChange(
                new CompanyReviewChange.Header(LocalDate.of(2027, 4, 1), 2, null, List.of(), Map.of(), v), List.of())));
        refused(Category.INVALID, "unknown-task", () -> evaluation().saveCompanyReview(teacher, placement, new CompanyReviewChange(
                new CompanyReviewChange.Header(LocalDate.of(2027, 5, 20), 2, null, List.of("A1T1"), Map.of(), v), List.of())));
        refused(Category.INVALID, "unknown-criterion", () -> evaluation().saveCompanyReview(teacher, placement,
                levels(level("C1", "C2-1", SuccessLevel.PARTIAL, 0))));
        refused(Category.INVALID, "unknown-competency", () -> evaluation().saveCompanyReview(teacher, placement,
                levels(level("CC3.2", null, SuccessLevel.PARTIAL, 0))));
        DomainException twice = refused(Category.INVALID, "duplicate-result", () -> evaluation().saveCompanyReview(teacher, placement,
                levels(level("C3", null, SuccessLevel.PARTIAL, 0), level("C3", null, SuccessLevel.ABSENT, 0))));
        assertEquals("a level on the competency as a whole names it", List.of("C3"), List.of(twice.args()));
        DomainException criterionTwice = refused(Category.INVALID, "duplicate-result", () -> evaluation().saveCompanyReview(teacher, placement,
                levels(level("C2", "C2-1", SuccessLevel.PARTIAL, 0), level("C2", "C2-1", SuccessLevel.ABSENT, 0))));
        assertEquals("the criterion given twice, not its competency", List.of("C2-1"), List.of(criterionTwice.args()));
    }

    @Test
    public void whoReadsAndWhoWrites() {
        Pupil chloe = pupil();
        long placement = linkedPlacement(chloe);
        evaluation().companyReview(chloe.caller(), placement);
        refused(Category.FORBIDDEN, "role-not-allowed", () -> evaluation().saveCompanyReview(chloe.caller(), placement, levels()));
        assertFalse(evaluation().companyReview(chloe.caller(), placement).writable());
        assertTrue(evaluation().companyReview(tutorOf(placement), placement).writable());
        refused(Category.NOT_FOUND, "placement-not-found", () -> evaluation().companyReview(pupil().caller(), placement));
        refused(Category.NOT_FOUND, "placement-not-found", () -> evaluation().companyReview(tutorOf(placement + 1000), placement));
        Caller elsewhere = core.fixtures.person(Role.TEACHER, core.fixtures.establishment("Autre lycée"));
        refused(Category.NOT_FOUND, "placement-not-found", () -> evaluation().saveCompanyReview(elsewhere, placement, levels()));

        long discovery = placement("MELEC", pupil(), new PeriodInformation("PFMP 1", PeriodKind.PERIOD_1, "2027-01-04", "2027-01-22")).id();
        refused(Category.INVALID, "no-company-review-in-period-1", () -> evaluation().companyReview(teacher, discovery));
    }

    @Test
    public void aReviewAFinalisedIntermediateReviewTookIntoAccountCanNoLongerChange() {
        Pupil chloe = pupil();
        long placement = linkedPlacement(chloe);
        CompanyReview saved = evaluation().saveCompanyReview(teacher, placement, levels(level("C1", null, SuccessLevel.PARTIAL, 0)));
        core.db.jpa().tx(em -> em.persist(new IntermediateReviewEntity(em.find(LearnerEntity.class, chloe.learnerId()), "2027-06-01", true)));

        CompanyReview locked = evaluation().companyReview(teacher, placement);
        assertTrue(locked.takenIntoAccount());
        assertFalse(locked.writable());
        refused(Category.CONFLICT, "review-taken-into-account", () -> evaluation().saveCompanyReview(teacher, placement,
                levels(level("C1", null, SuccessLevel.ACHIEVED_AUTONOMOUS, result(saved, "C1", null).version()))));
        assertEquals(SuccessLevel.PARTIAL, result(evaluation().companyReview(teacher, placement), "C1", null).level());
    }

    @Test
    public void theMeetingDateCannotGoBackIntoWhatAFinalisedReviewTookIntoAccount() {
        Pupil chloe = pupil();
        long placement = linkedPlacement(chloe);
        core.db.jpa().tx(em -> em.persist(new IntermediateReviewEntity(em.find(LearnerEntity.class, chloe.learnerId()), "2027-05-10", true)));
        CompanyReview review = evaluation().companyReview(teacher, placement);
        assertFalse("meeting on the 21st, after the review", review.takenIntoAccount());
        refused(Category.INVALID, "meeting-in-reviewed-past", () -> evaluation().saveCompanyReview(teacher, placement, new CompanyReviewChange(
                new CompanyReviewChange.Header(LocalDate.of(2027, 5, 10), null, null, List.of(), Map.of(), 0), List.of())));
    }
}
