package org.passerelle.referential.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** A coded, titled element with its provenance: a task, a criterion, a professional attitude. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Item(String code, String title, Provenance provenance, List<String> sources, String note) {
    public Item {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
