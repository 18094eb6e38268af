package org.passerelle.rest.internal.resource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.HashMap;
import java.util.Map;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.passerelle.core.DomainException;
import org.passerelle.core.files.FileService;
import org.passerelle.core.followup.FollowUpDocument;
import org.passerelle.core.followup.FollowUpService;
import org.passerelle.core.security.RecordOwners;
import org.passerelle.documents.ExportFormat;
import org.passerelle.referential.model.LayoutKind;
import org.passerelle.documents.PortfolioExports;
import org.passerelle.rest.internal.security.Callers;
import org.passerelle.rest.internal.security.Owned;

/**
 * The export of a placement's portfolio (issue 11, item 10; guide 000): the company presentation and the activities
 * the learner selected for export, as ODT or DOCX to edit afterwards, or as PDF. Whoever may read the portfolio may
 * export it (the follow-up service decides: the learner, staff of the establishment, the placement's tutor, the
 * apprentice's master); the file is an attachment named « Portfolio &lt;période&gt; &lt;Prénom NOM&gt;.odt ».
 */
@Path("/")
@Tag(name = "follow-up")
public class PortfolioExportResource {

    private static final String DESCRIPTION = "A title page (learner, period, company, referential), the first page of the layout with every "
            + "field, then every activity selected for export (« Sélectionnée pour l'export »); « non renseigné » for an empty field. "
            + "Readers of the portfolio only: 404 for a placement of another establishment or not theirs.";

    private final FollowUpService followUp;
    private final PortfolioExports exports;
    private final FileService files;

    public PortfolioExportResource(FollowUpService followUp, PortfolioExports exports, FileService files) {
        this.followUp = followUp;
        this.exports = exports;
        this.files = files;
    }

    @Owned(RecordOwners.Kind.PLACEMENT)
    @GET
    @Path("placements/{id}/portfolio/export.odt")
    @Produces("application/vnd.oasis.opendocument.text")
    @Operation(summary = "The portfolio's export as an editable ODT (OpenDocument text)", description = DESCRIPTION)
    public Response odt(@PathParam("id") long id, @Context SecurityContext security) {
        return export(id, security, ExportFormat.ODT);
    }

    @Owned(RecordOwners.Kind.PLACEMENT)
    @GET
    @Path("placements/{id}/portfolio/export.docx")
    @Produces("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    @Operation(summary = "The portfolio's export as an editable DOCX (Word)", description = DESCRIPTION)
    public Response docx(@PathParam("id") long id, @Context SecurityContext security) {
        return export(id, security, ExportFormat.DOCX);
    }

    @Owned(RecordOwners.Kind.PLACEMENT)
    @GET
    @Path("placements/{id}/portfolio/export.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The portfolio's export as PDF", description = DESCRIPTION)
    public Response pdf(@PathParam("id") long id, @Context SecurityContext security) {
        return export(id, security, ExportFormat.PDF);
    }

    private Response export(long id, SecurityContext security, ExportFormat format) {
        FollowUpDocument portfolio = followUp.portfolio(Callers.of(security), id);
        if (portfolio.kind() == LayoutKind.ACTIVITY_SHEETS) {
            // Activity sheets are no portfolio: each sheet is read on its own (guide 001); refused rather than an empty file.
            throw DomainException.invalid("no-portfolio-export", "placementId", portfolio.title());
        }
        // The annexes' files by their names, as this reader may open them (a tutor: the files of this placement).
        Map<Long, String> names = new HashMap<>();
        files.files(Callers.of(security), portfolio.learnerId()).files().forEach(f -> names.put(f.id(), f.name()));
        return DocumentFiles.attachment(exports.portfolioExport(portfolio, names, format), format.mediaType(),
                DocumentFiles.nameWith(format.extension(), "portfolio", portfolio.periodName(), portfolio.learnerName()));
    }
}
