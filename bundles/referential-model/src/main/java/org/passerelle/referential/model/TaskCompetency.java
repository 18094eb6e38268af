package org.passerelle.referential.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** A task mobilises a competency, with an optional weight. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record TaskCompetency(String task, String competency, Double weight, Provenance provenance, List<String> sources) {
    public TaskCompetency {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
