package org.passerelle.core.internal.imports;

import java.time.LocalDate;

/**
 * Whether a line of a file and a known learner are the same person (issue 10, field cases
 * csv-ine-of-another-pupil.csv and csv-same-person-new-ine.csv). Names are compared by {@link #nameKey}: case, accents,
 * spaces, hyphens and apostrophes ignored ({@code Le Bœuf} and {@code LEBOEUF} are one name, as in the school's files
 * one is often typed for the other).
 */
public final class Identities {

    private Identities() {
    }

    /** Lower-case letters and digits, accents removed, {@code œ}/{@code æ} as {@code oe}/{@code ae}. */
    public static String nameKey(String name) {
        return Values.key(name == null ? "" : name.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE"));
    }

    /**
     * How many of family name, first name and birth date differ. A known learner's INE on a line where two or three
     * differ names someone else: an update would turn one learner into another. One difference is a correction (a
     * married name, a typo in the birth date).
     */
    public static int differences(String familyA, String firstA, LocalDate birthA, String familyB, String firstB, LocalDate birthB) {
        int differences = 0;
        differences += nameKey(familyA).equals(nameKey(familyB)) ? 0 : 1;
        differences += nameKey(firstA).equals(nameKey(firstB)) ? 0 : 1;
        differences += birthA.equals(birthB) ? 0 : 1;
        return differences;
    }

    /** The key under which a possible duplicate is looked up: both names and the birth date. */
    public static String personKey(String familyName, String firstName, LocalDate birthDate) {
        return nameKey(familyName) + "|" + nameKey(firstName) + "|" + birthDate;
    }
}
