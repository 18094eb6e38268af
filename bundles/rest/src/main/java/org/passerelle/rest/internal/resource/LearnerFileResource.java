package org.passerelle.rest.internal.resource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.apache.cxf.jaxrs.ext.multipart.Attachment;
import org.apache.cxf.jaxrs.ext.multipart.MultipartBody;
import org.passerelle.core.DomainException;
import org.passerelle.core.files.FileService;
import org.passerelle.core.files.LearnerFiles;
import org.passerelle.core.files.StoredFile;
import org.passerelle.core.security.RecordOwners;
import org.passerelle.core.security.Role;
import org.passerelle.rest.internal.security.Allowed;
import org.passerelle.rest.internal.security.Callers;
import org.passerelle.rest.internal.security.Owned;
import org.passerelle.rest.internal.security.Upload;

/**
 * A learner's attached files: upload one ({@code multipart/form-data}, part {@code file}, as a browser's FormData sends
 * it), list them with the room they take. A path of its own rather than a method of {@link LearnerResource}, so that
 * each root resource keeps one concern.
 */
@Path("/learners/{id}/files")
@Tag(name = "files")
@Produces(MediaType.APPLICATION_JSON)
public class LearnerFileResource {

    /** The form part that holds the file. */
    static final String PART = "file";

    private final FileService files;

    public LearnerFileResource(FileService files) {
        this.files = files;
    }

    @Owned(RecordOwners.Kind.LEARNER)
    @Allowed({Role.ADMIN, Role.DDFPT, Role.TEACHER, Role.LEARNER})
    @Upload
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Attach a file to the learner's record: 201 with {id, learnerId, name, mediaType, size, createdAt, uploadedBy}",
            description = "The learner to their own record, staff of the establishment to any of its learners; a master or tutor 403 "
                    + "role-not-allowed; another learner, or another establishment's, 404 learner-not-found. The type is judged from the bytes: "
                    + "PDF, JPEG, PNG, GIF, WebP, HEIC, DOCX, XLSX, PPTX, ODT, ODS, ODP, DOC, XLS, PPT, UTF-8 text, anything else 415 "
                    + "file-type-refused. 413 file-too-large past maxFileBytes, 413 quota-exceeded past learnerQuotaBytes "
                    + "(etc/org.passerelle.files.cfg); 400 file-part-missing without a part 'file'. Nothing is stored on a refusal.",
            requestBody = @RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(implementation = UploadForm.class))))
    public Response upload(@PathParam("id") long id, MultipartBody body, @Context SecurityContext security) {
        Attachment part = body == null ? null : body.getAttachment(PART);
        if (part == null) {
            throw missingPart(security, id);
        }
        String declared = part.getContentType() == null ? null : part.getContentType().toString();
        try (InputStream in = part.getDataHandler().getInputStream()) {
            StoredFile stored = files.upload(Callers.of(security), id, fileName(part), declared, in);
            return Response.created(URI.create("files/" + stored.id())).entity(stored).build();
        } catch (IOException e) {
            throw DomainException.invalid("unreadable-upload", PART);
        }
    }

    @Owned(RecordOwners.Kind.LEARNER)
    @Allowed({Role.ADMIN, Role.DDFPT, Role.TEACHER, Role.LEARNER})
    @Upload
    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(hidden = true)
    public Response notMultipart(@PathParam("id") long id, @Context SecurityContext security) {
        // Any other body is not read.
        throw missingPart(security, id);
    }

    /**
     * {@code 400 file-part-missing}, once the service has judged who calls (an empty upload is checked like any: 403
     * for the role, 404 for a learner who is not theirs, then 400), so that the 400 tells another learner nothing.
     */
    private DomainException missingPart(SecurityContext security, long id) {
        try {
            files.upload(Callers.of(security), id, null, null, InputStream.nullInputStream());
        } catch (DomainException refused) {
            if (!"required".equals(refused.kind())) {
                return refused;
            }
        }
        return DomainException.invalid("file-part-missing", PART);
    }

    @Owned(RecordOwners.Kind.LEARNER)
    @GET
    @Operation(summary = "The learner's files, oldest first: {files: [{id, learnerId, name, mediaType, size, createdAt, uploadedBy}], usedBytes, "
            + "quotaBytes, maxFileBytes}", description = "Staff of the establishment, the learner, their master, a tutor whose link grants "
            + "a placement of the learner; anyone else 404 learner-not-found.")
    public LearnerFiles list(@PathParam("id") long id, @Context SecurityContext security) {
        return files.files(Callers.of(security), id);
    }

    /**
     * The part's file name: {@code filename*} (RFC 5987) when sent, else {@code filename}. Browsers send the latter
     * as raw UTF-8, which the multipart parser reads as ISO-8859-1: such a name is read again as UTF-8.
     */
    static String fileName(Attachment part) {
        String name = part.getContentDisposition() == null ? null : part.getContentDisposition().getFilename();
        return name == null ? null : utf8IfMisread(name);
    }

    static String utf8IfMisread(String name) {
        if (name.chars().allMatch(c -> c < 0x80) || name.chars().anyMatch(c -> c > 0xFF)) {
            return name;
        }
        byte[] raw = name.getBytes(StandardCharsets.ISO_8859_1);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(raw)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return name;
        }
    }

    /** The form, for the OpenAPI document. */
    static final class UploadForm {
        @Schema(type = "string", format = "binary", description = "the file; its name is kept for the download")
        public String file;
    }
}
