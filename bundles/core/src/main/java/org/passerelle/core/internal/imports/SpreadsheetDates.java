package org.passerelle.core.internal.imports;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as spreadsheets and school exports write them (issue 10, field case csv-date-shapes.csv). Read:
 * <ul>
 * <li>day, month, year separated by {@code /}, {@code .} or {@code -}: {@code 14/09/2010}, {@code 4.9.2010},
 * {@code 14-09-2010}; a two-digit year is this century's up to the current year, the previous one's above
 * ({@code 14/09/10} is 2010, {@code 01/01/98} 1998);</li>
 * <li>year first: {@code 2010-09-14}, {@code 2010/09/14};</li>
 * <li>either followed by a time of day, which is dropped: {@code 14/09/2010 00:00}, {@code 2010-09-14T00:00:00},
 * {@code 2010-09-14 00:00:00.000};</li>
 * <li>a French month name, whole or shortened, with or without accents or dot: {@code 14 sept. 2010},
 * {@code 14-sept.-10}, {@code 1er février 2010};</li>
 * <li>an Excel serial number (days since 30/12/1899, the 1900 date system of Windows Excel), with or without a time
 * fraction: {@code 40435} or {@code 40435,5} is 14/09/2010.</li>
 * </ul>
 * Nothing else: month-first dates ({@code 09/14/2010}) are refused, never guessed. A date of the right shape that does
 * not exist (29/02/2010) is told apart from a shape not understood.
 */
final class SpreadsheetDates {

    static final String NOT_A_DATE = "date.format";
    static final String NONEXISTENT = "date.nonexistent";

    private static final String TIME = "(?:[ t]\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d{1,9})?)?)?";
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})" + TIME);
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})([/-])(\\d{1,2})\\2(\\d{1,2})" + TIME);
    private static final Pattern NAMED_MONTH = Pattern.compile("(\\d{1,2})(?:er)?[ .-]+([a-z]+)\\.?[ .-]+(\\d{4}|\\d{2})");
    private static final Pattern SERIAL = Pattern.compile("(\\d{3,7})(?:[.,]\\d+)?");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    /** Excel counts a 29/02/1900 that never was: serial 60. Before it, serials are one day off. */
    private static final int EXCEL_FICTITIOUS_LEAP_DAY = 60;
    private static final int EXCEL_LAST = 2_958_465;

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("janv", 1), Map.entry("janvier", 1), Map.entry("jan", 1),
            Map.entry("fevr", 2), Map.entry("fevrier", 2), Map.entry("fev", 2),
            Map.entry("mars", 3), Map.entry("mar", 3),
            Map.entry("avr", 4), Map.entry("avril", 4),
            Map.entry("mai", 5),
            Map.entry("juin", 6),
            Map.entry("juil", 7), Map.entry("juillet", 7),
            Map.entry("aout", 8), Map.entry("aou", 8),
            Map.entry("sept", 9), Map.entry("septembre", 9), Map.entry("sep", 9),
            Map.entry("oct", 10), Map.entry("octobre", 10),
            Map.entry("nov", 11), Map.entry("novembre", 11),
            Map.entry("dec", 12), Map.entry("decembre", 12));

    private SpreadsheetDates() {
    }

    /**
     * @param text  the cell, trimmed
     * @param today for two-digit years
     */
    static RowChecker.DateValue read(String text, LocalDate today) {
        // Lower case and without accents from here on: « Févr. » is « fevr. », 2010-09-14T00:00 is 2010-09-14t00:00.
        String value = Normalizer.normalize(text.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        Matcher m = DAY_FIRST.matcher(value);
        if (m.matches()) {
            return of(year(m.group(4), today), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)));
        }
        m = YEAR_FIRST.matcher(value);
        if (m.matches()) {
            return of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
        }
        m = NAMED_MONTH.matcher(value);
        if (m.matches()) {
            Integer month = MONTHS.get(m.group(2));
            return month == null ? new RowChecker.DateValue(null, NOT_A_DATE)
                    : of(year(m.group(3), today), month, Integer.parseInt(m.group(1)));
        }
        m = SERIAL.matcher(value);
        if (m.matches()) {
            int serial = Integer.parseInt(m.group(1));
            if (serial < 1 || serial > EXCEL_LAST || serial == EXCEL_FICTITIOUS_LEAP_DAY) {
                return new RowChecker.DateValue(null, serial == EXCEL_FICTITIOUS_LEAP_DAY ? NONEXISTENT : NOT_A_DATE);
            }
            LocalDate date = EXCEL_EPOCH.plusDays(serial < EXCEL_FICTITIOUS_LEAP_DAY ? serial + 1 : serial);
            return new RowChecker.DateValue(date, null);
        }
        return new RowChecker.DateValue(null, NOT_A_DATE);
    }

    private static int year(String digits, LocalDate today) {
        int year = Integer.parseInt(digits);
        if (digits.length() == 4) {
            return year;
        }
        int century = today.getYear() / 100 * 100;
        return century + year <= today.getYear() ? century + year : century - 100 + year;
    }

    private static RowChecker.DateValue of(int year, int month, int day) {
        try {
            return new RowChecker.DateValue(LocalDate.of(year, month, day), null);
        } catch (DateTimeException e) {
            return new RowChecker.DateValue(null, NONEXISTENT);
        }
    }
}
