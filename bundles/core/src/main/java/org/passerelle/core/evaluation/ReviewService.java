package org.passerelle.core.evaluation;

import java.util.List;
import org.passerelle.core.security.Caller;

/**
 * Competency reviews (issue 12, items 7 to 10; guides 004 and 002; DOMAIN.md "Evaluation" and "Locks"): intermediate
 * competency reviews by the teachers, company-activity reviews by the apprentice's master, the learner's archive of
 * them, and an establishment's mark mapping. Each operation one transaction; errors as {@link EvaluationService}'s,
 * with 409 {@code review-finalised} for a change to a finalised review, 409 {@code review-draft-exists} for a second
 * draft of one kind, 400 {@code confirmation-required} for a finalisation without the exact word {@code CONFIRMATION}.
 */
public interface ReviewService {

    /** The word to type to finalise a review (guide 004: « en lettres majuscules »). */
    String CONFIRMATION = "CONFIRMATION";

    /**
     * Starts a draft for the learner, dated {@code date}, in the default version of their class level's referential:
     * an intermediate review (staff of the establishment) or a company-activity review (the learner's master).
     */
    CompetencyReview create(Caller caller, long learnerId, CompetencyReview.Kind kind, java.time.LocalDate date);

    /** A review: staff read every one; the learner, their master and a tutor of theirs read the finalised ones. */
    CompetencyReview review(Caller caller, long reviewId);

    /**
     * Saves a draft from its version (409 stale-version with the review as it is now; 409 review-finalised, with it, once
     * finalised). The body is the whole draft: {@code levels}, {@code findings} and {@code advice} are required (400
     * required; an empty text or list is how one clears them). Only the competencies named in {@code levels} change, a
     * null level taking one off. A level's objective is stored as given (none when none is chosen; never for NE).
     */
    CompetencyReview save(Caller caller, long reviewId, CompetencyReviewChange change);

    /**
     * Finalises a draft when {@code confirmation} is exactly {@link #CONFIRMATION}: an intermediate review needs at least
     * one level, and an objective for each level other than NE (400 objective-required naming the competency); a
     * company-activity review its findings and advice. From then on it never changes; an intermediate
     * review locks the company reviews met on or before its date, and their periods.
     */
    CompetencyReview finalise(Caller caller, long reviewId, String confirmation, Integer version);

    /** The DDFPT alone makes a finalised review a draft again, saying why (1–500 characters); recorded in the audit log. */
    CompetencyReview unlock(Caller caller, long reviewId, String reason, Integer version);

    /** Deletes a draft (its author's kind of staff or master); a finalised review is never deleted. */
    void deleteDraft(Caller caller, long reviewId, Integer version);

    /**
     * The learner's reviews over their whole course, oldest first (« Bilans de compétences »): finalised ones for
     * every reader, drafts too for who may write them.
     */
    List<CompetencyReview> archive(Caller caller, long learnerId);

    /** The establishment's mark mapping (staff). */
    MarkScale markScale(Caller caller, long establishmentId);

    /** Sets it (ADMIN, DDFPT), from its version; proposed marks of drafts follow it, finalised ones keep theirs. */
    MarkScale saveMarkScale(Caller caller, long establishmentId, MarkScale scale);
}
