package org.passerelle.core.organisation;

import java.time.LocalDate;

/** A learner with their class, referent teacher and, for an apprentice, master. */
public record Learner(long id, long personId, long establishmentId, String login, String familyName, String firstName, String ine,
                      LocalDate birthDate, LearnerStatus status, Long classId, String classCode, Long referentTeacherId,
                      Long masterId, int version) {
}
