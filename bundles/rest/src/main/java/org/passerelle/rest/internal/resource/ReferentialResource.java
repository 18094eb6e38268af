package org.passerelle.rest.internal.resource;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.passerelle.core.referential.ReferentialEntry;
import org.passerelle.core.referential.ReferentialRegistry;
import org.passerelle.core.referential.ReferentialSummary;
import org.passerelle.documents.DocumentException;
import org.passerelle.documents.ReferentialDocuments;
import org.passerelle.rest.internal.dto.ReferentialDetailMapper;
import org.passerelle.rest.internal.dto.ReferentialSummaryDto;
import org.passerelle.rest.internal.problem.ProblemDetail;
import org.passerelle.rest.internal.problem.ProblemException;
import org.passerelle.rest.internal.problem.Problems;
import org.passerelle.rest.internal.security.Public;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Public
@Path("/referentials")
@Tag(name = "referentials")
public class ReferentialResource {

    private static final Logger LOG = LoggerFactory.getLogger(ReferentialResource.class);
    private static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9_]{1,31}$");
    private static final Pattern VERSION = Pattern.compile("^[0-9]+(\\.[0-9]+){0,3}$");

    private final ReferentialRegistry registry;
    private final ReferentialDocuments documents;
    private final ReferentialDetailMapper detailMapper;

    public ReferentialResource(ReferentialRegistry registry, ReferentialDocuments documents, ReferentialDetailMapper detailMapper) {
        this.registry = registry;
        this.documents = documents;
        this.detailMapper = detailMapper;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every referential version known, whatever its status, then the refused bundles",
            responses = @ApiResponse(responseCode = "200", content = @Content(array = @ArraySchema(schema = @Schema(implementation = ReferentialSummaryDto.class)))))
    public List<ReferentialSummaryDto> list() {
        return registry.list().stream().map(ReferentialSummaryDto::of).toList();
    }

    @GET
    @Path("/{code}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The whole referential tree: activities, tasks, competencies, criteria, links, layouts",
            description = "Without version: the default version (the newest available one, else the newest known). A retired version stays readable by version.",
            responses = {
                @ApiResponse(responseCode = "200", description = "The descriptor as deployed, with status, contentHash, counts, officialShare and versions added"),
                @ApiResponse(responseCode = "400", content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class))),
                @ApiResponse(responseCode = "404", content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
            })
    public ObjectNode referential(@PathParam("code") @Parameter(example = "MELEC") String code,
                                  @QueryParam("version") @Parameter(example = "1.0") String version) {
        ReferentialEntry entry = find(code, version);
        return detailMapper.toJson(entry, registry.versions(entry.summary().code()));
    }

    @GET
    @Path("/{code}/document.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The referential printed as PDF, with the provenance of every item",
            responses = {
                @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/pdf")),
                @ApiResponse(responseCode = "404", content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
            })
    public Response document(@PathParam("code") String code, @QueryParam("version") String version) {
        ReferentialEntry entry = find(code, version);
        byte[] pdf;
        try {
            pdf = documents.referentialPdf(entry);
        } catch (DocumentException e) {
            String incident = UUID.randomUUID().toString().substring(0, 8);
            LOG.error("Incident {}: PDF of referential {} {} failed", incident, entry.summary().code(), entry.summary().version(), e);
            throw new ProblemException(500, "document-failed", null, incident);
        }
        String fileName = "referentiel-" + entry.summary().code() + "-" + entry.summary().version() + ".pdf";
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + fileName + "\"")
                .build();
    }

    private ReferentialEntry find(String code, String version) {
        if (!CODE.matcher(code).matches()) {
            throw ProblemException.badRequest("invalid-referential-code", "code", code);
        }
        if (version != null && !VERSION.matcher(version).matches()) {
            throw ProblemException.badRequest("invalid-version", "version", version);
        }
        return registry.find(code, version).orElseThrow(() -> {
            List<ReferentialSummary> known = registry.versions(code);
            if (known.isEmpty()) {
                return ProblemException.notFound("referential-not-found", "code", code);
            }
            String versions = String.join(", ", known.stream().map(ReferentialSummary::version).distinct().toList());
            return ProblemException.notFound("referential-version-not-found", "version", code, version, versions);
        });
    }
}
