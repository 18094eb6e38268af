package org.passerelle.core.internal.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.passerelle.core.DomainException;

/** Checks of typed-in values; each refusal names the field. */
public final class Validation {

    public static final Pattern UAI = Pattern.compile("^[0-9]{7}[A-Z]$");
    public static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");
    public static final Pattern CLASS_CODE = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9 ._-]{0,31}$");
    public static final Pattern LOGIN = Pattern.compile("^[a-z0-9][a-z0-9._-]{1,79}$");
    public static final Pattern INE = Pattern.compile("^[0-9A-Z]{10}[A-Z]$");

    private Validation() {
    }

    public static String required(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid("required", field);
        }
        String trimmed = value.trim();
        if (trimmed.length() > maxLength) {
            throw DomainException.invalid("too-long", field, maxLength);
        }
        return trimmed;
    }

    public static String optional(String value, String field, int maxLength) {
        return value == null || value.isBlank() ? null : required(value, field, maxLength);
    }

    public static String matching(String value, Pattern pattern, String field, String kind) {
        if (!pattern.matcher(value).matches()) {
            throw DomainException.invalid(kind, field, value);
        }
        return value;
    }

    public static String email(String value, String field, boolean mandatory) {
        String email = mandatory ? required(value, field, 254) : optional(value, field, 254);
        return email == null ? null : matching(email, EMAIL, field, "invalid-email");
    }

    public static LocalDate birthDate(String value, String field) {
        String text = required(value, field, 10);
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("invalid-date", field, text);
        }
        LocalDate today = LocalDate.now();
        if (date.isAfter(today.minusYears(10)) || date.isBefore(today.minusYears(70))) {
            throw DomainException.invalid("implausible-birth-date", field, text);
        }
        return date;
    }

    public static <T> T present(T value, String field) {
        if (value == null) {
            throw DomainException.invalid("required", field);
        }
        return value;
    }

    /** The version a change read: present and never negative (0 for a record or level never saved). */
    public static int version(Integer value, String field) {
        int version = present(value, field);
        if (version < 0) {
            throw DomainException.invalid("negative-version", field);
        }
        return version;
    }

    /** firstname.familyname in lower-case ASCII, transliterated from any script: see {@link Logins#forName}. */
    public static String loginFor(String firstName, String familyName) {
        return Logins.forName(firstName, familyName);
    }
}
