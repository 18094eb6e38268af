package org.passerelle.referential.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** A common competency of a family of trades (CC1.1 …), grouping specialty criteria. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record CommonCompetency(String code, String title, Provenance provenance, List<String> sources, String note, Double weight,
                               List<SpecialtyGroup> groups) {
    public CommonCompetency {
        sources = sources == null ? List.of() : List.copyOf(sources);
        groups = groups == null ? List.of() : List.copyOf(groups);
    }
}
