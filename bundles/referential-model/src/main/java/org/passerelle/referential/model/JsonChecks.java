package org.passerelle.referential.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The JSON shape checks a descriptor's validation is made of: each reports what is wrong at an exact path and lets the
 * run go on, so that one run lists every problem ({@link DescriptorValidator}).
 */
abstract class JsonChecks {

    private final List<DescriptorProblem> problems = new ArrayList<>();

    /** A check of one element of an array, at its path ({@code activities[2]}). */
    @FunctionalInterface
    interface ElementCheck {
        void check(JsonNode node, String path);
    }

    final List<DescriptorProblem> problems() {
        return problems;
    }

    final void problem(String field, String reason) {
        problems.add(new DescriptorProblem(field, reason));
    }

    /**
     * Checks that node is an object with only allowed keys and every required key. False only when it is not
     * an object: a missing field is reported and the rest is still checked, so one run lists every problem.
     */
    boolean object(JsonNode node, String path, Set<String> allowed, List<String> required) {
        if (node == null || !node.isObject()) {
            problem(path, "must be a JSON object");
            return false;
        }
        for (String key : required) {
            if (!node.has(key) || node.get(key).isNull()) {
                problem(join(path, key), "is required");
            }
        }
        node.fieldNames().forEachRemaining(key -> {
            if (!allowed.contains(key)) {
                problem(join(path, key), "is not a known field here (known: " + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
            }
        });
        return true;
    }

    String text(JsonNode node, String path, String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return null; // reported by object() when required
        }
        if (!value.isTextual()) {
            problem(join(path, key), "must be a string, found " + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
            return null;
        }
        if (value.textValue().isBlank()) {
            problem(join(path, key), "must not be blank");
            return null;
        }
        return value.textValue();
    }

    void optionalString(JsonNode node, String path, String key) {
        JsonNode value = node.get(key);
        if (value != null && !value.isTextual()) {
            problem(join(path, key), "must be a string");
        }
    }

    String pattern(JsonNode node, String path, String key, Pattern pattern) {
        String value = text(node, path, key);
        if (value != null && !pattern.matcher(value).matches()) {
            problem(join(path, key), "'" + value + "' does not match " + pattern.pattern());
            return null;
        }
        return value;
    }

    String oneOf(JsonNode node, String path, String key, Set<String> values) {
        String value = text(node, path, key);
        if (value != null && !values.contains(value)) {
            problem(join(path, key), "'" + value + "' is not one of " + String.join(", ", new java.util.TreeSet<>(values)));
            return null;
        }
        return value;
    }

    void stringArray(JsonNode node, String path, Pattern pattern) {
        if (!node.isArray()) {
            problem(path, "must be an array");
            return;
        }
        Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode value = node.get(i);
            String itemPath = path + "[" + i + "]";
            if (!value.isTextual() || !pattern.matcher(value.textValue()).matches()) {
                problem(itemPath, value + " does not match " + pattern.pattern());
            } else if (!seen.add(value.textValue())) {
                problem(itemPath, "duplicate value " + value);
            }
        }
    }

    boolean nonEmptyArray(JsonNode node, String path, String key) {
        JsonNode value = node.get(key);
        if (value != null && value.isArray() && value.isEmpty()) {
            problem(join(path, key), "must not be empty");
            return false;
        }
        return true;
    }

    void each(JsonNode node, String path, String key, ElementCheck check) {
        JsonNode array = node.get(key);
        if (array == null || array.isNull()) {
            return;
        }
        String arrayPath = join(path, key);
        if (!array.isArray()) {
            problem(arrayPath, "must be an array");
            return;
        }
        for (int i = 0; i < array.size(); i++) {
            check.check(array.get(i), arrayPath + "[" + i + "]");
        }
    }

    static String join(String path, String key) {
        return path.isEmpty() || "(root)".equals(path) ? key : path + "." + key;
    }
}
