package org.passerelle.core.internal.evaluation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.assertNull;

import java.util.List;
import org.junit.Test;
import org.passerelle.core.DomainException;
import org.passerelle.core.DomainException.Category;
import org.passerelle.core.evaluation.AttitudesReview;
import org.passerelle.core.evaluation.SuccessLevel;
import org.passerelle.core.internal.followup.FollowUpTestBase;
import org.passerelle.core.periods.PeriodInformation;
import org.passerelle.core.periods.PeriodKind;
import org.passerelle.core.security.Caller;
import org.passerelle.core.testing.Fixtures.Pupil;

/**
 * The professional attitudes review (issue 12, item 4; guide 000): the tutor fills it, the teacher completes or corrects
 * it, both levels kept and shown, in a « Période 1 » too; neither side overwrites the other.
 */
public class AttitudesReviewTest extends FollowUpTestBase {

    private static AttitudesReview.Attitude attitude(AttitudesReview review, String code) {
        return review.attitudes().stream().filter(a -> a.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    public void theTutorFillsItTheTeacherCorrectsItAndBothLevelsAreKept() {
        Pupil ana = pupil();
        long placement = placement("MELEC", ana, new PeriodInformation("PFMP 1", PeriodKind.PERIOD_1, "2027-01-04", "2027-01-22")).id();
        Caller tutor = tutorOf(placement);
        AttitudesReview blank = core.evaluation.attitudesReview(tutor, placement);
        assertEquals("MELEC 1.0's five attitudes", List.of("AP1", "AP2", "AP3", "AP4", "AP5"), blank.attitudes().stream()
                .map(AttitudesReview.Attitude::code).toList());
        assertEquals(AttitudesReview.Side.COMPANY, blank.side());

        core.evaluation.saveAttitudes(tutor, placement, List.of(new AttitudesReview.Change("AP1", SuccessLevel.ACHIEVED_AUTONOMOUS, 0),
                new AttitudesReview.Change("AP2", SuccessLevel.PARTIAL, 0)));
        AttitudesReview corrected = core.evaluation.saveAttitudes(teacher, placement, List.of(new AttitudesReview.Change("AP2",
                SuccessLevel.ACHIEVED_WITH_HELP, 0)));
        assertEquals(SuccessLevel.PARTIAL, attitude(corrected, "AP2").company().level());
        assertEquals(SuccessLevel.ACHIEVED_WITH_HELP, attitude(corrected, "AP2").school().level());
        assertNull(attitude(corrected, "AP1").school().level());
        assertEquals(AttitudesReview.Side.SCHOOL, corrected.side());

        // The tutor changes AP2 from what he read: his side only; a stale version is a 409 with the review as it is.
        int version = attitude(corrected, "AP2").company().version();
        core.evaluation.saveAttitudes(tutor, placement, List.of(new AttitudesReview.Change("AP2", SuccessLevel.ACHIEVED_WITH_HELP, version)));
        DomainException stale = refused(Category.CONFLICT, "stale-version", () -> core.evaluation.saveAttitudes(tutor, placement,
                List.of(new AttitudesReview.Change("AP2", SuccessLevel.NOT_ACHIEVED, version))));
        assertEquals(SuccessLevel.ACHIEVED_WITH_HELP, attitude((AttitudesReview) stale.current(), "AP2").company().level());

        refused(Category.INVALID, "unknown-attitude", () -> core.evaluation.saveAttitudes(teacher, placement,
                List.of(new AttitudesReview.Change("C1", SuccessLevel.PARTIAL, 0))));
        refused(Category.FORBIDDEN, "role-not-allowed", () -> core.evaluation.saveAttitudes(ana.caller(), placement,
                List.of(new AttitudesReview.Change("AP1", SuccessLevel.PARTIAL, 0))));
        assertNull("the learner reads it", core.evaluation.attitudesReview(ana.caller(), placement).side());
        refused(Category.NOT_FOUND, "placement-not-found", () -> core.evaluation.attitudesReview(pupil().caller(), placement));

        // A learner with a review stays in the period.
        var period = core.periods.placement(teacher, placement);
        refused(Category.CONFLICT, "placement-has-review", () -> core.periods.updateLearners(teacher, period.periodId(), List.of(),
                core.periods.period(teacher, period.periodId()).version()));
    }

    /** Once its company review is taken into account by a finalised intermediate review, the attitudes are as it saw them. */
    @Test
    public void aReviewTakenIntoAccountLocksTheAttitudesToo() {
        Pupil ana = pupil();
        long placement = placement("MELEC", ana).id();
        Caller tutor = tutorOf(placement);
        AttitudesReview given = core.evaluation.saveAttitudes(tutor, placement, List.of(new AttitudesReview.Change("AP1", SuccessLevel.PARTIAL, 0)));
        core.evaluation.saveCompanyReview(teacher, placement, new org.passerelle.core.evaluation.CompanyReviewChange(null, List.of(
                new org.passerelle.core.evaluation.ResultChange(null, "C2", "C2-1", SuccessLevel.ACHIEVED_WITH_HELP, 0))));
        assertFalse(core.evaluation.attitudesReview(teacher, placement).locked());
        core.db.jpa().tx(em -> em.persist(new IntermediateReviewEntity(em.find(org.passerelle.core.internal.organisation.LearnerEntity.class,
                ana.learnerId()), "2027-05-31", true)));

        AttitudesReview locked = core.evaluation.attitudesReview(tutor, placement);
        assertTrue(locked.locked());
        assertNull("nobody writes it any more", locked.side());
        refused(Category.CONFLICT, "attitudes-taken-into-account", () -> core.evaluation.saveAttitudes(tutor, placement,
                List.of(new AttitudesReview.Change("AP1", SuccessLevel.NOT_ACHIEVED, attitude(given, "AP1").company().version()))));
        refused(Category.CONFLICT, "attitudes-taken-into-account", () -> core.evaluation.saveAttitudes(teacher, placement,
                List.of(new AttitudesReview.Change("AP2", SuccessLevel.PARTIAL, 0))));
        assertEquals(SuccessLevel.PARTIAL, attitude(core.evaluation.attitudesReview(teacher, placement), "AP1").company().level());
    }
}
