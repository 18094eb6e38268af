package org.passerelle.core.periods;

import java.time.LocalDate;

/**
 * View by learners: one of the learner's periods, with their placement in it and the count of their sheets. The
 * referential version and whether the learner is an apprentice say which layout they keep (activity sheets, a
 * portfolio or a logbook), so that a page names it without fetching each placement.
 */
public record LearnerPeriod(long placementId, long periodId, String periodName, PeriodKind kind, LocalDate startDate, LocalDate endDate,
                            long sheetCount, boolean locked, String referentialCode, String referentialVersion, boolean apprentice) {
}
