package org.passerelle.core.internal.imports;

import java.time.LocalDate;

/**
 * One learner ready to import, every value checked.
 *
 * @param line       1-based line of the CSV row, or of the {@code ELEVE} start tag in a SIECLE file
 * @param ine        the national identifier (INE), trimmed and upper-cased, valid according to {@link Ine}
 * @param familyName the family name as given (trimmed, NFC; SIECLE gives it in upper case), 1 to 100 characters
 * @param firstName  the first name as given (trimmed, NFC), 1 to 100 characters
 * @param birthDate  the date of birth
 * @param status     pupil or apprentice (always {@link ImportedStatus#PUPIL} from SIECLE)
 * @param classCode  the class code (the SIECLE division), trimmed, e.g. {@code 1MELEC}; may be empty for a departure
 * @param leftOn     the exit date when it is today or before (the learner has left the establishment), else null
 */
public record ImportedLearner(int line, String ine, String familyName, String firstName, LocalDate birthDate,
        ImportedStatus status, String classCode, LocalDate leftOn) {

    /** A learner who has not left. */
    public ImportedLearner(int line, String ine, String familyName, String firstName, LocalDate birthDate, ImportedStatus status,
            String classCode) {
        this(line, ine, familyName, firstName, birthDate, status, classCode, null);
    }

    /** Whether the file says the learner has left the establishment (exit date today or before). */
    public boolean departure() {
        return leftOn != null;
    }
}
