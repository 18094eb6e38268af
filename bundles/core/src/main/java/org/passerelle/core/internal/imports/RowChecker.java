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
 * remembers the INEs already seen and counts the rows. Every limit of the database is checked here, so that a
 * preview and an apply judge each line the same way (issue 10, field case csv-name-over-100.csv).
 */
final class RowChecker {

    /** At most this many learner rows in one file. */
    static final int MAX_ROWS = 20_000;
    static final int MIN_AGE = 10;
    static final int MAX_AGE = 70;
    /** The length of the PERSON name columns. */
    static final int MAX_NAME = 100;

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
    private static final Pattern LINE_BREAK = Pattern.compile("[\\r\\n\\u0085\\u2028\\u2029]");
    /** Controls, format characters (invisible, bidi), unassigned and private-use code points. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Cn}\\p{Co}]");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    static final DateTimeFormatter SHOWN_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    /** What differs between the formats. */
    enum Format {
        SIECLE(false, "refusal.date_naissance.format.siecle", "refusal.classe.noDivision"),
        CSV(true, "refusal.date_naissance.format.csv", "refusal.classe.blank");

        /** Whether dates are read as spreadsheets write them ({@link SpreadsheetDates}), or only as JJ/MM/AAAA. */
        final boolean spreadsheetDates;
        final String dateFormatKey;
        final String missingClassKey;

        Format(boolean spreadsheetDates, String dateFormatKey, String missingClassKey) {
            this.spreadsheetDates = spreadsheetDates;
            this.dateFormatKey = dateFormatKey;
            this.missingClassKey = missingClassKey;
        }
    }

    /** A date read from the file: the date, or the key of the message saying what is wrong with it. */
    record DateValue(LocalDate date, String problemKey) {
    }

