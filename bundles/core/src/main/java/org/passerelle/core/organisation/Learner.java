package org.passerelle.core.organisation;

import java.time.LocalDate;

/**
 * A learner with their class, referent teacher and, for an apprentice, master. {@code leftOn}: the date they left the
 * establishment (a SIECLE exit date applied by an import; then no class and the account closed), null while enrolled.
 */
public record Learner(long id, long personId, long establishmentId, String login, String familyName, String firstName, String ine,
                      LocalDate birthDate, LearnerStatus status, Long classId, String classCode, Long referentTeacherId,
                      Long masterId, int version, LocalDate leftOn) {
}
