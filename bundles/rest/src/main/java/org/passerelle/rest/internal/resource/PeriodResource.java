package org.passerelle.rest.internal.resource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.passerelle.core.periods.Annex;
import org.passerelle.core.periods.AnnexForm;
import org.passerelle.core.periods.LiaisonPlace;
import org.passerelle.core.periods.Period;
import org.passerelle.core.periods.PeriodInformation;
import org.passerelle.core.periods.PeriodKind;
import org.passerelle.core.periods.PeriodService;
import org.passerelle.core.periods.Placement;
import org.passerelle.core.periods.PlacementDocument;
import org.passerelle.core.periods.PreAgreementTerms;
import org.passerelle.core.periods.AttendanceDetails;
import org.passerelle.core.security.Caller;
import org.passerelle.core.security.RecordOwners;
import org.passerelle.core.security.Role;
import org.passerelle.documents.ExportFormat;
import org.passerelle.documents.PeriodDocuments;
import org.passerelle.rest.internal.dto.Requests;
import org.passerelle.rest.internal.security.Allowed;
import org.passerelle.rest.internal.security.Callers;
import org.passerelle.rest.internal.security.Owned;

/** Annexes, periods (four pages of parameters) and placements with their liaison sheets. */
@Path("/")
@Tag(name = "periods")
@Produces(MediaType.APPLICATION_JSON)
@Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
public class PeriodResource {

    private final PeriodService periods;
    private final PeriodDocuments documents;

    private final org.passerelle.rest.internal.security.PublicAddress publicAddress;

    public PeriodResource(PeriodService periods, PeriodDocuments documents, org.passerelle.rest.internal.security.PublicAddress publicAddress) {
        this.periods = periods;
        this.documents = documents;
        this.publicAddress = publicAddress;
    }

    @Owned(RecordOwners.Kind.PLACEMENT)
    @Allowed({Role.ADMIN, Role.DDFPT, Role.TEACHER, Role.LEARNER})
    @GET
    @Path("placements/{id}/pre-agreement.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The pupil's pre-agreement (pré-convention), named « Annexe <période> <Prénom NOM>.pdf »",
            description = "Objectives, tasks and company from the liaison sheet, the period's terms, the referent teacher, the logo and stamp; "
                    + "blanks for the company. Staff of the establishment and the learner; 403 role-not-allowed for a tutor or a master; "
                    + "400 no-agreement-for-apprentice for an apprentice (the contract stands for it).")
    public Response preAgreement(@PathParam("id") long id, @Context SecurityContext security) {
        PlacementDocument document = periods.preAgreement(Callers.of(security), id);
        return DocumentFiles.pdf(documents.preAgreements(List.of(document)),
                DocumentFiles.name("preAgreement", document.periodName(), document.learner().name()));
    }

    @Owned(RecordOwners.Kind.PLACEMENT)
    @Allowed({Role.ADMIN, Role.DDFPT, Role.TEACHER, Role.LEARNER})
    @GET
    @Path("placements/{id}/pre-agreement.docx")
    @Produces("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    @Operation(summary = "The pupil's pre-agreement as an editable DOCX (guide 001), « Annexe <période> <Prénom NOM>.docx », as an attachment",
            description = "The same content as pre-agreement.pdf, without the logo and stamp, for the company to complete in a word processor; "
                    + "the same access: staff of the establishment and the learner; 403 role-not-allowed for a tutor or a master; "
                    + "400 no-agreement-for-apprentice for an apprentice.")
    public Response preAgreementDocx(@PathParam("id") long id, @Context SecurityContext security) {
        PlacementDocument document = periods.preAgreement(Callers.of(security), id);
        return DocumentFiles.attachment(documents.preAgreementDocx(document), ExportFormat.DOCX.mediaType(),
                DocumentFiles.nameWith(ExportFormat.DOCX.extension(), "preAgreement", document.periodName(), document.learner().name()));
    }

