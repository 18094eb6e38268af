package org.passerelle.core.internal.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.passerelle.core.evaluation.CompanyReview;
import org.passerelle.core.followup.Selection;

/** The JSON of the evaluation records' stored lists (tasks, modes, selections). */
final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> strings(String json) {
        return read(json, new TypeReference<List<String>>() {
        }, List.of());
    }

    static List<Selection> selections(String json) {
        return read(json, new TypeReference<List<Selection>>() {
        }, List.of());
    }

    static Map<String, CompanyReview.Mode> modes(String json) {
        return read(json, new TypeReference<Map<String, CompanyReview.Mode>>() {
        }, Map.of());
    }

    private static <T> T read(String json, TypeReference<T> type, T empty) {
        try {
            return json == null ? empty : MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored evaluation data are not JSON", e);
        }
    }
}
