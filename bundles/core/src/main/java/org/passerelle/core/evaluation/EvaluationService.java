package org.passerelle.core.evaluation;

import java.util.List;
import org.passerelle.core.security.Caller;

/**
 * Assessment (issue 12; DOMAIN.md "Evaluation" and "Locks"; guides 000, 002, 003, 004). Each operation is one
 * transaction. Errors are {@link org.passerelle.core.DomainException}s: 404 for a record the caller may not read
 * (another establishment's, another learner's), 403 for a role that may not do it, 400 for refused input with the
 * field at fault, 409 {@code stale-version} with the current state when a version read is no longer the stored one, 409
 * {@code review-taken-into-account} for a company review a finalised intermediate review took into account.
 */
public interface EvaluationService {

    /**
     * The company review of a placement of a {@code PERIOD_2} or {@code OTHER} period (400
     * {@code no-company-review-in-period-1} otherwise), as the caller reads it: staff of the establishment, the
     * learner, their master, the tutor whose link grants the placement.
     */
    CompanyReview companyReview(Caller caller, long placementId);

    /**
     * Saves a company review's header and levels in one transaction (teacher, DDFPT, administrator of the
     * establishment; the granted tutor; the master). Each level is checked against its own version, so that two people
     * filling one review at once never overwrite each other: a stale one is 409 with the review as it is now, and
     * nothing of the save is written. Codes must be of the placement's referential version (400 {@code unknown-competency},
     * {@code unknown-criterion}, {@code unknown-task}); engagement 1–4; the meeting date not before the period's start
     * nor on or before the learner's last finalised intermediate review.
     */
    CompanyReview saveCompanyReview(Caller caller, long placementId, CompanyReviewChange change);

    /**
     * The professional attitudes review of a placement (any period kind), read by whoever reads the placement; the
     * attitudes are the referential version's.
     */
    AttitudesReview attitudesReview(Caller caller, long placementId);

    /**
     * Saves levels of the attitudes review on the caller's side (the tutor's or master's: COMPANY; staff: SCHOOL), each
     * from its version; all or nothing, 409 with the review as it is now, 400 {@code unknown-attitude}.
     */
    AttitudesReview saveAttitudes(Caller caller, long placementId, List<AttitudesReview.Change> changes);

    /** Creates a school evaluation of a class of the caller's establishment (teacher, DDFPT, administrator). */
    SchoolEvaluation createSchoolEvaluation(Caller caller, SchoolEvaluationDraft draft);

    /** A class's school evaluations, newest first (staff of its establishment). */
    List<SchoolEvaluationSummary> schoolEvaluations(Caller caller, long classId);

    /** A school evaluation with its whole-class grid (staff of its establishment). */
    SchoolEvaluation schoolEvaluation(Caller caller, long evaluationId);

    /**
     * Edits a school evaluation's title, date, complexity and criteria from its {@code version} ({@code draft.classId()}
     * is ignored: an evaluation stays with its class). 409 {@code stale-version} with the evaluation as it is now; 409
     * {@code criterion-has-levels} (field {@code criteria}, the criterion named) when a criterion taken off the grid
     * carries a level: levels are never dropped by an edit; 400 as {@link #createSchoolEvaluation}.
     */
    SchoolEvaluation editSchoolEvaluation(Caller caller, long evaluationId, SchoolEvaluationDraft draft, Integer version);

    /**
     * Deletes a school evaluation made by mistake, from its {@code version}: only while none of its cells has a level
     * (409 {@code school-evaluation-has-levels} with how many, the evaluation untouched); 409 {@code stale-version}.
     */
    void deleteSchoolEvaluation(Caller caller, long evaluationId, Integer version);

    /**
     * Saves levels of the grid, any learners and criteria at once (up to 2,000), each from its version; as
     * {@link #saveCompanyReview}: all or nothing, 409 with the grid as it is now.
     */
    SchoolEvaluation saveSchoolResults(Caller caller, long evaluationId, List<ResultChange> results);

    /**
     * A learner's dashboard, competency view, in the default version of their class level's referential (staff of the
     * establishment, the learner, their master, a tutor whose link grants one of their placements).
     */
    Dashboard dashboard(Caller caller, long learnerId);

    /**
     * The same learner's dashboard, activity view: tasks × weeks, from their logbook's weekly tasks, their activity
     * sheets (the tasks the learner and the teacher ticked, in the week of the activity's date) and their company
     * reviews' tasks (in the meeting's week).
     */
    ActivityView activities(Caller caller, long learnerId);

    /** The synthesis of the learner's periods in company (whoever reads the learner's record), oldest period first. */
    PfmpSynthesis synthesis(Caller caller, long learnerId);

    /** The same for every learner of a class level of the establishment (staff), by class then name. */
    List<PfmpSynthesis> levelSynthesis(Caller caller, long classLevelId);
}
