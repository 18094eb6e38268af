package org.passerelle.rest.internal.resource;

import java.util.Locale;
import org.passerelle.core.DomainException;

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

    /** An enum value from its name, or a 400 naming the field; null stays null. */
    static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("unknown-value", field, value);
        }
    }
}
