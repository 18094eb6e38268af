package org.passerelle.rest.internal.problem;

import java.util.UUID;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Anything else (JAX-RS picks the closest mapper, so ours and JAX-RS's own refusals do not come here): logged
 * with an incident number, answered with that number and no stack trace.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<RuntimeException> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(RuntimeException e) {
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("Incident {} on {}", incident, RequestPaths.of(uriInfo), e);
        return Problems.response(500, "internal", null, RequestPaths.of(uriInfo), incident);
    }
}
