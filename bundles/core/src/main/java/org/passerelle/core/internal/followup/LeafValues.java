package org.passerelle.core.internal.followup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.passerelle.core.DomainException;
import org.passerelle.core.TextRules;
import org.passerelle.core.internal.common.Validation;
import org.passerelle.referential.model.Field;
import org.passerelle.referential.model.FieldOption;

/**
 * The checks of one value of a leaf field type (FollowUpService's doc comment gives the shapes). Each refusal names the
 * path of the field ({@code page.field[2].sub}) and its label.
 */
final class LeafValues {

    static final int TEXT_MAX = 500;
    static final int LONG_TEXT_MAX = 20_000;
    static final int URL_MAX = 2_000;
    static final int LIST_MAX = 200;
    static final double NUMBER_MAX = 1_000_000_000d;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private LeafValues() {
    }

    /** A one-line text: NFC, trimmed, no control character; null when empty. */
    static String line(JsonNode value, String path, Field field, int max) {
        String text = text(value, path, field);
        String fault = TextRules.fault(text, false);
        if (fault != null) {
            throw DomainException.invalid(fault.equals("line break") ? "value-on-one-line" : "invalid-characters", path, field.label());
        }
        return bounded(text, path, max);
    }

    /** A text of several lines: NFC, line ends as \n, no control character but tabs and line ends. */
    static String longText(JsonNode value, String path, Field field) {
        String text = text(value, path, field).replace("\r\n", "\n").replace('\r', '\n');
        if (TextRules.fault(text, true) != null) {
            throw DomainException.invalid(TextRules.MULTI_LINE_REFUSAL, path, field.label(), TextRules.faultyCharacter(text, true));
        }
        return bounded(text, path, LONG_TEXT_MAX);
    }

    private static String text(JsonNode value, String path, Field field) {
        if (!value.isTextual()) {
            throw DomainException.invalid("expected-text", path, field.label());
        }
        return Normalizer.normalize(value.asText(), Normalizer.Form.NFC).strip();
    }

    private static String bounded(String text, String path, int max) {
        if (text.length() > max) {
            throw DomainException.invalid("too-long", path, max);
        }
        return text.isEmpty() ? null : text;
    }

    static String email(JsonNode value, String path, Field field) {
        String text = line(value, path, field, 254);
        return text == null ? null : Validation.matching(text, Validation.EMAIL, path, "invalid-email");
    }

    static String phone(JsonNode value, String path, Field field) {
        String text = line(value, path, field, 40);
        if (text != null && text.chars().noneMatch(Character::isDigit)) {
            throw DomainException.invalid("invalid-phone", path, text);
        }
        return text;
    }

