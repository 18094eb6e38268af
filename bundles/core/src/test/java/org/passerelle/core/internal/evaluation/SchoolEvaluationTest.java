package org.passerelle.core.internal.evaluation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.Test;
import org.passerelle.core.DomainException;
import org.passerelle.core.DomainException.Category;
import org.passerelle.core.evaluation.CompanyReviewChange;
import org.passerelle.core.evaluation.Dashboard;
import org.passerelle.core.evaluation.ResultChange;
import org.passerelle.core.evaluation.SchoolEvaluation;
import org.passerelle.core.evaluation.SchoolEvaluationDraft;
import org.passerelle.core.evaluation.SuccessLevel;
import org.passerelle.core.followup.Selection;
import org.passerelle.core.internal.followup.FollowUpTestBase;
import org.passerelle.core.internal.organisation.LearnerEntity;
import org.passerelle.core.security.Caller;
import org.passerelle.core.security.Role;
import org.passerelle.core.testing.Fixtures.Pupil;

/**
 * School evaluations entered for a whole class (issue 12, item 5) and the dashboard they feed with the company reviews
 * (item 6): columns in the learner's chronology, the boundary of the last finalised intermediate review.
 */
public class SchoolEvaluationTest extends FollowUpTestBase {

    private static final List<Selection> GRID = List.of(new Selection("C2", "C2-1"), new Selection("C2", "C2-2"), new Selection("C1", null));

    private long melecClass() {
        return core.fixtures.schoolClass(establishment, core.fixtures.classLevel(establishment, "MELEC"));
    }

    private SchoolEvaluation create(long classId, String title, LocalDate date) {
        return core.evaluation.createSchoolEvaluation(teacher, new SchoolEvaluationDraft(classId, title, date, Dashboard.Complexity.INTERMEDIATE, GRID));
    }

    private static ResultChange cell(Pupil learner, String competency, String criterion, SuccessLevel level, int version) {
        return new ResultChange(learner.learnerId(), competency, criterion, level, version);
    }

    @Test
    public void aWholeClassIsEnteredInOneSaveAndAStaleCellRefusesTheWholeSave() {
        long classId = melecClass();
        Pupil ana = core.fixtures.learner(establishment, classId);
        Pupil ben = core.fixtures.learner(establishment, classId);
        SchoolEvaluation created = create(classId, "TP câblage d'un tableau", LocalDate.of(2027, 1, 12));
        assertEquals("the referential's order", List.of("C1", "C2-1", "C2-2"),
                created.criteria().stream().map(s -> s.criterion() == null ? s.competency() : s.criterion()).toList());
        assertEquals(2, created.learners().size());

        SchoolEvaluation saved = core.evaluation.saveSchoolResults(teacher, created.id(), List.of(
                cell(ana, "C1", null, SuccessLevel.ACHIEVED_AUTONOMOUS, 0), cell(ana, "C2", "C2-1", SuccessLevel.PARTIAL, 0),
                cell(ben, "C1", null, SuccessLevel.ABSENT, 0)));
        assertEquals(3, saved.learners().stream().mapToInt(r -> r.results().size()).sum());
        assertEquals(3, core.evaluation.schoolEvaluations(teacher, classId).get(0).levelsGiven());

        Caller colleague = core.fixtures.person(Role.TEACHER, establishment);
        DomainException stale = refused(Category.CONFLICT, "stale-version", () -> core.evaluation.saveSchoolResults(colleague, created.id(), List.of(
                cell(ben, "C2", "C2-2", SuccessLevel.PARTIAL, 0), cell(ana, "C1", null, SuccessLevel.NOT_ACHIEVED, 0))));
        assertEquals(3, ((SchoolEvaluation) stale.current()).learners().stream().mapToInt(r -> r.results().size()).sum());

        refused(Category.INVALID, "learner-not-in-class", () -> core.evaluation.saveSchoolResults(teacher, created.id(), List.of(
                cell(pupil(), "C1", null, SuccessLevel.PARTIAL, 0))));
        refused(Category.INVALID, "criterion-not-in-evaluation", () -> core.evaluation.saveSchoolResults(teacher, created.id(), List.of(
                cell(ana, "C2", "C2-3", SuccessLevel.PARTIAL, 0))));
        refused(Category.FORBIDDEN, "role-not-allowed", () -> core.evaluation.schoolEvaluation(ana.caller(), created.id()));
        Caller elsewhere = core.fixtures.person(Role.TEACHER, core.fixtures.establishment("Autre lycée"));
        refused(Category.NOT_FOUND, "school-evaluation-not-found", () -> core.evaluation.schoolEvaluation(elsewhere, created.id()));
        refused(Category.NOT_FOUND, "class-not-found", () -> core.evaluation.schoolEvaluations(elsewhere, classId));
    }

