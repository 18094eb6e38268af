package org.passerelle.rest.internal.resource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.passerelle.core.referential.ReferentialRegistry;
import org.passerelle.core.referential.ReferentialStatus;
import org.passerelle.rest.internal.dto.HealthDto;
import org.passerelle.rest.internal.security.Public;

@Public
@Path("/health")
@Tag(name = "platform")
public class HealthResource {

    private final ReferentialRegistry registry;

    public HealthResource(ReferentialRegistry registry) {
        this.registry = registry;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "State of the platform and the referentials it knows",
            description = "200 with status UP when the database answers and the referentials present at start were examined; 503 with status DOWN or STARTING otherwise.")
    public Response health() {
        boolean database = registry.databaseReachable();
        boolean scanned = registry.ready();
        var lines = registry.list().stream()
                .filter(s -> s.status() != ReferentialStatus.REFUSED)
                .map(s -> new HealthDto.Line(s.code(), s.version(), s.status().name()))
                .toList();
        String status = !database ? "DOWN" : scanned ? "UP" : "STARTING";
        return Response.status("UP".equals(status) ? 200 : 503).entity(new HealthDto(status, database, scanned, lines)).build();
    }
}
