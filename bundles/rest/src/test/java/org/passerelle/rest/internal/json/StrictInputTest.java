package org.passerelle.rest.internal.json;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.junit.Test;
import org.passerelle.rest.internal.ApiObjectMapper;

/** What the API's mapper lets into a request body. */
public class StrictInputTest {

    public record Form(String name, Long classId, int version, Boolean active, LocalDate startDate, List<Long> learnerIds,
                       @MultiLine String comment, List<String> objectives) {
    }

    private static final ObjectMapper MAPPER = ApiObjectMapper.create();

    private static Form read(String json) throws Exception {
        return MAPPER.readValue(json, Form.class);
    }

    private static String refusal(String json) {
        JsonMappingException e = assertThrows(JsonMappingException.class, () -> read(json));
        String field = null;
        for (JsonMappingException.Reference ref : e.getPath()) {
            field = ref.getFieldName() != null ? ref.getFieldName() : field;
        }
        return (e instanceof RefusedValueException refused ? refused.kind() : "invalid-json") + " " + field;
    }

    @Test
    public void cleanTextPassesEmojiAndJoinersIncluded() throws Exception {
        assertEquals("Léa 😀", read("{\"name\":\"Léa \\ud83d\\ude00\"}").name());
        assertEquals("مهر\u200cناز", read("{\"name\":\"مهر\\u200cناز\"}").name());
    }

    /** A line break or a tab only where the field is multi-line: never in a name, nor in an item of a list. */
    @Test
    public void lineBreaksOnlyInMultiLineFields() throws Exception {
        assertEquals("Bonjour,\r\nà bientôt\t!", read("{\"comment\":\"Bonjour,\\r\\nà bientôt\\t!\"}").comment());
        assertEquals("invalid-characters name", refusal("{\"name\":\"A\\r\\nBcc: x@evil.example\"}"));
        assertEquals("invalid-characters name", refusal("{\"name\":\"A\\tB\"}"));
        assertEquals("invalid-characters objectives", refusal("{\"objectives\":[\"un\\ndeux\"]}"));
    }

    /** Characters that change how a text reads without being seen (bidi overrides, zero-width space, BOM). */
    @Test
    public void invisibleCharactersThatChangeHowTextReadsAreRefused() {
        for (String c : new String[] {"\\u202e", "\\u2066", "\\u200b", "\\ufeff", "\\u2028", "\\uffff"}) {
            assertEquals(c, "invalid-characters name", refusal("{\"name\":\"a" + c + "b\"}"));
        }
        // In a multi-line field, where line breaks are fine, the refusal names the character instead.
        assertEquals("invisible-character comment", refusal("{\"comment\":\"Constats :\\nserrage\\u200b ok\"}"));
        RefusedValueException e = assertThrows(RefusedValueException.class, () -> read("{\"comment\":\"a\\n\\u200bb\"}"));
        assertEquals("U+200B", e.args()[0]);
    }

    @Test
    public void nulControlCharactersAndLoneSurrogatesAreRefusedNamingTheField() {
        assertEquals("invalid-characters name", refusal("{\"name\":\"a\\u0000b\"}"));
        assertEquals("invalid-characters name", refusal("{\"name\":\"a\\u001bb\"}"));
        assertEquals("invalid-characters name", refusal("{\"name\":\"a\\u0085b\"}"));
        assertEquals("invalid-characters name", refusal("{\"name\":\"a\\ud800b\"}"));
        assertEquals("invalid-characters name", refusal("{\"name\":\"a\\udc00\"}"));
    }

    @Test
    public void idsAndVersionsAreJsonWholeNumbersOnly() throws Exception {
        assertEquals(Long.valueOf(3), read("{\"classId\":3}").classId());
        assertEquals("invalid-json classId", refusal("{\"classId\":\"3\"}"));
        assertEquals("invalid-json classId", refusal("{\"classId\":3.7}"));
        assertEquals("invalid-json version", refusal("{\"version\":\"1\"}"));
        assertEquals("invalid-json version", refusal("{\"version\":true}"));
        assertEquals("invalid-json learnerIds", refusal("{\"learnerIds\":[\"1\"]}").replace("null", "learnerIds"));
        assertEquals("invalid-json name", refusal("{\"name\":12}"));
        assertEquals("invalid-json active", refusal("{\"active\":\"true\"}"));
        assertEquals("invalid-json active", refusal("{\"active\":1}"));
    }

    /** Accents written decomposed (a combining mark after the letter) come in composed: one spelling per name. */
    @Test
    public void textIsNormalisedToTheComposedForm() throws Exception {
        assertEquals("L\u00e9a", read("{\"name\":\"Le\\u0301a\"}").name());
    }

    @Test
    public void aPropertyGivenTwiceIsRefused() {
        assertThrows(com.fasterxml.jackson.core.JsonParseException.class, () -> read("{\"name\":\"A\",\"name\":\"B\"}"));
    }

    @Test
    public void datesAreIsoAndWithinTheYearsASchoolCanHold() throws Exception {
        assertEquals(LocalDate.of(2026, 9, 1), read("{\"startDate\":\"2026-09-01\"}").startDate());
        assertEquals("date-out-of-range startDate", refusal("{\"startDate\":\"0000-01-01\"}"));
        assertEquals("date-out-of-range startDate", refusal("{\"startDate\":\"9999-12-31\"}"));
        assertTrue(refusal("{\"startDate\":\"01/09/2026\"}").startsWith("invalid-json"));
    }
}
