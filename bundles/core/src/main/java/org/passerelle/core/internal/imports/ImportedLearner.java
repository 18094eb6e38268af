package org.passerelle.core.internal.imports;

import java.time.LocalDate;

/**
 * One learner ready to import, every value checked.
 *
 * @param line       1-based line of the CSV row, or of the {@code ELEVE} start tag in a SIECLE file
 * @param ine        the national identifier (INE), trimmed and upper-cased, valid according to {@link Ine}
 * @param familyName the family name as given (trimmed; SIECLE gives it in upper case)
 * @param firstName  the first name as given (trimmed)
 * @param birthDate  the date of birth
 * @param status     pupil or apprentice (always {@link ImportedStatus#PUPIL} from SIECLE)
 * @param classCode  the class code (the SIECLE division), trimmed, e.g. {@code 1MELEC}
 */
public record ImportedLearner(int line, String ine, String familyName, String firstName, LocalDate birthDate,
        ImportedStatus status, String classCode) {
}
