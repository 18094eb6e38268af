package org.passerelle.rest.internal.resource;

import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.passerelle.rest.internal.security.Public;

/** Serves the OpenAPI 3 document generated from these resources at build time. */
@Public
@Path("/openapi.json")
@Hidden
public class OpenApiResource {

    private final byte[] document;

    public OpenApiResource() throws IOException {
        try (InputStream in = OpenApiResource.class.getResourceAsStream("/openapi/openapi.json")) {
            if (in == null) {
                throw new IOException("openapi/openapi.json is missing from the bundle: the build did not generate it");
            }
            document = in.readAllBytes();
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public byte[] openApi() {
        return document.clone();
    }
}