    @Owned(RecordOwners.Kind.PERIOD)
    @Allowed({Role.ADMIN, Role.DDFPT, Role.TEACHER})
    @GET
    @Path("periods/{id}/pre-agreements.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The pre-agreements of every pupil of the period in one PDF, « Annexes <période>.pdf »; apprentices are left out")
    public Response preAgreements(@PathParam("id") long id, @Context SecurityContext security) {
        Caller caller = Callers.of(security);
        String periodName = periods.period(caller, id).name();
        return DocumentFiles.pdf(documents.preAgreements(periods.documents(caller, id)), DocumentFiles.name("preAgreements", periodName));
    }

    @Owned(RecordOwners.Kind.PLACEMENT)
    @GET
    @Path("placements/{id}/attendance-certificate.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The attendance certificate (attestation de présence), « Attestation <période> <Prénom NOM>.pdf »",
            description = "The fields entered on the placement, lines to complete for the others; the tutor may download it too. "
                    + "400 no-agreement-for-apprentice for an apprentice.")
    public Response attendanceCertificate(@PathParam("id") long id, @Context SecurityContext security) {
        PlacementDocument document = periods.document(Callers.of(security), id);
        return DocumentFiles.pdf(documents.attendanceCertificate(document),
                DocumentFiles.name("attendance", document.periodName(), document.learner().name()));
    }

    @Owned(RecordOwners.Kind.PERIOD)
    @Allowed({Role.ADMIN, Role.DDFPT, Role.TEACHER})
    @GET
    @Path("periods/{id}/pre-agreement-terms")
    @Operation(summary = "What every pre-agreement of the period prints: consultation arrangements, work under the minors' derogation procedure, "
            + "assessment arrangements (with the period's version)")
    public PreAgreementTerms preAgreementTerms(@PathParam("id") long id, @Context SecurityContext security) {
        return periods.preAgreementTerms(Callers.of(security), id);
    }

    @Owned(RecordOwners.Kind.PERIOD)
    @Allowed({Role.ADMIN, Role.DDFPT, Role.TEACHER})
    @PUT
    @Path("periods/{id}/pre-agreement-terms")
    @Operation(summary = "Change the period's pre-agreement terms (each optional, 2,000 characters at most, line breaks kept); "
            + "409 period-locked or stale-version")
    public PreAgreementTerms updatePreAgreementTerms(@PathParam("id") long id, Requests.PreAgreementTermsBody body, @Context SecurityContext security) {
        Requests.PreAgreementTermsBody form = Bodies.required(body, security);
        return periods.updatePreAgreementTerms(Callers.of(security), id,
                new PreAgreementTerms(form.consultation(), form.derogationWork(), form.assessment(), form.version()));
    }

    @Owned(RecordOwners.Kind.PLACEMENT)
    @Allowed({Role.ADMIN, Role.DDFPT, Role.TEACHER})
    @GET
    @Path("placements/{id}/attendance")
    @Operation(summary = "The attendance certificate's fields of a pupil's placement (with the placement's version)")
    public AttendanceDetails attendance(@PathParam("id") long id, @Context SecurityContext security) {
        return periods.attendance(Callers.of(security), id);
    }

    @Owned(RecordOwners.Kind.PLACEMENT)
    @Allowed({Role.ADMIN, Role.DDFPT, Role.TEACHER})
    @PUT
    @Path("placements/{id}/attendance")
    @Operation(summary = "Change the attendance certificate's fields: representative, head office, pupil's address, total hours (0 to 2,000, "
            + "one decimal), gratification, place; each optional; 400 hours-out-of-range, 409 stale-version")
    public AttendanceDetails updateAttendance(@PathParam("id") long id, Requests.AttendanceBody body, @Context SecurityContext security) {
        Requests.AttendanceBody form = Bodies.required(body, security);
        return periods.updateAttendance(Callers.of(security), id, new AttendanceDetails(form.representativeName(), form.headOfficeAddress(),
                form.learnerAddress(), form.totalHours(), form.gratification(), form.signedAt(), form.version()));
    }

    @Owned(RecordOwners.Kind.ANNEX)
    @Allowed({Role.ADMIN, Role.DDFPT, Role.TEACHER})
    @PUT
    @Path("annexes/{id}")
    @Operation(summary = "Change an annex; the periods made from it keep their own copy")
    public Annex updateAnnex(@PathParam("id") long id, Requests.AnnexBody body, @Context SecurityContext security) {
        Requests.AnnexBody form = Bodies.required(body, security);
        return periods.updateAnnex(Callers.of(security), id, new AnnexForm(form.classLevelId(), form.name(), form.objectives(), form.tasks(), form.version()));
    }

