package org.passerelle.core.organisation;

import java.util.List;

/**
 * What an import of learners creates, updates, leaves unchanged, records as departures, holds for a decision and
 * refuses; {@code applied} once written. The preview and the apply judge every line with the same rules: what a
 * preview lists is what the apply of the same file does (unless the establishment's learners changed meanwhile).
 *
 * @param format         {@code SIECLE} or {@code CSV}
 * @param toCreate       new learners (each gets an account without a usable password)
 * @param toUpdate       known learners (same INE) whose names, birth date, class or status change; {@code changes} says how
 * @param unchanged      known learners the file does not change
 * @param departures     known learners whose exit date is today or before: they leave their class and their account is
 *                       closed; their records stay
 * @param held           lines not applied until someone decides (see {@link Held})
 * @param refused        lines refused, with the field at fault and the reason in French
 * @param ignoredColumns CSV header names that are not an import column, in file order (their values are not read)
 * @param encoding       the encoding the file was read in ({@code UTF-8}, {@code windows-1252}, {@code ISO-8859-15}...)
 */
public record ImportReport(String format, boolean applied, List<Line> toCreate, List<Line> toUpdate, List<Line> unchanged,
                           List<Line> departures, List<Held> held, List<Refusal> refused, List<String> ignoredColumns, String encoding) {

    /**
     * One learner of the file. {@code birthDate} as JJ/MM/AAAA; {@code changes}: French descriptions of what an update
     * or a departure changes.
     */
    public record Line(int line, String ine, String familyName, String firstName, String birthDate, String classCode, List<String> changes) {
    }

    /** A line refused, with the field at fault and the reason in French. */
    public record Refusal(int line, String field, String reason) {
    }

    /** Who a line names, or who a known learner is. {@code birthDate} as JJ/MM/AAAA; {@code classCode} may be null. */
    public record Identity(String ine, String familyName, String firstName, String birthDate, String classCode) {
    }

    /**
     * A line that may not be applied as it stands, with both identities shown.
     *
     * @param kind        {@value #INE_OF_ANOTHER_LEARNER}: the INE is a known learner's, but two of the family name, first
     *                    name and birth date differ (a mistyped INE would turn one pupil into another); never applied, the
     *                    file must be corrected. {@value #PROBABLE_DUPLICATE}: a new INE, but a learner of the
     *                    establishment has the same names and birth date; created only if the apply request confirms the
     *                    line ({@code confirm}), else left out.
     * @param inFile      the line's identity
     * @param existing    the known learner's
     * @param confirmable whether confirming the line creates it ({@value #PROBABLE_DUPLICATE} only)
     * @param reason      a French sentence for the school secretary
     */
    public record Held(int line, String kind, Identity inFile, Identity existing, boolean confirmable, String reason) {
        public static final String INE_OF_ANOTHER_LEARNER = "INE_OF_ANOTHER_LEARNER";
        public static final String PROBABLE_DUPLICATE = "PROBABLE_DUPLICATE";
    }
}
