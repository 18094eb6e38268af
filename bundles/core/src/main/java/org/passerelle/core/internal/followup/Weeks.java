package org.passerelle.core.internal.followup;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.passerelle.core.followup.Week;

/** The calendar weeks (ISO 8601) a period's dates touch, for WEEKLY fields and an apprentice's weekly sheets. */
final class Weeks {

    /** More weeks than any period has (a school year): a typing mistake in the dates must not make thousands of sheets. */
    static final int MAX = 60;

    private Weeks() {
    }

    static List<Week> of(LocalDate start, LocalDate end) {
        List<Week> weeks = new ArrayList<>();
        LocalDate monday = start.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        while (!monday.isAfter(end) && weeks.size() < MAX) {
            LocalDate first = monday.isBefore(start) ? start : monday;
            LocalDate sunday = monday.plusDays(6);
            LocalDate last = sunday.isAfter(end) ? end : sunday;
            weeks.add(week(first, last));
            monday = monday.plusWeeks(1);
        }
        return weeks;
    }

    private static Week week(LocalDate first, LocalDate last) {
        int year = first.get(IsoFields.WEEK_BASED_YEAR);
        int number = first.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        return new Week(key(year, number), year, number, first, last);
    }

    /** The whole week of a key ({@code 2027-W05}), Monday to Sunday: a week that left the period when its dates changed. */
    static Week ofKey(String key) {
        int year = Integer.parseInt(key.substring(0, 4));
        int number = Integer.parseInt(key.substring(6));
        LocalDate monday = LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, number).with(DayOfWeek.MONDAY);
        return new Week(key, year, number, monday, monday.plusDays(6));
    }

    /** The week keys of the WEEKLY fields of stored values (weeks a learner wrote, in the period or no longer). */
    static java.util.Set<String> written(org.passerelle.referential.model.Page page, com.fasterxml.jackson.databind.JsonNode values) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        page.fields().stream().filter(f -> f.type() == org.passerelle.referential.model.FieldType.WEEKLY)
                .forEach(f -> values.path(f.code()).fieldNames().forEachRemaining(keys::add));
        return keys;
    }

    static String key(int year, int number) {
        return String.format("%04d-W%02d", year, number);
    }
}
