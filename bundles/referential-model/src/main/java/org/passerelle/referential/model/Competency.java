package org.passerelle.referential.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** A competency with its evaluation criteria; weight counts in the proposed mark /20 (1 when absent). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Competency(String code, String title, Provenance provenance, List<String> sources, String note, Double weight, List<Item> criteria) {
    public Competency {
        sources = sources == null ? List.of() : List.copyOf(sources);
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
    }

    public double effectiveWeight() {
        return weight == null ? 1.0 : weight;
    }
}
