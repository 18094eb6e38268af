package org.passerelle.rest.internal.resource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.passerelle.core.files.FileContent;
import org.passerelle.core.files.FileService;
import org.passerelle.core.files.StoredFile;
import org.passerelle.core.security.RecordOwners;
import org.passerelle.rest.internal.security.Callers;
import org.passerelle.rest.internal.security.Owned;

/**
 * A file attached to a learner's record, by its id: its bytes, always as an attachment, with the type judged when it
 * was uploaded, {@code nosniff} and never cached; or its description.
 */
@Path("/files")
@Tag(name = "files")
public class FileResource {

    private final FileService files;

    public FileResource(FileService files) {
        this.files = files;
    }

    @Owned(RecordOwners.Kind.FILE)
    @GET
    @Path("/{id}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "The file's bytes, as uploaded",
            description = "Content-Type: the type judged from the bytes at upload; Content-Disposition: attachment with the original name "
                    + "(filename ASCII, filename* UTF-8, RFC 6266 / 5987); X-Content-Type-Options: nosniff; Cache-Control: private, no-store. "
                    + "Staff of the learner's establishment, the learner, their master, a tutor whose link grants a placement of the learner; "
                    + "anyone else 404 file-not-found.",
            responses = @ApiResponse(responseCode = "200", description = "the bytes", content = @Content(mediaType = "*/*",
                    schema = @Schema(type = "string", format = "binary"))))
    public Response content(@PathParam("id") long id, @Context SecurityContext security) {
        FileContent content = files.content(Callers.of(security), id);
        StoredFile file = content.file();
        return Response.ok(content.bytes(), file.mediaType())
                .header("Content-Disposition", DocumentFiles.attachment(file.name()))
                .header(HttpHeaders.CONTENT_LENGTH, file.size())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .build();
    }

    @Owned(RecordOwners.Kind.FILE)
    @GET
    @Path("/{id}/meta")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The file's description: {id, learnerId, name, mediaType, size, createdAt, uploadedBy}; 404 file-not-found as above")
    public StoredFile meta(@PathParam("id") long id, @Context SecurityContext security) {
        return files.file(Callers.of(security), id);
    }
}
