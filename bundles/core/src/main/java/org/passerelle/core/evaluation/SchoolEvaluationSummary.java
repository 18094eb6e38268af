package org.passerelle.core.evaluation;

import java.time.LocalDate;

/** A school evaluation in its class's list: how many criteria its grid has and how many levels were given. */
public record SchoolEvaluationSummary(long id, long classId, String classCode, String title, LocalDate date, Dashboard.Complexity complexity,
                                      String referentialCode, String referentialVersion, int criteriaCount, int levelsGiven) {
}
