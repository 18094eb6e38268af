package org.passerelle.core.periods;

import java.time.LocalDate;

/** View by learners: one of the learner's periods, with their placement in it and the count of their sheets. */
public record LearnerPeriod(long placementId, long periodId, String periodName, PeriodKind kind, LocalDate startDate, LocalDate endDate,
                            long sheetCount, boolean locked) {
}
