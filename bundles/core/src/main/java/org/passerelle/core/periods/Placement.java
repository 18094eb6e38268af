package org.passerelle.core.periods;

import java.time.LocalDate;
import java.util.List;

/**
 * A learner's folder for one period, with its liaison sheet. objectives and tasks start as the period's;
 * individualised once a teacher or master changes them, then differsFromPeriod tells whether they still match.
 * The period's name, kind, dates and referential version are repeated so that a sheet can be shown on its own
 * (the tutor reads the sheet, not the period); apprentice: the learner has a master (named in {@code master}) and no
 * tutor; locked: the period's company review is taken into account; sheetCount: the activity sheets the learner keeps
 * (not those they deleted, nor an apprentice's weekly sheets); portfolioEdited: a page of the portfolio or logbook was
 * saved at least once (issue 11, item 11).
 */
public record Placement(long id, long periodId, String periodName, PeriodKind kind, LocalDate startDate, LocalDate endDate,
                        String referentialCode, String referentialVersion, long learnerId, String learnerName, boolean apprentice,
                        LiaisonPlace place, List<String> objectives, List<String> tasks, boolean individualised, boolean differsFromPeriod,
                        Tutor tutor, long sheetCount, boolean locked, int version, Master master, boolean portfolioEdited) {

    /** An apprentice's apprenticeship master (« maître d'apprentissage »), named on their sheet; null for a pupil. */
    public record Master(long id, String familyName, String firstName, String email) {
    }

    /**
     * The pupil's company tutor, once created, and where their access stands: {@code access} is {@code NONE} (no link
     * sent yet), {@code ACTIVE} (a link works until {@code accessUntil}), {@code EXPIRED} or {@code REVOKED} (the newest
     * link no longer works; {@code accessUntil} is when it ended).
     */
    public record Tutor(long id, String familyName, String firstName, String email, String access, java.time.Instant accessUntil) {
    }
}
