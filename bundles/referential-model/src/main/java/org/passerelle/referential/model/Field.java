package org.passerelle.referential.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** A typed field of a portfolio page; GROUP, REPEATED and WEEKLY fields hold nested fields. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Field(String code, String label, FieldType type, Boolean required, String help, String prefill,
                    List<FieldOption> options, List<Field> fields) {
    public Field {
        options = options == null ? List.of() : List.copyOf(options);
        fields = fields == null ? List.of() : List.copyOf(fields);
    }
}