    /** A teacher mends an evaluation's header and grid; a criterion that carries a level never leaves with it. */
    @Test
    public void anEvaluationIsEditedFromItsVersionAndNeverDropsALevel() {
        long classId = melecClass();
        Pupil ana = core.fixtures.learner(establishment, classId);
        SchoolEvaluation created = create(classId, "TP câblage", LocalDate.of(2027, 1, 12));
        core.evaluation.saveSchoolResults(teacher, created.id(), List.of(cell(ana, "C2", "C2-1", SuccessLevel.PARTIAL, 0),
                cell(ana, "C2", "C2-2", SuccessLevel.ACHIEVED_AUTONOMOUS, 0)));
        // The C2-2 level cleared: its row stays (version 2, no level) until the criterion leaves the grid.
        core.evaluation.saveSchoolResults(teacher, created.id(), List.of(cell(ana, "C2", "C2-2", null, 1)));

        List<Selection> without = List.of(new Selection("C2", "C2-1"), new Selection("C1", null), new Selection("C4", null));
        SchoolEvaluation edited = core.evaluation.editSchoolEvaluation(teacher, created.id(), new SchoolEvaluationDraft(null,
                "TP câblage d'un tableau", LocalDate.of(2027, 1, 19), Dashboard.Complexity.BAC_PRO, without), created.version());
        assertEquals("TP câblage d'un tableau", edited.title());
        assertEquals(LocalDate.of(2027, 1, 19), edited.date());
        assertEquals(Dashboard.Complexity.BAC_PRO, edited.complexity());
        assertEquals(List.of("C1", "C2-1", "C4"), edited.criteria().stream().map(s -> s.criterion() == null ? s.competency() : s.criterion()).toList());
        assertEquals("the cleared C2-2 went with its criterion", List.of("C2-1"),
                edited.learners().get(0).results().stream().map(r -> r.criterion()).toList());

        DomainException kept = refused(Category.CONFLICT, "criterion-has-levels", () -> core.evaluation.editSchoolEvaluation(teacher, created.id(),
                new SchoolEvaluationDraft(null, "TP", LocalDate.of(2027, 1, 19), Dashboard.Complexity.BAC_PRO, List.of(new Selection("C1", null))),
                edited.version()));
        assertEquals("criteria", kept.field());
        assertEquals(List.of("C2-1"), List.of(kept.args()));
        DomainException stale = refused(Category.CONFLICT, "stale-version", () -> core.evaluation.editSchoolEvaluation(teacher, created.id(),
                new SchoolEvaluationDraft(null, "Autre titre", LocalDate.of(2027, 1, 19), Dashboard.Complexity.BAC_PRO, without), created.version()));
        assertEquals("TP câblage d'un tableau", ((SchoolEvaluation) stale.current()).title());
        SchoolEvaluation now = core.evaluation.schoolEvaluation(teacher, created.id());
        assertEquals("nothing of the refused edits written", edited.version(), now.version());
        assertEquals(SuccessLevel.PARTIAL, now.learners().get(0).results().get(0).level());
        Caller elsewhere = core.fixtures.person(Role.TEACHER, core.fixtures.establishment("Autre lycée"));
        refused(Category.NOT_FOUND, "school-evaluation-not-found", () -> core.evaluation.editSchoolEvaluation(elsewhere, created.id(),
                new SchoolEvaluationDraft(null, "TP", LocalDate.of(2027, 1, 19), Dashboard.Complexity.BAC_PRO, without), now.version()));
    }

    /** An evaluation made by mistake goes, but only once none of its cells holds a level. */
    @Test
    public void anEvaluationIsDeletedOnlyWithoutLevels() {
        long classId = melecClass();
        Pupil ana = core.fixtures.learner(establishment, classId);
        SchoolEvaluation created = create(classId, "Doublon", LocalDate.of(2027, 1, 12));
        SchoolEvaluation saved = core.evaluation.saveSchoolResults(teacher, created.id(), List.of(cell(ana, "C1", null, SuccessLevel.ABSENT, 0)));
        DomainException refusal = refused(Category.CONFLICT, "school-evaluation-has-levels",
                () -> core.evaluation.deleteSchoolEvaluation(teacher, created.id(), saved.version()));
        assertEquals(List.of(1L), List.of(refusal.args()));
        assertEquals(1, core.evaluation.schoolEvaluations(teacher, classId).size());

        core.evaluation.saveSchoolResults(teacher, created.id(), List.of(cell(ana, "C1", null, null, 1)));
        refused(Category.CONFLICT, "stale-version", () -> core.evaluation.deleteSchoolEvaluation(teacher, created.id(), saved.version() + 1));
        core.evaluation.deleteSchoolEvaluation(teacher, created.id(), saved.version());
        assertEquals(0, core.evaluation.schoolEvaluations(teacher, classId).size());
        refused(Category.NOT_FOUND, "school-evaluation-not-found", () -> core.evaluation.schoolEvaluation(teacher, created.id()));
        assertEquals("no column left in the learner's dashboard", 0, core.evaluation.dashboard(teacher, ana.learnerId()).columns().size());
    }

