package org.passerelle.core.periods;

import java.time.LocalDate;
import java.util.List;

/**
 * What the pre-agreement and the attendance certificate of one placement print: the establishment with its logo and
 * stamp, the learner with their referent teacher, the period, the company from the liaison sheet (blank fields are left
 * for the company to fill), the sheet's objectives and tasks with their titles from the period's referential version,
 * the period's pre-agreement terms and the placement's attendance details.
 */
public record PlacementDocument(School school, Learner learner, String periodName, PeriodKind kind, LocalDate startDate, LocalDate endDate,
                                String referential, LiaisonPlace place, List<String> objectives, List<Task> tasks, PreAgreementTerms terms,
                                AttendanceDetails attendance) {

    /** The establishment; logo and stamp are PNG bytes, or null when none was uploaded. */
    public record School(String name, String uai, String address, byte[] logo, byte[] stamp) {
    }

    /** The learner: « Prénom NOM », their class code and referent teacher (« Prénom NOM ») when known. */
    public record Learner(String name, LocalDate birthDate, String classCode, String referentTeacher) {
    }

    /** A planned task with its title. */
    public record Task(String code, String title) {
    }
}
