package org.passerelle.core.internal.followup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.passerelle.core.DomainException;
import org.passerelle.core.followup.Selection;
import org.passerelle.core.internal.common.ReferentialCriteria;
import org.passerelle.core.internal.common.Validation;
import org.passerelle.referential.model.Item;
import org.passerelle.referential.model.Referential;

/**
 * « Relier au référentiel » (guide 001): the tasks the teacher checked or added and what they chose to evaluate at the
 * visit, whole competencies or single criteria, all of the sheet's referential version. A family's common competency
 * counts with the criteria of its specialty groups.
 */
final class SheetLinks {

    static final int MAX = 200;

    private SheetLinks() {
    }

    static List<String> checkTasks(List<String> tasks, Referential referential) {
        List<String> given = tasks == null ? List.of() : tasks;
        if (given.size() > MAX) {
            throw DomainException.invalid("too-many", "checkedTasks", MAX);
        }
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < given.size(); i++) {
            String code = Validation.required(given.get(i), "checkedTasks[" + i + "]", 32);
            if (referential.task(code).isEmpty()) {
                throw DomainException.invalid("unknown-task", "checkedTasks[" + i + "]", code, referential.code(), referential.version());
            }
            out.add(code);
        }
        return List.copyOf(out);
    }

    static List<Selection> checkSelections(List<Selection> selections, Referential referential) {
        List<Selection> given = selections == null ? List.of() : selections;
        if (given.size() > MAX) {
            throw DomainException.invalid("too-many", "selections", MAX);
        }
        Set<Selection> out = new LinkedHashSet<>();
        for (int i = 0; i < given.size(); i++) {
            String at = "selections[" + i + "]";
            Selection s = Validation.present(given.get(i), at);
            String competency = Validation.required(s.competency(), "selections[" + i + "].competency", 32);
            List<Item> criteria = criteria(referential, competency).orElseThrow(() -> DomainException.invalid("unknown-competency",
                    at + ".competency", competency, referential.code(), referential.version()));
            String criterion = Validation.optional(s.criterion(), "selections[" + i + "].criterion", 32);
            if (criterion != null && criteria.stream().noneMatch(c -> c.code().equals(criterion))) {
                throw DomainException.invalid("unknown-criterion", "selections[" + i + "].criterion", criterion, competency);
            }
            out.add(new Selection(competency, criterion));
        }
        // A competency is evaluated globally or by criteria (guide 001), never both: the company review copies one mode.
        for (Selection s : out) {
            if (s.criterion() == null && out.stream().anyMatch(o -> o.competency().equals(s.competency()) && o.criterion() != null)) {
                throw DomainException.invalid("global-or-criteria", "selections", s.competency());
            }
        }
        return List.copyOf(out);
    }

    /** The criteria of a competency or common competency of the referential; empty when there is no such code. */
    static Optional<List<Item>> criteria(Referential referential, String code) {
        return ReferentialCriteria.of(referential, code);
    }

    static List<String> tasks(String json) {
        try {
            return json == null ? List.of() : List.copyOf(FollowUpRecords.JSON.readValue(json, new TypeReference<List<String>>() {
            }));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored tasks are not JSON", e);
        }
    }

    static List<Selection> selections(String json) {
        try {
            return json == null ? List.of() : new ArrayList<>(FollowUpRecords.JSON.readValue(json, new TypeReference<List<Selection>>() {
            }));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored selections are not JSON", e);
        }
    }

    static String json(Object value) {
        try {
            return FollowUpRecords.JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
