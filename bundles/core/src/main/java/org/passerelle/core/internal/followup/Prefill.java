package org.passerelle.core.internal.followup;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.passerelle.core.internal.periods.PlacementEntity;
import org.passerelle.core.periods.LiaisonPlace;
import org.passerelle.referential.model.Field;
import org.passerelle.referential.model.FieldType;
import org.passerelle.referential.model.Page;

/**
 * The values a page starts from before the learner first saves it (issue 11, item 1): fields with a {@code prefill}
 * take the liaison sheet's value ({@code liaison.companyName}, {@code liaison.tasks}…). Once saved, the values belong
 * to the learner and the liaison sheet no longer touches them. An unknown source leaves the field empty.
 */
final class Prefill {

    private Prefill() {
    }

    static ObjectNode of(Page page, PlacementEntity placement) {
        ObjectNode values = FollowUpRecords.JSON.createObjectNode();
        boolean split = page.fields().stream().anyMatch(f -> "liaison.tutorFirstName".equals(f.prefill()));
        for (Field field : page.fields()) {
            if (field.prefill() == null) {
                continue;
            }
            if (field.type() == FieldType.TASKS && field.prefill().equals("liaison.tasks")) {
                ArrayNode tasks = values.putArray(field.code());
                placement.tasks().forEach(tasks::add);
                continue;
            }
            String text = source(field.prefill(), placement, split);
            if (text != null && !text.isBlank()) {
                values.put(field.code(), text);
            }
        }
        return values;
    }

    private static String source(String key, PlacementEntity placement, boolean split) {
        LiaisonPlace place = placement.place();
        var tutor = placement.tutor();
        return switch (key) {
            case "liaison.companyName" -> place.companyName();
            case "liaison.sector" -> place.sector();
            case "liaison.service" -> place.service();
            case "liaison.address" -> place.address();
            case "liaison.phone" -> place.phone();
            // The sheet names the tutor in one field; where the page asks the first name apart, the tutor's account splits it.
            case "liaison.tutorName" -> tutor != null && split ? tutor.familyName() : place.tutorName();
            case "liaison.tutorFirstName" -> tutor == null ? null : tutor.firstName();
            case "liaison.tutorFunction" -> place.tutorFunction();
            case "liaison.tutorPhone" -> place.tutorPhone();
            case "liaison.tutorEmail" -> place.tutorEmail();
            case "liaison.objectives" -> String.join("\n", placement.objectives());
            default -> null;
        };
    }
}
