package org.passerelle.core.internal.followup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.passerelle.core.DomainException;
import org.passerelle.referential.model.Field;
import org.passerelle.referential.model.FieldType;
import org.passerelle.referential.model.Page;
import org.passerelle.referential.model.Referential;

/**
 * Checks a page's values against its layout alone (issue 11, item 1): every key a field of the page, every value of
 * its field's type, tasks and activities of the pinned referential version, weeks of the period, files of the
 * learner. Returns the values as they are kept (texts in NFC, empty values left out, REPEATED items with an id) and
 * which required fields are still empty. The platform knows no page or field by name.
 */
final class LayoutValues {

    static final int REPEATED_MAX = 100;
    /** The most a page's values may weigh once kept, as UTF-8 JSON. */
    static final int PAGE_MAX_BYTES = 400 * 1024;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** What the checks need beyond the layout. */
    interface Context {
        Referential referential();

        /** Week keys of the period ({@code 2027-W18}). */
        Set<String> weeks();

        /** The ids among these that are not files of the learner. */
        Collection<Long> foreignFiles(Collection<Long> ids);
    }

    record Result(ObjectNode values, boolean complete, List<String> missing) {
    }

    private LayoutValues() {
    }

    static Result check(Page page, JsonNode given, Context context) {
        // A missing or null page is a mistake (an autosave gone wrong), never "empty every field": {} says that.
        if (given == null || given.isNull() || given.isMissingNode()) {
            throw DomainException.invalid("required", "values");
        }
        if (!given.isObject()) {
            throw DomainException.invalid("expected-object", "values", page.title());
        }
        ObjectNode values = fields(page.fields(), (ObjectNode) given, page.code(), page.title(), context);
        // What is saved can always be sent back: a page stays well under the API's bound on a body (512 KiB).
        int size = FollowUpRecords.write(values).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        if (size > PAGE_MAX_BYTES) {
            throw DomainException.tooLarge("page-too-large", page.code(), page.title(), PAGE_MAX_BYTES / 1024);
        }
        List<String> missing = new ArrayList<>();
        missing(page.fields(), values, "", missing);
        return new Result(values, missing.isEmpty(), List.copyOf(missing));
    }

    /** Required fields without a value, as paths within the page ({@code activitesMaintenance[0].titre}). */
    static List<String> missing(Page page, ObjectNode values) {
        List<String> missing = new ArrayList<>();
        missing(page.fields(), values, "", missing);
        return missing;
    }

