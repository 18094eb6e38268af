package org.passerelle.referential.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A typed field of a portfolio page; GROUP, REPEATED and WEEKLY fields hold nested fields.
 *
 * @param minimum for a NUMBER, the least value accepted (inclusive), or null for none
 * @param maximum for a NUMBER, the greatest value accepted (inclusive), or null for none
 * @param integer for a NUMBER, true when only whole numbers are accepted (a count of people)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Field(String code, String label, FieldType type, Boolean required, String help, String prefill,
                    List<FieldOption> options, List<Field> fields, Double minimum, Double maximum, Boolean integer) {
    public Field {
        options = options == null ? List.of() : List.copyOf(options);
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    /** A field without a NUMBER's bounds. */
    public Field(String code, String label, FieldType type, Boolean required, String help, String prefill,
                 List<FieldOption> options, List<Field> fields) {
        this(code, label, type, required, help, prefill, options, fields, null, null, null);
    }
}
