package org.passerelle.core.evaluation;

import java.time.LocalDate;
import org.passerelle.core.security.Caller;

/**
 * The part of the evaluation records that the locks of DOMAIN.md depend on: a company review's meeting date and
 * a finalised intermediate review's date. The evaluation issue builds the reviews themselves on these records;
 * until then they have no REST endpoint.
 */
public interface EvaluationRecords {

    /** Sets the meeting date of the placement's company review (PERIOD_2 and OTHER periods only). */
    void recordCompanyReviewMeeting(Caller caller, long placementId, LocalDate meetingDate);

    /** Records a finalised intermediate competency review of the learner at that date. */
    void finaliseIntermediateReview(Caller caller, long learnerId, LocalDate reviewDate);
}
