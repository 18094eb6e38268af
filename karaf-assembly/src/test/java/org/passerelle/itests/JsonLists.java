package org.passerelle.itests;

import com.fasterxml.jackson.databind.JsonNode;

/** Finding records in the JSON lists the API answers. */
final class JsonLists {

    private JsonLists() {
    }

    static JsonNode byId(JsonNode list, long id) {
        return byField(list, "id", id);
    }

    static JsonNode byField(JsonNode list, String field, long value) {
        for (JsonNode item : list) {
            if (item.get(field).asLong() == value) {
                return item;
            }
        }
        throw new AssertionError(field + " " + value + " not in " + list);
    }

    static String texts(JsonNode list, String field) {
        java.util.List<String> values = new java.util.ArrayList<>();
        list.forEach(item -> values.add(item.get(field).asText()));
        return Api.mapper().valueToTree(values).toString();
    }

    static JsonNode placementNode(JsonNode placements, long learnerId) {
        for (JsonNode p : placements) {
            if (p.get("learnerId").asLong() == learnerId) {
                return p;
            }
        }
        throw new AssertionError("no placement of learner " + learnerId + " in " + placements);
    }
}
