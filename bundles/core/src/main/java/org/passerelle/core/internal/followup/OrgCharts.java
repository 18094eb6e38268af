package org.passerelle.core.internal.followup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.passerelle.core.DomainException;
import org.passerelle.referential.model.Field;

/**
 * An ORG_CHART value: {@code {"nodes": [{"id", "name", "role", "parent"}]}}, people and their roles as a forest (one
 * root or more; every parent one of the nodes; no cycle).
 */
final class OrgCharts {

    static final int MAX_NODES = 300;
    private static final Set<String> KEYS = Set.of("id", "name", "role", "parent");

    private OrgCharts() {
    }

    static ObjectNode check(JsonNode value, String path, Field field) {
        ObjectNode given = LeafValues.object(value, path, field);
        given.fieldNames().forEachRemaining(name -> {
            if (!name.equals("nodes")) {
                throw DomainException.invalid("unknown-field", path + "." + name, name, field.label());
            }
        });
        ArrayNode nodes = LeafValues.array(given.path("nodes").isMissingNode() ? JsonNodeFactory.instance.arrayNode() : given.get("nodes"),
                path + ".nodes", field, MAX_NODES);
        Map<String, String> parents = new HashMap<>();
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < nodes.size(); i++) {
            String at = path + ".nodes[" + i + "]";
            ObjectNode node = LeafValues.object(nodes.get(i), at, field);
            node.fieldNames().forEachRemaining(name -> {
                if (!KEYS.contains(name)) {
                    throw DomainException.invalid("unknown-field", at + "." + name, name, field.label());
                }
            });
            String id = required(node, "id", at, field, 40);
            String name = required(node, "name", at, field, 200);
            String role = node.hasNonNull("role") ? LeafValues.line(node.get("role"), at + ".role", field, 200) : null;
            String parent = node.hasNonNull("parent") ? LeafValues.line(node.get("parent"), at + ".parent", field, 40) : null;
            if (parents.containsKey(id)) {
                throw DomainException.invalid("duplicate-id", at + ".id", id);
            }
            parents.put(id, parent);
            ObjectNode kept = out.addObject().put("id", id).put("name", name);
            kept.put("role", role);
            kept.put("parent", parent);
        }
        for (int i = 0; i < out.size(); i++) {
            String parent = out.get(i).path("parent").asText(null);
            if (parent != null && !parents.containsKey(parent)) {
                throw DomainException.invalid("not-a-tree", path + ".nodes[" + i + "].parent", field.label());
            }
            Set<String> seen = new HashSet<>();
            for (String at = out.get(i).get("id").asText(); at != null; at = parents.get(at)) {
                if (!seen.add(at)) {
                    throw DomainException.invalid("not-a-tree", path + ".nodes[" + i + "].parent", field.label());
                }
            }
        }
        ObjectNode chart = JsonNodeFactory.instance.objectNode();
        chart.set("nodes", out);
        return chart;
    }

    private static String required(ObjectNode node, String key, String at, Field field, int max) {
        String text = node.hasNonNull(key) ? LeafValues.line(node.get(key), at + "." + key, field, max) : null;
        if (text == null) {
            throw DomainException.invalid("required", at + "." + key);
        }
        return text;
    }
}