    static String url(JsonNode value, String path, Field field) {
        String text = line(value, path, field, URL_MAX);
        if (text == null) {
            return null;
        }
        // « www.entreprise.fr » as people write it: an address without its scheme is taken as https.
        if (!text.contains("://") && text.matches("(?i)[a-z0-9][a-z0-9-]*(\\.[a-z0-9-]+)+(/\\S*)?")) {
            text = "https://" + text;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return text;
            }
        } catch (URISyntaxException e) {
            // refused below
        }
        throw DomainException.invalid("invalid-url", path, text);
    }

    static JsonNode number(JsonNode value, String path, Field field) {
        if (!value.isNumber() || !Double.isFinite(value.asDouble())) {
            throw DomainException.invalid("expected-number", path, field.label());
        }
        if (Math.abs(value.asDouble()) > NUMBER_MAX) {
            throw DomainException.invalid("number-out-of-range", path, field.label());
        }
        // The layout's own bounds (a count of people is a whole number, never negative).
        double number = value.asDouble();
        if (Boolean.TRUE.equals(field.integer()) && number != Math.rint(number)) {
            throw DomainException.invalid("expected-integer", path, field.label());
        }
        if (field.minimum() != null && number < field.minimum()) {
            throw DomainException.invalid("number-below-minimum", path, field.label(), plain(field.minimum()));
        }
        if (field.maximum() != null && number > field.maximum()) {
            throw DomainException.invalid("number-above-maximum", path, field.label(), plain(field.maximum()));
        }
        return Boolean.TRUE.equals(field.integer()) && !value.isIntegralNumber() ? JsonNodeFactory.instance.numberNode(value.asLong()) : value;
    }

    /** A bound as a French reader writes it: 0, 12, 2,5. */
    private static String plain(double bound) {
        return java.math.BigDecimal.valueOf(bound).stripTrailingZeros().toPlainString().replace('.', ',');
    }

    static String date(JsonNode value, String path, Field field) {
        if (!value.isTextual()) {
            throw DomainException.invalid("expected-date", path, field.label());
        }
        try {
            LocalDate date = LocalDate.parse(value.asText());
            if (date.getYear() < 1900 || date.getYear() > 2199) {
                throw DomainException.invalid("date-out-of-range", path, field.label(), "1900", "2199");
            }
            return date.toString();
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("invalid-date", path, value.asText());
        }
    }

    static boolean bool(JsonNode value, String path, Field field) {
        if (!value.isBoolean()) {
            throw DomainException.invalid("expected-boolean", path, field.label());
        }
        return value.asBoolean();
    }

    static String choice(JsonNode value, String path, Field field) {
        String code = line(value, path, field, 64);
        if (code != null && field.options().stream().map(FieldOption::code).noneMatch(code::equals)) {
            throw DomainException.invalid("unknown-option", path, code, field.label());
        }
        return code;
    }

    static ArrayNode choices(JsonNode value, String path, Field field) {
        ArrayNode out = NODES.arrayNode();
        for (String code : distinctTexts(value, path, field, LIST_MAX)) {
            out.add(choice(NODES.textNode(code), path, field));
        }
        return out;
    }

    /** A list of distinct one-line codes, at most {@code max}. */
    static Set<String> distinctTexts(JsonNode value, String path, Field field, int max) {
        ArrayNode list = array(value, path, field, max);
        Set<String> codes = new LinkedHashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String code = line(list.get(i), path + "[" + i + "]", field, 64);
            if (code != null) {
                codes.add(code);
            }
        }
        return codes;
    }

    static ArrayNode array(JsonNode value, String path, Field field, int max) {
        if (!value.isArray()) {
            throw DomainException.invalid("expected-list", path, field.label());
        }
        if (value.size() > max) {
            throw DomainException.invalid("too-many", path, max);
        }
        return (ArrayNode) value;
    }

    static ObjectNode object(JsonNode value, String path, Field field) {
        if (!value.isObject()) {
            throw DomainException.invalid("expected-object", path, field.label());
        }
        return (ObjectNode) value;
    }

    /** {@code {"latitude", "longitude"}} in WGS 84 degrees. */
    static ObjectNode geolocation(JsonNode value, String path, Field field) {
        ObjectNode given = object(value, path, field);
        given.fieldNames().forEachRemaining(name -> {
            if (!name.equals("latitude") && !name.equals("longitude")) {
                throw DomainException.invalid("unknown-field", path + "." + name, name, field.label());
            }
        });
        JsonNode latitude = given.get("latitude");
        JsonNode longitude = given.get("longitude");
        if (latitude == null || longitude == null || !latitude.isNumber() || !longitude.isNumber()
                || Math.abs(latitude.asDouble()) > 90 || Math.abs(longitude.asDouble()) > 180) {
            throw DomainException.invalid("invalid-coordinates", path, field.label());
        }
        ObjectNode out = NODES.objectNode();
        out.put("latitude", latitude.asDouble());
        out.put("longitude", longitude.asDouble());
        return out;
    }

    /** {@code [{"url", "title"}]}: web addresses with an optional title. */
    static ArrayNode links(JsonNode value, String path, Field field) {
        ArrayNode list = array(value, path, field, 50);
        ArrayNode out = NODES.arrayNode();
        for (int i = 0; i < list.size(); i++) {
            String at = path + "[" + i + "]";
            ObjectNode link = object(list.get(i), at, field);
            link.fieldNames().forEachRemaining(name -> {
                if (!name.equals("url") && !name.equals("title")) {
                    throw DomainException.invalid("unknown-field", at + "." + name, name, field.label());
                }
            });
            String url = url(link.path("url").isMissingNode() ? NODES.textNode("") : link.get("url"), at + ".url", field);
            if (url == null) {
                throw DomainException.invalid("required", at + ".url");
            }
            ObjectNode kept = out.addObject().put("url", url);
            String title = link.hasNonNull("title") ? line(link.get("title"), at + ".title", field, 200) : null;
            if (title != null) {
                kept.put("title", title);
            }
        }
        return out;
    }
}
