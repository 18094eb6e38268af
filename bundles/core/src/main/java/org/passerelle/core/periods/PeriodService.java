package org.passerelle.core.periods;

import java.util.List;
import org.passerelle.core.security.Caller;

/**
 * Annexes, periods, placements and liaison sheets (DOMAIN.md, "Periods and placements"). Staff of the
 * establishment prepare them; a learner fills the place of their own sheets; a master may adjust the objectives
 * and tasks of their apprentices'. Every write is one transaction; versions guard concurrent edits.
 */
public interface PeriodService {

    List<Annex> annexes(Caller caller, long establishmentId);

    Annex createAnnex(Caller caller, long establishmentId, AnnexForm form);

    Annex updateAnnex(Caller caller, long annexId, AnnexForm form);

    /** A period can only be created from an annex: it copies the annex's objectives and tasks. */
    Period createPeriod(Caller caller, long annexId, PeriodInformation information, List<Long> learnerIds);

    List<Period> periods(Caller caller, long establishmentId, Long classLevelId);

    Period period(Caller caller, long periodId);

    Period updateInformation(Caller caller, long periodId, PeriodInformation information, Integer version);

    /** Assigns the learners: a placement is created for each new one and removed for each one taken off. */
    Period updateLearners(Caller caller, long periodId, List<Long> learnerIds, Integer version);

    /** New objectives of the period; liaison sheets that were not individualised follow. */
    Period updateObjectives(Caller caller, long periodId, List<String> objectives, Integer version);

    /** New planned tasks of the period (codes of its referential version); sheets not individualised follow. */
    Period updateTasks(Caller caller, long periodId, List<String> tasks, Integer version);

    /**
     * Deletes a period (confirm must be true): its activity sheets move to each learner's free-sheets folder, and
     * the period can be restored for 30 days. Refused while any of its company reviews is taken into account.
     */
    void deletePeriod(Caller caller, long periodId, boolean confirm);

    /** Restores a period deleted less than 30 days ago, its sheets back in their placements. */
    Period restorePeriod(Caller caller, long periodId);

    /** Periods of the establishment deleted less than 30 days ago, for restoring. */
    List<Period> deletedPeriods(Caller caller, long establishmentId);

    /** View by periods: the learners of the period with the count of their sheets. */
    List<Placement> placements(Caller caller, long periodId);

    /** View by learners: the learner's periods. */
    List<LearnerPeriod> learnerPeriods(Caller caller, long learnerId);

    /**
     * The data of one placement's attendance certificate: whoever may read the placement (staff of the
     * establishment, the learner, a tutor whose link grants it); 404 placement-not-found otherwise; 400
     * {@code no-agreement-for-apprentice} for an apprentice's placement (their contract stands for it).
     */
    PlacementDocument document(Caller caller, long placementId);

    /**
     * The data of one placement's pre-agreement, an agreement between the school, the company and the learner
     * (DOMAIN.md, Documents): staff of the establishment and the learner; a tutor or a master is refused
     * {@code 403 role-not-allowed} whatever the placement (existing or not), then as {@link #document}.
     */
    PlacementDocument preAgreement(Caller caller, long placementId);

    /** The documents' data of every pupil's placement of the period (teaching team); apprentices are left out. */
    List<PlacementDocument> documents(Caller caller, long periodId);

    Placement placement(Caller caller, long placementId);

    Placement updatePlace(Caller caller, long placementId, LiaisonPlace place, Integer version);

    /** Individualises the sheet's objectives and tasks (referent team or master). */
    Placement individualise(Caller caller, long placementId, List<String> objectives, List<String> tasks, Integer version);

    /** Back to the period's objectives and tasks; the sheet is no longer individualised. */
    Placement realign(Caller caller, long placementId, Integer version);

    /**
     * Creates the company tutor of a pupil's placement (last name, first name, valid e-mail). Refused for an
     * apprentice, who has a master.
     */
    Placement createTutor(Caller caller, long placementId, String familyName, String firstName, String email);

    /** E-mails the tutor a link that opens this placement's liaison sheet and nothing else (earlier links end). */
    org.passerelle.core.security.TrainerLink sendTutorLink(Caller caller, long placementId, String accessUrlPrefix);

    /** What every pre-agreement of the period prints besides the liaison sheets (staff of the establishment). */
    PreAgreementTerms preAgreementTerms(Caller caller, long periodId);

    /**
     * Changes the period's pre-agreement terms (staff of the establishment; empty texts leave lines to complete by
     * hand). 409 period-locked once a company review is taken into account, 409 stale-version with the current terms.
     */
    PreAgreementTerms updatePreAgreementTerms(Caller caller, long periodId, PreAgreementTerms terms);

    /** The attendance certificate's fields of a pupil's placement (staff of the establishment). */
    AttendanceDetails attendance(Caller caller, long placementId);

    /**
     * Changes the attendance certificate's fields (staff of the establishment): every field optional, total hours from
     * 0 to 2,000 with at most one decimal (400 hours-out-of-range); 409 stale-version with the current details.
     */
    AttendanceDetails updateAttendance(Caller caller, long placementId, AttendanceDetails details);
}
