package org.passerelle.documents.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.passerelle.core.followup.Week;
import org.passerelle.documents.internal.Outline.Entry;
import org.passerelle.documents.internal.Outline.Heading;
import org.passerelle.documents.internal.Outline.Item;
import org.passerelle.documents.internal.Outline.Items;
import org.passerelle.documents.internal.Outline.Note;
import org.passerelle.referential.model.Field;
import org.passerelle.referential.model.FieldOption;
import org.passerelle.referential.model.FieldType;

/**
 * Writes the fields of a layout page with their values into an {@link Outline}, by field type alone (values shaped as
 * {@code FollowUpService} says): text as typed, NUMBER as a number, DATE as JJ/MM/AAAA, BOOLEAN Oui / Non, CHOICE the
 * option's label, GEOLOCATION the coordinates, ORG_CHART an indented list of people, LINKS the addresses, FILES the
 * files, TASKS / COMPETENCIES / ACTIVITY their codes; GROUP, REPEATED and WEEKLY as sub-headings with their fields.
 * COMMENTS are not exported. A field without a value keeps its label, « non renseigné ».
 */
final class FieldRender {

    /** The BOOLEAN child of a REPEATED field that marks an item selected for export. */
    static final String SELECTION = "selectionExport";
    private static final int DEEPEST = 4;

    private final DocumentLayout labels;
    private final List<Week> weeks;
    private final java.util.Map<Long, String> fileNames;

    FieldRender(DocumentLayout labels, List<Week> weeks, java.util.Map<Long, String> fileNames) {
        this.labels = labels;
        this.weeks = weeks == null ? List.of() : weeks;
        this.fileNames = fileNames == null ? java.util.Map.of() : fileNames;
    }

    /** A REPEATED field whose items carry the « selected for export » flag. */
    static boolean selectable(Field field) {
        return field.type() == FieldType.REPEATED
                && field.fields().stream().anyMatch(f -> f.type() == FieldType.BOOLEAN && SELECTION.equals(f.code()));
    }

    static boolean selected(JsonNode item) {
        return item != null && item.path(SELECTION).asBoolean(false);
    }

    /** Every field of the list, in the layout's order. */
    void fields(Outline out, List<Field> fields, JsonNode values, int level) {
        for (Field f : fields) {
            field(out, f, values == null ? null : values.get(f.code()), level);
        }
    }

    void field(Outline out, Field f, JsonNode value, int level) {
        String label = f.label() == null ? f.code() : f.label();
        switch (f.type()) {
            case COMMENTS -> { }
            case BOOLEAN -> {
                if (!SELECTION.equals(f.code())) {
                    out.add(new Entry(label, empty(value) ? null : label(value.asBoolean() ? "export.yes" : "export.no")));
                }
            }
            case GROUP -> {
                out.add(new Heading(Math.min(level, DEEPEST), label));
                fields(out, f.fields(), value, level + 1);
            }
            case REPEATED -> repeated(out, f, value, level);
            case WEEKLY -> weekly(out, f, value, level);
            case ORG_CHART -> out.add(new Items(label, orgChart(value)));
            case LINKS -> out.add(new Items(label, list(value, l -> true, l -> link(l))));
            case FILES -> out.add(new Items(label, list(value, v -> true,
                    v -> fileNames.getOrDefault(v.asLong(), label("export.file") + " " + v.asText()))));
            case TASKS, COMPETENCIES -> out.add(new Items(label, list(value, v -> true, JsonNode::asText)));
            case MULTI_CHOICE -> out.add(new Items(label, list(value, v -> true, v -> option(f, v.asText()))));
            default -> out.add(new Entry(label, scalar(f, value)));
        }
    }

    /** Every item, or only those selected for export when the field carries the flag; each under a sub-heading. */
    void repeated(Outline out, Field f, JsonNode value, int level) {
        boolean selectable = selectable(f);
        out.add(new Heading(Math.min(level, DEEPEST), f.label() == null ? f.code() : f.label()));
        List<JsonNode> items = new ArrayList<>();
        if (value != null && value.isArray()) {
            value.forEach(i -> {
                if (!selectable || selected(i)) {
                    items.add(i);
                }
            });
        }
        if (items.isEmpty()) {
            out.add(new Note(label(selectable ? "export.noneSelected" : "export.notFilled")));
        }
        for (int n = 0; n < items.size(); n++) {
            JsonNode item = items.get(n);
            Field titleField = titleField(f, item);
            String title = titleField == null ? (f.label() == null ? f.code() : f.label()) + " " + label("export.number") + " " + (n + 1)
                    : item.get(titleField.code()).asText();
            out.add(new Heading(Math.min(level + 1, DEEPEST), title));
            List<Field> rest = f.fields().stream().filter(c -> c != titleField).toList();
            fields(out, rest, item, level + 2);
        }
    }