    /** One row as written in the file, nothing checked yet; status null when the caller refused it. */
    record RawRow(int line, String ine, String familyName, String firstName, String birthDate, String classCode,
            ImportedStatus status, String exitDate) {
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
     * @param extra refusals found by the caller (status, extra values), reported after the common ones
     */
    void check(RawRow raw, List<ImportRefusal> extra) {
        int line = raw.line();
        List<ImportRefusal> problems = new ArrayList<>();
        String ine = Ine.normalize(Values.clean(raw.ine()));
        String familyName = Values.clean(raw.familyName());
        String firstName = Values.clean(raw.firstName());
        String classCode = Values.clean(raw.classCode());

        if (ine.isEmpty()) {
            problems.add(refusal(line, INE, "refusal.ine.blank"));
        } else if (!Ine.isValid(ine)) {
            problems.add(refusal(line, INE, "refusal.ine.invalid", visible(Values.clean(raw.ine()))));
        } else {
            Integer first = firstLineOfIne.putIfAbsent(ine, line);
            if (first != null) {
                problems.add(refusal(line, INE, "refusal.ine.duplicate", ine, String.valueOf(first)));
            }
        }
        name(problems, line, NOM, familyName);
        name(problems, line, PRENOM, firstName);
        LocalDate birthDate = birthDate(problems, line, Values.clean(raw.birthDate()));
        LocalDate leftOn = exitDate(problems, line, Values.clean(raw.exitDate()));
        if (classCode.isEmpty()) {
            if (leftOn == null) {
                problems.add(refusal(line, CLASSE, format.missingClassKey));
            }
        } else if (!CLASS_CODE.matcher(classCode).matches()) {
            problems.add(refusal(line, CLASSE, "refusal.classe.invalid", visible(classCode)));
        }
        problems.addAll(extra);

        if (problems.isEmpty() && raw.status() != null && birthDate != null) {
            learners.add(new ImportedLearner(line, ine, familyName, firstName, birthDate, raw.status(), classCode, leftOn));
        } else {
            refusals.addAll(problems);
        }
    }

    /** A name: not blank, at most 100 characters, on one line, visible characters, a letter at least, no lost letter. */
    private static void name(List<ImportRefusal> problems, int line, String field, String value) {
        if (value.isEmpty()) {
            problems.add(refusal(line, field, "refusal." + field + ".blank"));
        } else if (LINE_BREAK.matcher(value).find()) {
            problems.add(refusal(line, field, "refusal.name.lineBreak", visible(value)));
        } else if (INVISIBLE.matcher(value).find()) {
            problems.add(refusal(line, field, "refusal.name.invisible", visible(value)));
        } else if (value.length() > MAX_NAME) {
            problems.add(refusal(line, field, "refusal.name.tooLong", String.valueOf(value.codePointCount(0, value.length())),
                    String.valueOf(MAX_NAME)));
        } else if (value.indexOf('?') >= 0 || value.indexOf('\uFFFD') >= 0) {
            problems.add(refusal(line, field, "refusal.name.lostLetters", visible(value)));
        } else if (!LETTER.matcher(value).find()) {
            problems.add(refusal(line, field, "refusal.name.noLetter", visible(value)));
        }
    }

    private LocalDate birthDate(List<ImportRefusal> problems, int line, String text) {
        if (text.isEmpty()) {
            problems.add(refusal(line, DATE_NAISSANCE, "refusal.date_naissance.blank"));
            return null;
        }
        DateValue parsed = date(text);
        if (parsed.date() == null) {
            String key = parsed.problemKey().equals(SpreadsheetDates.NOT_A_DATE) ? format.dateFormatKey : "refusal.date_naissance.nonexistent";
            problems.add(refusal(line, DATE_NAISSANCE, key, visible(text)));
            return null;
        }
        if (parsed.date().isAfter(today)) {
            problems.add(refusal(line, DATE_NAISSANCE, "refusal.date_naissance.future", SHOWN_DATE.format(parsed.date())));
            return null;
        }
        int age = Period.between(parsed.date(), today).getYears();
        if (age < MIN_AGE || age > MAX_AGE) {
            problems.add(refusal(line, DATE_NAISSANCE, "refusal.date_naissance.age", SHOWN_DATE.format(parsed.date()),
                    String.valueOf(age), String.valueOf(MIN_AGE), String.valueOf(MAX_AGE)));
            return null;
        }
        return parsed.date();
    }

    /** The exit date if it is today or before (a departure); null when none, still to come, or unreadable (refused). */
    private LocalDate exitDate(List<ImportRefusal> problems, int line, String text) {
        if (text.isEmpty()) {
            return null;
        }
        DateValue left = date(text);
        if (left.date() == null) {
            problems.add(refusal(line, DATE_SORTIE, "refusal.date_sortie.format", visible(text)));
            return null;
        }
        return left.date().isAfter(today) ? null : left.date();
    }

    private DateValue date(String text) {
        return format.spreadsheetDates ? SpreadsheetDates.read(text, today) : frenchDate(text);
    }

    ParsedImport result(String formatName, List<String> ignoredColumns, String encoding) {
        return new ParsedImport(formatName, learners, refusals, ignoredColumns, encoding);
    }

    static ImportRefusal refusal(int line, String field, String key, Object... args) {
        return new ImportRefusal(line, field, Messages.format(key, args));
    }

    /** At most this many characters of a value are quoted in a message. */
    static final int QUOTED = 100;

    /** The value with its line breaks shown as ↵ and other invisible characters as �, cut for a message. */
    static String visible(String value) {
        String shown = INVISIBLE.matcher(LINE_BREAK.matcher(value.replace("\r\n", "\n")).replaceAll(" ↵ ")).replaceAll("\uFFFD");
        return shown.length() <= QUOTED ? shown : shown.substring(0, QUOTED) + "…";
    }

    /** Reads {@code dd/MM/yyyy} (day and month may have one digit), as SIECLE writes dates. */
    static DateValue frenchDate(String text) {
        Matcher french = FRENCH_DATE.matcher(text);
        if (!french.matches()) {
            return new DateValue(null, SpreadsheetDates.NOT_A_DATE);
        }
        try {
            return new DateValue(LocalDate.of(Integer.parseInt(french.group(3)), Integer.parseInt(french.group(2)),
                    Integer.parseInt(french.group(1))), null);
        } catch (DateTimeException e) {
            return new DateValue(null, SpreadsheetDates.NONEXISTENT);
        }
    }
}
