package org.passerelle.rest.internal.resource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.passerelle.core.audit.AuditEntry;
import org.passerelle.core.audit.AuditLog;
import org.passerelle.core.security.Role;
import org.passerelle.rest.internal.security.Allowed;
import org.passerelle.rest.internal.security.Callers;

@Path("/audit")
@Tag(name = "organisation")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private final AuditLog audit;

    public AuditResource(AuditLog audit) {
        this.audit = audit;
    }

    @Allowed({Role.ADMIN, Role.DDFPT})
    @GET
    @Operation(summary = "Sensitive actions, newest first (ADMIN; DDFPT for their establishment)")
    public List<AuditEntry> entries(@QueryParam("establishmentId") Long establishmentId, @QueryParam("limit") @DefaultValue("200") int limit,
                                    @Context SecurityContext security) {
        return audit.entries(Callers.of(security), establishmentId, limit);
    }
}
