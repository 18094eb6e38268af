package org.passerelle.referential.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** Criteria of one specialty competency grouped under a common competency, shown as {@code [MSPC] C1.5 …}. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SpecialtyGroup(String referential, String competency, Provenance provenance, List<String> sources, List<Item> criteria) {
    public SpecialtyGroup {
        sources = sources == null ? List.of() : List.copyOf(sources);
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
    }
}
