package org.passerelle.rest.internal.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem details body.
 *
 * @param field   the request field at fault (path or query parameter, JSON property), when one is
 * @param current on a 409 for a stale version: the record as it is now
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProblemDetail(String type, String title, int status, String detail, String instance, String field, Object current) {

    public ProblemDetail(String type, String title, int status, String detail, String instance, String field) {
        this(type, title, status, detail, instance, field, null);
    }
}
