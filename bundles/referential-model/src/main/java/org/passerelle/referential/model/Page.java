package org.passerelle.referential.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** A tab or page of a portfolio, activity sheet or logbook. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Page(String code, String title, String description, List<Field> fields) {
    public Page {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }
}
