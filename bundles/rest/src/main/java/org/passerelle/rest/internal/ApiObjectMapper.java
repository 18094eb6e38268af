package org.passerelle.rest.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.passerelle.rest.internal.json.StrictInput;

/**
 * The one ObjectMapper of the API: nulls left out, unknown input properties refused, dates as ISO-8601 text, and
 * input held to {@link StrictInput} (clean text, exact numbers, dates within bounds).
 */
public final class ApiObjectMapper {

    private ApiObjectMapper() {
    }

    public static ObjectMapper create() {
        return StrictInput.applyTo(new ObjectMapper()
                .setSerializationInclusion(JsonInclude.Include.NON_NULL)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS));
    }
}
