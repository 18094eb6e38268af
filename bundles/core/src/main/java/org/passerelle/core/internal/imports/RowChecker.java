package org.passerelle.core.internal.imports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks common to both formats, row by row, in file order. Collects the accepted learners and the refusals,
 * remembers the INEs already seen and counts the rows.
 */
final class RowChecker {

    /** At most this many learner rows in one file. */
    static final int MAX_ROWS = 20_000;
    static final int MIN_AGE = 10;
    static final int MAX_AGE = 70;

    static final String INE = "ine";
    static final String NOM = "nom";
    static final String PRENOM = "prenom";
    static final String DATE_NAISSANCE = "date_naissance";
    static final String CLASSE = "classe";
    static final String STATUT = "statut";
    static final String DATE_SORTIE = "date_sortie";
    static final String LIGNE = "ligne";

    private static final Pattern CLASS_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._-]{0,31}");
    private static final Pattern FRENCH_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    static final DateTimeFormatter SHOWN_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    /** What differs between the formats. */
    enum Format {
        SIECLE(false, "refusal.date_naissance.format.siecle", "refusal.classe.noDivision"),
        CSV(true, "refusal.date_naissance.format.csv", "refusal.classe.blank");

        final boolean isoDates;
        final String dateFormatKey;
        final String missingClassKey;

        Format(boolean isoDates, String dateFormatKey, String missingClassKey) {
            this.isoDates = isoDates;
            this.dateFormatKey = dateFormatKey;
            this.missingClassKey = missingClassKey;
        }
    }

    /** A date read from the file: the date, or the key of the message saying what is wrong with it. */
    record DateValue(LocalDate date, String problemKey) {
    }

    private final Format format;
    private final LocalDate today;
    private final Map<String, Integer> firstLineOfIne = new HashMap<>();
    private final List<ImportedLearner> learners = new ArrayList<>();
    private final List<ImportRefusal> refusals = new ArrayList<>();
    private int rows;

    RowChecker(Format format, LocalDate today) {
        this.format = format;
        this.today = today;
    }

    LocalDate today() {
        return today;
    }

    /** Counts one more learner row; refuses the whole file beyond {@link #MAX_ROWS}. */
    void countRow(int line) throws ImportFormatException {
        if (++rows > MAX_ROWS) {
            throw new ImportFormatException(Messages.format("file.tooManyRows", String.valueOf(line)), line);
        }
    }

    /**
     * Checks one row and files it among the learners or the refusals.
     *
     * @param status the status, or null when the caller refused it (then {@code extra} says why)
     * @param extra  refusals found by the caller (status, exit date, extra values), reported after the common ones
     */
    void check(int line, String rawIne, String rawFamilyName, String rawFirstName, String rawBirthDate, String rawClassCode,
            ImportedStatus status, List<ImportRefusal> extra) {
        List<ImportRefusal> problems = new ArrayList<>();
        String ine = Ine.normalize(Values.clean(rawIne));
        String familyName = Values.clean(rawFamilyName);
        String firstName = Values.clean(rawFirstName);
        String birthText = Values.clean(rawBirthDate);
        String classCode = Values.clean(rawClassCode);

        if (ine.isEmpty()) {
            problems.add(refusal(line, INE, "refusal.ine.blank"));
        } else if (!Ine.isValid(ine)) {
            problems.add(refusal(line, INE, "refusal.ine.invalid", Values.clean(rawIne)));
        } else {
            Integer first = firstLineOfIne.putIfAbsent(ine, line);
            if (first != null) {
                problems.add(refusal(line, INE, "refusal.ine.duplicate", ine, String.valueOf(first)));
            }
        }
        if (familyName.isEmpty()) {
            problems.add(refusal(line, NOM, "refusal.nom.blank"));
        }
        if (firstName.isEmpty()) {
            problems.add(refusal(line, PRENOM, "refusal.prenom.blank"));
        }
        LocalDate birthDate = null;
        if (birthText.isEmpty()) {
            problems.add(refusal(line, DATE_NAISSANCE, "refusal.date_naissance.blank"));
        } else {
            DateValue parsed = date(birthText, format.isoDates);
            if (parsed.date() == null) {
                String key = parsed.problemKey().equals("date.format") ? format.dateFormatKey : "refusal.date_naissance.nonexistent";
                problems.add(refusal(line, DATE_NAISSANCE, key, birthText));
            } else if (parsed.date().isAfter(today)) {
                problems.add(refusal(line, DATE_NAISSANCE, "refusal.date_naissance.future", SHOWN_DATE.format(parsed.date())));
            } else {
                int age = Period.between(parsed.date(), today).getYears();
                if (age < MIN_AGE || age > MAX_AGE) {
                    problems.add(refusal(line, DATE_NAISSANCE, "refusal.date_naissance.age", SHOWN_DATE.format(parsed.date()),
                            String.valueOf(age), String.valueOf(MIN_AGE), String.valueOf(MAX_AGE)));
                } else {
                    birthDate = parsed.date();
                }
            }
        }
        if (classCode.isEmpty()) {
            problems.add(refusal(line, CLASSE, format.missingClassKey));
        } else if (!CLASS_CODE.matcher(classCode).matches()) {
            problems.add(refusal(line, CLASSE, "refusal.classe.invalid", classCode));
        }
        problems.addAll(extra);

        if (problems.isEmpty() && status != null && birthDate != null) {
            learners.add(new ImportedLearner(line, ine, familyName, firstName, birthDate, status, classCode));
        } else {
            refusals.addAll(problems);
        }
    }

    ParsedImport result(String formatName) {
        return new ParsedImport(formatName, learners, refusals);
    }

    static ImportRefusal refusal(int line, String field, String key, Object... args) {
        return new ImportRefusal(line, field, Messages.format(key, args));
    }

    /**
     * Reads {@code dd/MM/yyyy} (day and month may have one digit) and, if {@code iso}, {@code yyyy-MM-dd}.
     * The problem is {@code date.format} when the text has neither shape, {@code date.nonexistent} for 31/02/2008.
     */
    static DateValue date(String text, boolean iso) {
        Matcher french = FRENCH_DATE.matcher(text);
        Matcher isoDate = ISO_DATE.matcher(text);
        int year;
        int month;
        int day;
        if (french.matches()) {
            day = Integer.parseInt(french.group(1));
            month = Integer.parseInt(french.group(2));
            year = Integer.parseInt(french.group(3));
        } else if (iso && isoDate.matches()) {
            year = Integer.parseInt(isoDate.group(1));
            month = Integer.parseInt(isoDate.group(2));
            day = Integer.parseInt(isoDate.group(3));
        } else {
            return new DateValue(null, "date.format");
        }
        try {
            return new DateValue(LocalDate.of(year, month, day), null);
        } catch (DateTimeException e) {
            return new DateValue(null, "date.nonexistent");
        }
    }
}
