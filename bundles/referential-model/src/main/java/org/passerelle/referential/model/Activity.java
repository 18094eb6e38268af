package org.passerelle.referential.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** An activity (activité, pôle) grouping tasks. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Activity(String code, String title, Provenance provenance, List<String> sources, String note, List<Item> tasks) {
    public Activity {
        sources = sources == null ? List.of() : List.copyOf(sources);
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
    }
}