    @Owned(RecordOwners.Kind.ANNEX)
    @Allowed({Role.ADMIN, Role.DDFPT, Role.TEACHER})
    @POST
    @Path("annexes/{id}/periods")
    @Operation(summary = "Create a period from this annex (the only way to create one), with its learners")
    public Response createPeriod(@PathParam("id") long annexId, Requests.NewPeriodBody body, @Context SecurityContext security) {
        Requests.NewPeriodBody form = Bodies.required(body, security);
        Period created = periods.createPeriod(Callers.of(security), annexId, new PeriodInformation(form.name(),
                Bodies.enumValue(PeriodKind.class, form.kind(), "kind"), form.startDate(), form.endDate()), form.learnerIds());
        return Response.status(201).entity(created).build();
    }

    @Owned(RecordOwners.Kind.PERIOD)
    @GET
    @Path("periods/{id}")
    public Period period(@PathParam("id") long id, @Context SecurityContext security) {
        return periods.period(Callers.of(security), id);
    }

    @Owned(RecordOwners.Kind.PERIOD)
    @Allowed({Role.ADMIN, Role.DDFPT, Role.TEACHER})
    @DELETE
    @Path("periods/{id}")
    @Operation(summary = "Delete a period (confirm=true): its sheets go to each learner's free-sheets folder; restorable for 30 days; 409 when locked")
    public Response delete(@PathParam("id") long id, @QueryParam("confirm") boolean confirm, @Context SecurityContext security) {
        periods.deletePeriod(Callers.of(security), id, confirm);
        return Response.noContent().build();
    }

    @Owned(RecordOwners.Kind.PERIOD)
    @Allowed({Role.ADMIN, Role.DDFPT, Role.TEACHER})
    @POST
    @Path("periods/{id}/restore")
    @Operation(summary = "Restore a period deleted less than 30 days ago, its sheets back in their placements")
    public Period restore(@PathParam("id") long id, @Context SecurityContext security) {
        return periods.restorePeriod(Callers.of(security), id);
    }

    @Owned(RecordOwners.Kind.PERIOD)
    @Allowed({Role.ADMIN, Role.DDFPT, Role.TEACHER})
    @PUT
    @Path("periods/{id}/information")
    @Operation(summary = "Page « informations »: name, kind, dates (the end not before the start)")
    public Period information(@PathParam("id") long id, Requests.InformationBody body, @Context SecurityContext security) {
        Requests.InformationBody form = Bodies.required(body, security);
        return periods.updateInformation(Callers.of(security), id, new PeriodInformation(form.name(),
                Bodies.enumValue(PeriodKind.class, form.kind(), "kind"), form.startDate(), form.endDate()), form.version());
    }

    @Owned(RecordOwners.Kind.PERIOD)
    @Allowed({Role.ADMIN, Role.DDFPT, Role.TEACHER})
    @PUT
    @Path("periods/{id}/learners")
    @Operation(summary = "Page « apprenants »: a placement is created for each learner added and removed for each one taken off")
    public Period learners(@PathParam("id") long id, Requests.LearnersBody body, @Context SecurityContext security) {
        Requests.LearnersBody form = Bodies.required(body, security);
        return periods.updateLearners(Callers.of(security), id, form.learnerIds(), form.version());
    }

    @Owned(RecordOwners.Kind.PERIOD)
    @Allowed({Role.ADMIN, Role.DDFPT, Role.TEACHER})
    @PUT
    @Path("periods/{id}/objectives")
    @Operation(summary = "Page « objectifs »: liaison sheets not individualised follow; the annex never changes")
    public Period objectives(@PathParam("id") long id, Requests.ObjectivesBody body, @Context SecurityContext security) {
        Requests.ObjectivesBody form = Bodies.required(body, security);
        return periods.updateObjectives(Callers.of(security), id, form.objectives(), form.version());
    }

