package org.passerelle.referential.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks a descriptor tree against schema/referential-1.schema.json and the cross-references a schema cannot
 * express: unique codes, links to declared tasks, competencies and sources, what a diploma or a family needs.
 * Walks the raw JSON so that every problem names the exact field path.
 */
public final class DescriptorValidator {

    static final Pattern REFERENTIAL_CODE = Pattern.compile("^[A-Z][A-Z0-9_]{1,31}$");
    static final Pattern ITEM_CODE = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._ -]{0,31}$");
    static final Pattern FIELD_CODE = Pattern.compile("^[a-z][a-zA-Z0-9]{0,47}$");
    static final Pattern VERSION = Pattern.compile("^[0-9]+(\\.[0-9]+){0,3}$");
    static final Pattern SOURCE_ID = Pattern.compile("^[A-Za-z0-9_-]{1,32}$");
    static final Pattern DATE = Pattern.compile("^[0-9]{4}-[0-9]{2}-[0-9]{2}$");

    private static final Set<String> PROVENANCES = Arrays.stream(Provenance.values()).map(Provenance::wireName)
            .collect(Collectors.toCollection(LinkedHashSet::new));

    public List<DescriptorProblem> validate(JsonNode root) {
        Run run = new Run();
        run.root(root);
        return run.problems();
    }

    /** State of one validation: problems found and the codes declared so far. */
    private static final class Run extends JsonChecks {
        final Map<String, String> sourceIds = new HashMap<>();
        final List<String[]> sourceRefs = new ArrayList<>();
        final Map<String, String> activityCodes = new HashMap<>();
        final Map<String, String> taskCodes = new HashMap<>();
        final Map<String, String> competencyCodes = new HashMap<>();
        final Map<String, String> criterionCodes = new HashMap<>();

        void root(JsonNode root) {
            if (root == null || !root.isObject()) {
                problem("(root)", "the descriptor must be a JSON object");
                return;
            }
            if (!object(root, "(root)", Set.of("formatVersion", "code", "version", "title", "diploma", "level", "kind", "family",
                            "members", "officialText", "provenance", "notes", "sources", "activities", "competencies",
                            "taskCompetencies", "commonCompetencies", "attitudes", "portfolio"),
                    List.of("formatVersion", "code", "version", "title", "diploma", "level", "kind", "provenance", "sources",
                            "activities", "competencies", "taskCompetencies", "attitudes", "portfolio"))) {
                return;
            }
            JsonNode format = root.get("formatVersion");
            if (!format.isInt() || format.intValue() != 1) {
                problem("formatVersion", "must be 1 (this platform reads format 1), found " + format);
            }
            pattern(root, "", "code", REFERENTIAL_CODE);
            pattern(root, "", "version", VERSION);
            text(root, "", "title");
            text(root, "", "diploma");
            text(root, "", "level");
            String kind = oneOf(root, "", "kind", Set.of("DIPLOMA", "FAMILY"));
            if (root.has("family")) {
                pattern(root, "", "family", REFERENTIAL_CODE);
            }
            if (root.has("members")) {
                stringArray(root.get("members"), "members", REFERENTIAL_CODE);
            }
            if (root.has("officialText")) {
                officialText(root.get("officialText"), "officialText");
            }
            oneOf(root, "", "provenance", PROVENANCES);
            optionalString(root, "", "notes");

            each(root, "", "sources", this::source);
            each(root, "", "activities", this::activity);
            each(root, "", "competencies", this::competency);
            each(root, "", "taskCompetencies", new TaskCompetencyCheck());
            if (root.has("commonCompetencies")) {
                each(root, "", "commonCompetencies", new CommonCompetencyCheck());
            }
            each(root, "", "attitudes", new ItemCheck(new HashMap<>()));
            if (root.hasNonNull("portfolio")) {
                portfolio(root.get("portfolio"), "portfolio");
            }

            for (String[] ref : sourceRefs) {
                if (!sourceIds.containsKey(ref[1])) {
                    problem(ref[0], "names source '" + ref[1] + "', which is not declared in sources");
                }
            }
            if ("DIPLOMA".equals(kind)) {
                if (taskCodes.isEmpty()) {
                    problem("activities", "a DIPLOMA needs at least one activity with at least one task");
                }
                if (competencyCodes.isEmpty()) {
                    problem("competencies", "a DIPLOMA needs at least one competency");
                }
            } else if ("FAMILY".equals(kind)) {
                JsonNode members = root.get("members");
                if (members == null || !members.isArray() || members.isEmpty()) {
                    problem("members", "a FAMILY needs the codes of the diplomas it groups");
                }
                JsonNode common = root.get("commonCompetencies");
                if (common == null || !common.isArray() || common.isEmpty()) {
                    problem("commonCompetencies", "a FAMILY needs at least one common competency");
                }
            }
        }

        void officialText(JsonNode node, String path) {
            if (object(node, path, Set.of("title", "reference", "date"), List.of("title"))) {
                text(node, path, "title");
                optionalString(node, path, "reference");
                if (node.has("date")) {
                    pattern(node, path, "date", DATE);
                }
            }
        }

        void source(JsonNode node, String path) {
            if (object(node, path, Set.of("id", "title", "kind", "url"), List.of("id", "title"))) {
                String id = pattern(node, path, "id", SOURCE_ID);
                unique(sourceIds, id, path + ".id", "source id");
                text(node, path, "title");
                optionalString(node, path, "kind");
                optionalString(node, path, "url");
            }
        }

        void activity(JsonNode node, String path) {
            if (object(node, path, Set.of("code", "title", "provenance", "sources", "note", "tasks"),
                    List.of("code", "title", "provenance", "tasks"))) {
                coded(node, path, activityCodes);
                if (nonEmptyArray(node, path, "tasks")) {
                    each(node, path, "tasks", new ItemCheck(taskCodes));
                }
            }
        }

        void competency(JsonNode node, String path) {
            if (object(node, path, Set.of("code", "title", "provenance", "sources", "note", "weight", "criteria"),
                    List.of("code", "title", "provenance", "criteria"))) {
                coded(node, path, competencyCodes);
                weight(node, path);
                each(node, path, "criteria", new ItemCheck(criterionCodes));
            }
        }

        /** code, title, provenance, sources, note: the part every item shares. */
        void coded(JsonNode node, String path, Map<String, String> codes) {
            String code = pattern(node, path, "code", ITEM_CODE);
            if (codes != null) {
                unique(codes, code, path + ".code", "code");
            }
            text(node, path, "title");
            oneOf(node, path, "provenance", PROVENANCES);
            sourceRefs(node, path);
            optionalString(node, path, "note");
        }

        void sourceRefs(JsonNode node, String path) {
            JsonNode refs = node.get("sources");
            if (refs == null) {
                return;
            }
            if (!refs.isArray()) {
                problem(path + ".sources", "must be an array of source ids");
                return;
            }
            for (int i = 0; i < refs.size(); i++) {
                JsonNode ref = refs.get(i);
                if (!ref.isTextual()) {
                    problem(path + ".sources[" + i + "]", "must be a source id (a string)");
                } else {
                    sourceRefs.add(new String[] {path + ".sources[" + i + "]", ref.textValue()});
                }
            }
        }

        void weight(JsonNode node, String path) {
            JsonNode weight = node.get("weight");
            if (weight != null && (!weight.isNumber() || weight.doubleValue() <= 0)) {
                problem(path + ".weight", "must be a number greater than 0, found " + weight);
            }
        }

        void unique(Map<String, String> seen, String code, String path, String what) {
            if (code == null) {
                return;
            }
            String first = seen.putIfAbsent(code, path);
            if (first != null) {
                problem(path, "duplicate " + what + " '" + code + "' (first declared at " + first + ")");
            }
        }

        void portfolio(JsonNode node, String path) {
            if (!object(node, path, Set.of("pupil", "apprentice"), List.of())) {
                return;
            }
            if (!node.has("pupil") && !node.has("apprentice")) {
                problem(path, "declares no layout: give pupil, apprentice or both");
            }
            for (String who : List.of("pupil", "apprentice")) {
                if (node.has(who)) {
                    layout(node.get(who), path + "." + who);
                }
            }
        }

        void layout(JsonNode node, String path) {
            if (!object(node, path, Set.of("kind", "title", "pages"), List.of("kind", "title", "pages"))) {
                return;
            }
            oneOf(node, path, "kind", Arrays.stream(LayoutKind.values()).map(Enum::name).collect(Collectors.toSet()));
            text(node, path, "title");
            if (nonEmptyArray(node, path, "pages")) {
                Map<String, String> pageCodes = new HashMap<>();
                each(node, path, "pages", (page, pagePath) -> page(page, pagePath, pageCodes));
            }
        }

        void page(JsonNode node, String path, Map<String, String> pageCodes) {
            if (object(node, path, Set.of("code", "title", "description", "fields"), List.of("code", "title", "fields"))) {
                unique(pageCodes, pattern(node, path, "code", FIELD_CODE), path + ".code", "page code");
                text(node, path, "title");
                optionalString(node, path, "description");
                fields(node, path);
            }
        }

        void fields(JsonNode node, String path) {
            Map<String, String> fieldCodes = new HashMap<>();
            each(node, path, "fields", (field, fieldPath) -> field(field, fieldPath, fieldCodes));
        }

        void field(JsonNode node, String path, Map<String, String> fieldCodes) {
            if (!object(node, path, Set.of("code", "label", "type", "required", "help", "prefill", "options", "fields", "minimum", "maximum", "integer"),
                    List.of("code", "label", "type"))) {
                return;
            }
            unique(fieldCodes, pattern(node, path, "code", FIELD_CODE), path + ".code", "field code");
            text(node, path, "label");
            String typeName = oneOf(node, path, "type", Arrays.stream(FieldType.values()).map(Enum::name).collect(Collectors.toSet()));
            if (node.has("required") && !node.get("required").isBoolean()) {
                problem(path + ".required", "must be true or false");
            }
            optionalString(node, path, "help");
            optionalString(node, path, "prefill");
            FieldType type = typeName == null ? null : FieldType.valueOf(typeName);
            if (node.has("options")) {
                if (type != null && !type.needsOptions()) {
                    problem(path + ".options", "only CHOICE and MULTI_CHOICE fields take options");
                } else if (nonEmptyArray(node, path, "options")) {
                    Map<String, String> optionCodes = new HashMap<>();
                    each(node, path, "options", (option, optionPath) -> {
                        if (object(option, optionPath, Set.of("code", "label"), List.of("code", "label"))) {
                            unique(optionCodes, text(option, optionPath, "code"), optionPath + ".code", "option code");
                            text(option, optionPath, "label");
                        }
                    });
                }
            } else if (type != null && type.needsOptions()) {
                problem(path + ".options", "is required for a " + type + " field");
            }
            numberBounds(node, path, type);
            if (node.has("fields")) {
                if (type != null && !type.needsFields()) {
                    problem(path + ".fields", "only GROUP, REPEATED and WEEKLY fields hold nested fields");
                } else if (nonEmptyArray(node, path, "fields")) {
                    fields(node, path);
                }
            } else if (type != null && type.needsFields()) {
                problem(path + ".fields", "is required for a " + type + " field");
            }
        }

        /** minimum, maximum and integer: a NUMBER's only, numbers (a boolean for integer), the least not above the greatest. */
        void numberBounds(JsonNode node, String path, FieldType type) {
            for (String key : List.of("minimum", "maximum", "integer")) {
                if (node.has(key) && type != null && type != FieldType.NUMBER) {
                    problem(join(path, key), "only NUMBER fields take " + key);
                }
            }
            for (String key : List.of("minimum", "maximum")) {
                if (node.has(key) && !node.get(key).isNumber()) {
                    problem(join(path, key), "must be a number");
                }
            }
            if (node.has("integer") && !node.get("integer").isBoolean()) {
                problem(join(path, "integer"), "must be true or false");
            }
            if (node.path("minimum").isNumber() && node.path("maximum").isNumber() && node.get("minimum").asDouble() > node.get("maximum").asDouble()) {
                problem(join(path, "minimum"), "is greater than maximum");
            }
        }

        /** A task, criterion or attitude: code unique within the given map. */
        private final class ItemCheck implements ElementCheck {
            private final Map<String, String> codes;

            ItemCheck(Map<String, String> codes) {
                this.codes = codes;
            }

            @Override
            public void check(JsonNode node, String path) {
                if (object(node, path, Set.of("code", "title", "provenance", "sources", "note"), List.of("code", "title", "provenance"))) {
                    coded(node, path, codes);
                }
            }
        }

        private final class TaskCompetencyCheck implements ElementCheck {
            private final Map<String, String> pairs = new HashMap<>();

            @Override
            public void check(JsonNode node, String path) {
                if (!object(node, path, Set.of("task", "competency", "weight", "provenance", "sources"), List.of("task", "competency", "provenance"))) {
                    return;
                }
                String task = text(node, path, "task");
                String competency = text(node, path, "competency");
                if (task != null && !taskCodes.containsKey(task)) {
                    problem(path + ".task", "names task '" + task + "', which no activity declares");
                }
                if (competency != null && !competencyCodes.containsKey(competency)) {
                    problem(path + ".competency", "names competency '" + competency + "', which is not declared in competencies");
                }
                if (task != null && competency != null) {
                    unique(pairs, task + " → " + competency, path, "task → competency link");
                }
                weight(node, path);
                oneOf(node, path, "provenance", PROVENANCES);
                sourceRefs(node, path);
            }
        }

        private final class CommonCompetencyCheck implements ElementCheck {
            private final Map<String, String> codes = new HashMap<>();

            @Override
            public void check(JsonNode node, String path) {
                if (!object(node, path, Set.of("code", "title", "provenance", "sources", "note", "weight", "groups"),
                        List.of("code", "title", "provenance", "groups"))) {
                    return;
                }
                coded(node, path, codes);
                weight(node, path);
                each(node, path, "groups", (group, groupPath) -> {
                    if (object(group, groupPath, Set.of("referential", "competency", "provenance", "sources", "criteria"),
                            List.of("referential", "competency", "provenance", "criteria"))) {
                        pattern(group, groupPath, "referential", REFERENTIAL_CODE);
                        pattern(group, groupPath, "competency", ITEM_CODE);
                        oneOf(group, groupPath, "provenance", PROVENANCES);
                        sourceRefs(group, groupPath);
                        each(group, groupPath, "criteria", new ItemCheck(criterionCodes));
                    }
                });
            }
        }

        // --- shape helpers -------------------------------------------------------------------------------

    }

}
