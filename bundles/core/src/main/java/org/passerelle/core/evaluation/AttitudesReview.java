package org.passerelle.core.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The professional attitudes review (bilan des attitudes professionnelles) of a placement, any period kind (guide 000:
 * filled at the end of the period by the tutor, « le professeur peut consulter, compléter et modifier le bilan »): per
 * attitude of the placement's referential version, the company's level and the school's, both shown, each on the
 * success scale.
 *
 * @param side   the side this caller writes (COMPANY for the tutor or master, SCHOOL for staff), null for a reader and
 *               for everyone once the review is taken into account
 * @param locked taken into account: the placement's company review is on or before a finalised intermediate review of
 *               the learner (DOMAIN.md, "Locks"), so the period's attitudes are as that review saw them; saves are 409
 *               {@code attitudes-taken-into-account}
 */
public record AttitudesReview(long placementId, long learnerId, String learnerName, String periodName, LocalDate periodStart,
                              LocalDate periodEnd, String company, String referentialCode, String referentialVersion, List<Attitude> attitudes,
                              Side side, boolean locked) {

    /** Who gave a level: the company (tutor or master) or the school (the teacher's completion or correction). */
    public enum Side {
        COMPANY, SCHOOL
    }

    /** One attitude with the two levels given (a null level: not given yet; version 0: never saved). */
    public record Attitude(String code, String title, Level company, Level school) {
    }

    public record Level(SuccessLevel level, String updatedBy, Instant updatedAt, int version) {
    }

    /** A level to save on the caller's side: the attitude's code, the level (null clears it), the version read. */
    public record Change(String attitude, SuccessLevel level, Integer version) {
    }

    public AttitudesReview {
        attitudes = List.copyOf(attitudes);
    }
}
