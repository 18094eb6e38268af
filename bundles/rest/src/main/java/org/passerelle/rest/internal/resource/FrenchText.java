package org.passerelle.rest.internal.resource;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The REST bundle's French words for what it builds itself (documents' titles and file names, the review's formula, the
 * radar's legend), from {@code messages.properties}, and the French way of writing dates and numbers in them. Problem
 * answers keep their own renderer ({@code Problems}).
 */
final class FrenchText {

    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("org.passerelle.rest.internal.messages", Locale.FRENCH,
            FrenchText.class.getClassLoader());
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRENCH);

    private FrenchText() {
    }

    /** The text of {@code key}, a MessageFormat pattern when there are arguments (then an apostrophe is written ''). */
    static String text(String key, Object... args) {
        return args.length == 0 ? MESSAGES.getString(key) : MessageFormat.format(MESSAGES.getString(key), args);
    }

    /** 2027-03-26 → « 26/03/2027 ». */
    static String date(TemporalAccessor date) {
        return DATE.format(date);
    }

    /** 16.5 → « 16,5 », 15.75 → « 15,75 » (two decimals at most, no grouping). */
    static String number(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.FRANCE);
        format.setMaximumFractionDigits(2);
        format.setGroupingUsed(false);
        return format.format(value);
    }
}
