package org.passerelle.core.periods;

import java.util.List;

/**
 * A learner's folder for one period, with its liaison sheet. objectives and tasks start as the period's;
 * individualised once a teacher or master changes them, then differsFromPeriod tells whether they still match.
 */
public record Placement(long id, long periodId, long learnerId, String learnerName, LiaisonPlace place, List<String> objectives,
                        List<String> tasks, boolean individualised, boolean differsFromPeriod, Tutor tutor, long sheetCount, int version) {

    /** The pupil's company tutor, once created. */
    public record Tutor(long id, String familyName, String firstName, String email) {
    }
}
