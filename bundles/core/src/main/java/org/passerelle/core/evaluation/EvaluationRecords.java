package org.passerelle.core.evaluation;

import java.time.LocalDate;
import org.passerelle.core.security.Caller;

/**
 * The intermediate review's part of the locks of DOMAIN.md: a finalised intermediate review's date. Company reviews are
 * written through {@link EvaluationService}; intermediate reviews will be too, and this core-only record then goes.
 */
public interface EvaluationRecords {

    /** Records a finalised intermediate competency review of the learner at that date. */
    void finaliseIntermediateReview(Caller caller, long learnerId, LocalDate reviewDate);
}
