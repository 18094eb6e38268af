package org.passerelle.rest.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A value of a request body refused for what it holds rather than for its JSON shape: answered {@code 400} with the
 * problem type {@link #kind()} (e.g. {@code invalid-characters}, {@code date-out-of-range}) and the property's path
 * as {@code field}, which Jackson adds as the exception travels up the body.
 */
public final class RefusedValueException extends JsonMappingException {
    private static final long serialVersionUID = 1L;

    private final String kind;
    private final transient Object[] args;

    RefusedValueException(JsonParser parser, String kind, Object... args) {
        super(parser, kind);
        this.kind = kind;
        this.args = args.clone();
    }

    public String kind() {
        return kind;
    }

    public Object[] args() {
        return args.clone();
    }
}