    @Owned(RecordOwners.Kind.PERIOD)
    @Allowed({Role.ADMIN, Role.DDFPT, Role.TEACHER})
    @PUT
    @Path("periods/{id}/activities")
    @Operation(summary = "Page « activités »: task codes of the period's referential version; sheets not individualised follow")
    public Period activities(@PathParam("id") long id, Requests.TasksBody body, @Context SecurityContext security) {
        Requests.TasksBody form = Bodies.required(body, security);
        return periods.updateTasks(Callers.of(security), id, form.tasks(), form.version());
    }

    @Owned(RecordOwners.Kind.PERIOD)
    @Allowed({Role.ADMIN, Role.DDFPT, Role.TEACHER})
    @GET
    @Path("periods/{id}/placements")
    public List<Placement> placements(@PathParam("id") long id, @Context SecurityContext security) {
        return periods.placements(Callers.of(security), id);
    }

    @Owned(RecordOwners.Kind.PLACEMENT)
    @GET
    @Path("placements/{id}")
    @Operation(summary = "A learner's folder for the period and its liaison sheet")
    public Placement placement(@PathParam("id") long id, @Context SecurityContext security) {
        return periods.placement(Callers.of(security), id);
    }

    @Owned(RecordOwners.Kind.PLACEMENT)
    @Allowed({Role.ADMIN, Role.DDFPT, Role.TEACHER, Role.LEARNER})
    @PUT
    @Path("placements/{id}/place")
    @Operation(summary = "Liaison sheet, page « lieu de réalisation » (the learner, or the teaching team): company name, sector and tutor name required")
    public Placement place(@PathParam("id") long id, Requests.PlaceBody body, @Context SecurityContext security) {
        Requests.PlaceBody form = Bodies.required(body, security);
        return periods.updatePlace(Callers.of(security), id, new LiaisonPlace(form.companyName(), form.sector(), form.service(), form.address(),
                form.phone(), form.tutorName(), form.tutorFunction(), form.tutorPhone(), form.tutorEmail()), form.version());
    }

    @Owned(RecordOwners.Kind.PLACEMENT)
    @Allowed({Role.ADMIN, Role.DDFPT, Role.TEACHER, Role.MASTER})
    @PUT
    @Path("placements/{id}/individualisation")
    @Operation(summary = "Individualise the sheet's objectives and tasks (teaching team, or the apprentice's master)")
    public Placement individualise(@PathParam("id") long id, Requests.IndividualisationBody body, @Context SecurityContext security) {
        Requests.IndividualisationBody form = Bodies.required(body, security);
        return periods.individualise(Callers.of(security), id, form.objectives(), form.tasks(), form.version());
    }

    @Owned(RecordOwners.Kind.PLACEMENT)
    @Allowed({Role.ADMIN, Role.DDFPT, Role.TEACHER})
    @POST
    @Path("placements/{id}/tutor")
    @Operation(summary = "Create the pupil's company tutor for this period (last name, first name, valid e-mail)")
    public Response createTutor(@PathParam("id") long id, Requests.TrainerBody body, @Context SecurityContext security) {
        Requests.TrainerBody form = Bodies.required(body, security);
        return Response.status(201).entity(periods.createTutor(Callers.of(security), id, form.familyName(), form.firstName(), form.email())).build();
    }

    @Owned(RecordOwners.Kind.PLACEMENT)
    @Allowed({Role.ADMIN, Role.DDFPT, Role.TEACHER})
    @POST
    @Path("placements/{id}/tutor/link")
    @Operation(summary = "Send the tutor the access link to this liaison sheet (valid until 60 days after the period, at least 180 days); earlier links stop working")
    public Response sendTutorLink(@PathParam("id") long id, @Context SecurityContext security,
                                  @Context javax.servlet.http.HttpServletRequest http) {
        return Response.status(201).entity(periods.sendTutorLink(Callers.of(security), id, publicAddress.accessUrlPrefix(http))).build();
    }

    @Owned(RecordOwners.Kind.PLACEMENT)
    @Allowed({Role.ADMIN, Role.DDFPT, Role.TEACHER})
    @POST
    @Path("placements/{id}/realign")
    @Operation(summary = "Re-align an individualised sheet on its period's objectives and tasks")
    public Placement realign(@PathParam("id") long id, Requests.VersionBody body, @Context SecurityContext security) {
        return periods.realign(Callers.of(security), id, Bodies.required(body, security).version());
    }
}
