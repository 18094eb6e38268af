package org.passerelle.rest.internal.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.stream.Collectors;
import javax.ws.rs.core.Context;
import org.passerelle.rest.internal.json.RefusedValueException;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;

/**
 * A request body that is not the JSON expected: 400 naming the property at fault; or the refusal that stopped its
 * reading ({@link ProblemException} wrapped by Jackson, e.g. a body over its bound).
 */
@Provider
public class JsonProcessingExceptionMapper implements ExceptionMapper<JsonProcessingException> {

    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(JsonProcessingException e) {
        // A refusal raised while the body was being read (over its bound: 413) is that refusal, not bad JSON.
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                return Problems.response(problem.status(), problem.kind(), problem.field(), RequestPaths.of(uriInfo), problem.args());
            }
        }
        String field = null;
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
        }
        if (e instanceof RefusedValueException refused) {
            Object[] args = refused.args();
            Object[] withField = new Object[args.length + 1];
            withField[0] = field == null ? "—" : field;
            System.arraycopy(args, 0, withField, 1, args.length);
            return Problems.response(400, refused.kind(), field, RequestPaths.of(uriInfo), withField);
        }
        return Problems.response(400, "invalid-json", field, RequestPaths.of(uriInfo), field == null ? "—" : field);
    }
}