    /** The first TEXT child with a value names the item (« Titre de l'activité »). */
    private static Field titleField(Field f, JsonNode item) {
        return f.fields().stream().filter(c -> c.type() == FieldType.TEXT && !empty(item.get(c.code()))).findFirst().orElse(null);
    }

    /** One sub-heading per week of the period, « Semaine 18 (du 03/05/2027 au 07/05/2027) », with that week's fields. */
    private void weekly(Outline out, Field f, JsonNode value, int level) {
        out.add(new Heading(Math.min(level, DEEPEST), f.label() == null ? f.code() : f.label()));
        if (weeks.isEmpty()) {
            out.add(new Note(label("export.notFilled")));
        }
        for (Week w : weeks) {
            out.add(new Heading(Math.min(level + 1, DEEPEST),
                    label("export.week") + " " + w.number() + " (" + label("doc.from") + " "
                    + DocumentLayout.date(w.first()) + " " + label("doc.to") + " " + DocumentLayout.date(w.last()) + ")"));
            fields(out, f.fields(), value == null ? null : value.get(w.key()), level + 2);
        }
    }

    /** The people as a tree: each « Nom — fonction », indented under their superior; roots first, in the learner's order. */
    private List<Item> orgChart(JsonNode value) {
        JsonNode nodes = value == null ? null : value.get("nodes");
        List<Item> items = new ArrayList<>();
        if (nodes == null || !nodes.isArray()) {
            return items;
        }
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        nodes.forEach(n -> byId.put(n.path("id").asText(), n));
        Set<String> seen = new HashSet<>();
        for (JsonNode n : byId.values()) {
            String parent = n.path("parent").isTextual() ? n.path("parent").asText() : null;
            if (parent == null || !byId.containsKey(parent)) {
                person(items, byId, n, 0, seen);
            }
        }
        byId.values().stream().filter(n -> !seen.contains(n.path("id").asText())).forEach(n -> person(items, byId, n, 0, seen));
        return items;
    }

    private void person(List<Item> items, Map<String, JsonNode> byId, JsonNode n, int depth, Set<String> seen) {
        String id = n.path("id").asText();
        if (!seen.add(id)) {
            return;
        }
        String name = n.path("name").asText("");
        String role = n.path("role").asText("");
        items.add(new Item(Math.min(depth, 8), role.isBlank() ? name : name + " — " + role));
        for (JsonNode child : byId.values()) {
            if (id.equals(child.path("parent").asText(null))) {
                person(items, byId, child, depth + 1, seen);
            }
        }
    }

    private String link(JsonNode l) {
        String url = l.path("url").asText("");
        String title = l.path("title").asText("");
        return title.isBlank() || title.equals(url) ? url : title + " : " + url;
    }

    private static List<Item> list(JsonNode value, Predicate<JsonNode> keep, java.util.function.Function<JsonNode, String> text) {
        List<Item> items = new ArrayList<>();
        if (value != null && value.isArray()) {
            value.forEach(v -> {
                if (keep.test(v) && !empty(v)) {
                    items.add(new Item(0, text.apply(v)));
                }
            });
        }
        return items;
    }

    /** A scalar value as printed, or null when there is none. */
    String scalar(Field f, JsonNode value) {
        if (empty(value)) {
            return null;
        }
        return switch (f.type()) {
            case NUMBER -> value.isNumber() ? number(value.decimalValue()) : value.asText();
            case DATE -> date(value.asText());
            case CHOICE -> option(f, value.asText());
            case GEOLOCATION -> value.has("latitude") && value.has("longitude")
                    ? label("export.latitude") + " " + number(value.get("latitude").decimalValue()) + ", " + label("export.longitude") + " "
                            + number(value.get("longitude").decimalValue())
                    : null;
            default -> value.isValueNode() ? value.asText() : value.toString();
        };
    }

    /** 30, 12,5: French decimal comma, no exponent. */
    static String number(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static String date(String iso) {
        try {
            return DocumentLayout.date(LocalDate.parse(iso));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    private static String option(Field f, String code) {
        return f.options().stream().filter(o -> code.equals(o.code())).map(FieldOption::label).findFirst().orElse(code);
    }

    static boolean empty(JsonNode value) {
        return value == null || value.isNull() || value.isMissingNode() || (value.isTextual() && value.asText().isBlank())
                || (value.isContainerNode() && value.isEmpty());
    }

    private String label(String key) {
        return labels.label(key);
    }
}
