package org.passerelle.core.periods;

import java.time.LocalDate;
import java.util.List;

/**
 * What the pre-agreement and the attendance certificate of one placement print: the establishment, the learner,
 * the period, the company from the liaison sheet (blank fields are left for the company to fill), and the
 * sheet's objectives and tasks with their titles from the period's referential version.
 */
public record PlacementDocument(String establishmentName, String establishmentUai, String establishmentAddress, String learnerName,
                                LocalDate learnerBirthDate, String classCode, String periodName, PeriodKind kind, LocalDate startDate,
                                LocalDate endDate, String referential, LiaisonPlace place, List<String> objectives, List<Task> tasks) {

    /** A planned task with its title. */
    public record Task(String code, String title) {
    }
}
