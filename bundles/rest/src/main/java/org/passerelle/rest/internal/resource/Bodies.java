package org.passerelle.rest.internal.resource;

import javax.ws.rs.core.SecurityContext;
import org.passerelle.core.DomainException;
import org.passerelle.rest.internal.security.Callers;

/** Small checks every resource needs on what it receives. */
final class Bodies {

    private Bodies() {
    }

    static <T> T required(T body) {
        if (body == null) {
            throw DomainException.invalid("required", "body");
        }
        return body;
    }

    /**
     * The body of a request that needs a signed-in caller: an anonymous caller is told to sign in (401) before
     * being told that the body is missing, as the access rules answer in that order.
     */
    static <T> T required(T body, SecurityContext security) {
        if (body == null && Callers.of(security) == null) {
            throw DomainException.unauthenticated("not-signed-in", null);
        }
        return required(body);
    }

    /** An enum value from its exact name ("TEACHER", not "teacher" nor " TEACHER"), or a 400 naming the field; null stays null. */
    static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("unknown-value", field, value);
        }
    }

    /** A date written AAAA-MM-JJ between the years 2000 and 2199, or a 400 naming the field; null stays null. */
    static java.time.LocalDate date(String value, String field) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            java.time.LocalDate date = java.time.LocalDate.parse(value);
            if (date.getYear() < 2000 || date.getYear() > 2199) {
                throw DomainException.invalid("date-out-of-range", field, field, "2000", "2199");
            }
            return date;
        } catch (java.time.format.DateTimeParseException e) {
            throw DomainException.invalid("invalid-date", field, value);
        }
    }
}
