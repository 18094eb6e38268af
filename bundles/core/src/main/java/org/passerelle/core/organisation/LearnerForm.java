package org.passerelle.core.organisation;

/** A new learner as typed in; birthDate is ISO (yyyy-MM-dd). */
public record LearnerForm(String familyName, String firstName, String ine, String birthDate, LearnerStatus status, Long classId,
                          Long referentTeacherId, Long masterId) {
}