    @Test
    public void aDraftIsChecked() {
        long classId = melecClass();
        refused(Category.INVALID, "unknown-criterion", () -> core.evaluation.createSchoolEvaluation(teacher, new SchoolEvaluationDraft(classId, "TP",
                LocalDate.of(2027, 1, 12), Dashboard.Complexity.DISCOVERY, List.of(new Selection("C1", "C9-9")))));
        refused(Category.INVALID, "global-or-criteria", () -> core.evaluation.createSchoolEvaluation(teacher, new SchoolEvaluationDraft(classId, "TP",
                LocalDate.of(2027, 1, 12), Dashboard.Complexity.DISCOVERY, List.of(new Selection("C1", "C1-1"), new Selection("C1", null)))));
        refused(Category.INVALID, "required", () -> core.evaluation.createSchoolEvaluation(teacher, new SchoolEvaluationDraft(classId, " ",
                LocalDate.of(2027, 1, 12), Dashboard.Complexity.DISCOVERY, GRID)));
        refused(Category.INVALID, "required", () -> core.evaluation.createSchoolEvaluation(teacher, new SchoolEvaluationDraft(classId, "TP",
                LocalDate.of(2027, 1, 12), Dashboard.Complexity.DISCOVERY, List.of())));
    }

    @Test
    public void theDashboardShowsSchoolAndCompanyColumnsInTheLearnersChronologyWithTheBoundary() {
        long classId = melecClass();
        Pupil ana = core.fixtures.learner(establishment, classId);
        SchoolEvaluation late = create(classId, "Évaluation de juin", LocalDate.of(2027, 6, 10));
        SchoolEvaluation early = create(classId, "Évaluation de janvier", LocalDate.of(2027, 1, 12));
        core.evaluation.saveSchoolResults(teacher, late.id(), List.of(cell(ana, "C2", "C2-1", SuccessLevel.ACHIEVED_AUTONOMOUS, 0)));
        core.evaluation.saveSchoolResults(teacher, early.id(), List.of(cell(ana, "C2", "C2-1", SuccessLevel.NOT_ACHIEVED, 0)));
        long placement = placement("MELEC", ana).id();
        core.evaluation.saveCompanyReview(teacher, placement, new CompanyReviewChange(null, List.of(
                new ResultChange(null, "C2", "C2-1", SuccessLevel.ACHIEVED_WITH_HELP, 0))));
        core.db.jpa().tx(em -> em.persist(new IntermediateReviewEntity(em.find(LearnerEntity.class, ana.learnerId()), "2027-05-31", true)));

        Dashboard dashboard = core.evaluation.dashboard(ana.caller(), ana.learnerId());
        assertEquals(List.of("F Évaluation de janvier", "E PFMP 2", "F Évaluation de juin"),
                dashboard.columns().stream().map(c -> c.source().code() + " " + c.title()).toList());
        assertEquals("the review of 31 May took the first two into account", 2, dashboard.boundary());
        Dashboard.Row c21 = dashboard.sections().stream().filter(s -> s.competency().equals("C2")).findFirst().orElseThrow()
                .rows().stream().filter(r -> "C2-1".equals(r.criterion())).findFirst().orElseThrow();
        assertEquals(List.of(SuccessLevel.NOT_ACHIEVED, SuccessLevel.ACHIEVED_WITH_HELP, SuccessLevel.ACHIEVED_AUTONOMOUS), c21.cells());
        Dashboard.Row c22 = dashboard.sections().stream().filter(s -> s.competency().equals("C2")).findFirst().orElseThrow()
                .rows().stream().filter(r -> "C2-2".equals(r.criterion())).findFirst().orElseThrow();
        assertNull(c22.cells().get(0));

        assertFalse(dashboard.columns().isEmpty());
        refused(Category.NOT_FOUND, "learner-not-found", () -> core.evaluation.dashboard(pupil().caller(), ana.learnerId()));
        assertEquals(3, core.evaluation.dashboard(tutorOf(placement), ana.learnerId()).columns().size());
    }
}
