package org.passerelle.core.internal.common;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.passerelle.referential.model.Item;
import org.passerelle.referential.model.Referential;

/**
 * What can be assessed in a referential version: its competencies, or a family's common competencies, each with its
 * criteria (a common competency's are its specialty groups' criteria).
 */
public final class ReferentialCriteria {

    private ReferentialCriteria() {
    }

    /** The criteria of a competency or common competency of the referential; empty when there is no such code. */
    public static Optional<List<Item>> of(Referential referential, String code) {
        var competency = referential.competency(code);
        if (competency.isPresent()) {
            return Optional.of(competency.get().criteria() == null ? List.of() : competency.get().criteria());
        }
        return referential.commonCompetencies().stream().filter(c -> c.code().equals(code)).findFirst()
                .map(c -> c.groups().stream().flatMap(g -> g.criteria() == null ? Stream.<Item>empty() : g.criteria().stream()).toList());
    }

    /**
     * The position of every competency and criterion in the referential's order, keyed {@code competency} and
     * {@code competency/criterion}, so that lists follow the referential rather than the order things were saved in.
     */
    public static Map<String, Integer> order(Referential referential) {
        Map<String, Integer> order = new HashMap<>();
        Stream.concat(referential.competencies().stream().map(c -> c.code()), referential.commonCompetencies().stream().map(c -> c.code()))
                .forEach(code -> {
                    order.putIfAbsent(code, order.size());
                    of(referential, code).orElse(List.of()).forEach(item -> order.putIfAbsent(code + "/" + item.code(), order.size()));
                });
        return order;
    }
}