    private static ObjectNode fields(List<Field> fields, ObjectNode given, String path, String where, Context context) {
        ObjectNode out = NODES.objectNode();
        Iterator<Map.Entry<String, JsonNode>> entries = given.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            String at = path + "." + entry.getKey();
            Field field = fields.stream().filter(f -> f.code().equals(entry.getKey())).findFirst()
                    .orElseThrow(() -> DomainException.invalid("unknown-field", at, entry.getKey(), where));
            if (entry.getValue() == null || entry.getValue().isNull()) {
                continue;
            }
            JsonNode kept = value(field, entry.getValue(), at, context);
            if (kept != null && !(kept.isContainerNode() && kept.isEmpty())) {
                out.set(field.code(), kept);
            }
        }
        return out;
    }

    private static JsonNode value(Field field, JsonNode value, String at, Context context) {
        FieldType type = field.type();
        return switch (type) {
            case TEXT -> text(LeafValues.line(value, at, field, LeafValues.TEXT_MAX));
            case LONG_TEXT -> text(LeafValues.longText(value, at, field));
            case EMAIL -> text(LeafValues.email(value, at, field));
            case PHONE -> text(LeafValues.phone(value, at, field));
            case URL -> text(LeafValues.url(value, at, field));
            case NUMBER -> LeafValues.number(value, at, field);
            case DATE -> text(LeafValues.date(value, at, field));
            case BOOLEAN -> NODES.booleanNode(LeafValues.bool(value, at, field));
            case CHOICE -> text(LeafValues.choice(value, at, field));
            case MULTI_CHOICE -> LeafValues.choices(value, at, field);
            case GEOLOCATION -> LeafValues.geolocation(value, at, field);
            case ORG_CHART -> OrgCharts.check(value, at, field);
            case LINKS -> LeafValues.links(value, at, field);
            case FILES -> files(value, at, field, context);
            case TASKS -> tasks(value, at, field, context.referential());
            case ACTIVITY -> activity(value, at, field, context.referential());
            // Comments are added one by one with their author; competencies are the teacher's choice (the sheet's link).
            case COMMENTS -> throw DomainException.invalid("comments-apart", at, field.label());
            case COMPETENCIES -> throw DomainException.invalid("competencies-by-teacher", at, field.label());
            case GROUP -> fields(field.fields(), LeafValues.object(value, at, field), at, field.label(), context);
            case REPEATED -> repeated(field, value, at, context);
            case WEEKLY -> weekly(field, value, at, context);
        };
    }

    private static JsonNode text(String text) {
        return text == null ? null : NODES.textNode(text);
    }

    private static ArrayNode files(JsonNode value, String at, Field field, Context context) {
        ArrayNode list = LeafValues.array(value, at, field, 50);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode id = list.get(i);
            if (!id.canConvertToLong() || !id.isIntegralNumber()) {
                throw DomainException.invalid("expected-file-id", at + "[" + i + "]", field.label());
            }
            if (!ids.contains(id.asLong())) {
                ids.add(id.asLong());
            }
        }
        Collection<Long> foreign = ids.isEmpty() ? List.of() : context.foreignFiles(ids);
        if (!foreign.isEmpty()) {
            throw DomainException.invalid("unknown-file", at, foreign.iterator().next());
        }
        ArrayNode out = NODES.arrayNode();
        ids.forEach(out::add);
        return out;
    }

    private static ArrayNode tasks(JsonNode value, String at, Field field, Referential referential) {
        ArrayNode out = NODES.arrayNode();
        for (String code : LeafValues.distinctTexts(value, at, field, LeafValues.LIST_MAX)) {
            if (referential.task(code).isEmpty()) {
                throw DomainException.invalid("unknown-task", at, code, referential.code(), referential.version());
            }
            out.add(code);
        }
        return out;
    }

    private static JsonNode activity(JsonNode value, String at, Field field, Referential referential) {
        String code = LeafValues.line(value, at, field, 64);
        if (code != null && referential.activities().stream().noneMatch(a -> a.code().equals(code))) {
            throw DomainException.invalid("unknown-activity", at, code, referential.code(), referential.version());
        }
        return text(code);
    }

    private static ArrayNode repeated(Field field, JsonNode value, String at, Context context) {
        ArrayNode list = LeafValues.array(value, at, field, REPEATED_MAX);
        ArrayNode out = NODES.arrayNode();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String itemAt = at + "[" + i + "]";
            ObjectNode item = LeafValues.object(list.get(i), itemAt, field).deepCopy();
            JsonNode id = item.remove("id");
            String kept = id == null || id.isNull() ? UUID.randomUUID().toString().substring(0, 8) : LeafValues.line(id, itemAt + ".id", field, 40);
            if (kept == null || ids.contains(kept)) {
                throw DomainException.invalid("duplicate-id", itemAt + ".id", String.valueOf(kept));
            }
            ids.add(kept);
            ObjectNode values = fields(field.fields(), item, itemAt, field.label(), context);
            ObjectNode withId = NODES.objectNode().put("id", kept);
            withId.setAll(values);
            out.add(withId);
        }
        return out;
    }

    private static ObjectNode weekly(Field field, JsonNode value, String at, Context context) {
        ObjectNode given = LeafValues.object(value, at, field);
        ObjectNode out = NODES.objectNode();
        Iterator<Map.Entry<String, JsonNode>> weeks = given.fields();
        while (weeks.hasNext()) {
            Map.Entry<String, JsonNode> week = weeks.next();
            String weekAt = at + "." + week.getKey();
            if (!context.weeks().contains(week.getKey())) {
                throw DomainException.invalid("unknown-week", weekAt, week.getKey());
            }
            if (week.getValue() == null || week.getValue().isNull()) {
                continue;
            }
            ObjectNode entry = fields(field.fields(), LeafValues.object(week.getValue(), weekAt, field), weekAt, field.label(), context);
            if (!entry.isEmpty()) {
                out.set(week.getKey(), entry);
            }
        }
        return out;
    }

    /** Adds to {@code out} the ids of the learner's files these kept values refer to (FILES fields, at any depth). */
    static void fileIds(List<Field> fields, JsonNode values, Set<Long> out) {
        if (values == null || !values.isObject()) {
            return;
        }
        for (Field field : fields) {
            JsonNode value = values.get(field.code());
            if (value == null || value.isNull()) {
                continue;
            }
            switch (field.type()) {
                case FILES -> value.forEach(id -> {
                    if (id.isIntegralNumber()) {
                        out.add(id.asLong());
                    }
                });
                case GROUP -> fileIds(field.fields(), value, out);
                case REPEATED -> value.forEach(item -> fileIds(field.fields(), item, out));
                case WEEKLY -> value.forEach(week -> fileIds(field.fields(), week, out));
                default -> {
                }
            }
        }
    }

    private static void missing(List<Field> fields, JsonNode values, String prefix, List<String> missing) {
        for (Field field : fields) {
            String at = prefix.isEmpty() ? field.code() : prefix + "." + field.code();
            JsonNode value = values == null ? null : values.get(field.code());
            if (Boolean.TRUE.equals(field.required()) && (value == null || value.isNull())) {
                missing.add(at);
            }
            if (value == null) {
                if (field.type() == FieldType.GROUP) {
                    missing(field.fields(), null, at, missing);
                }
                continue;
            }
            switch (field.type()) {
                case GROUP -> missing(field.fields(), value, at, missing);
                case REPEATED -> {
                    for (int i = 0; i < value.size(); i++) {
                        missing(field.fields(), value.get(i), at + "[" + i + "]", missing);
                    }
                }
                case WEEKLY -> value.fields().forEachRemaining(e -> missing(field.fields(), e.getValue(), at + "." + e.getKey(), missing));
                default -> {
                }
            }
        }
    }
}
