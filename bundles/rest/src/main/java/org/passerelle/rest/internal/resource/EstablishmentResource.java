package org.passerelle.rest.internal.resource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.InputStream;


import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.passerelle.core.organisation.ClassLevel;
import org.passerelle.core.organisation.Created;
import org.passerelle.core.organisation.Establishment;
import org.passerelle.core.organisation.EstablishmentForm;
import org.passerelle.core.organisation.ImportReport;
import org.passerelle.core.organisation.Learner;
import org.passerelle.core.organisation.LearnerForm;
import org.passerelle.core.organisation.LearnerStatus;
import org.passerelle.core.organisation.OrganisationService;
import org.passerelle.core.organisation.Person;
import org.passerelle.core.organisation.PersonForm;
import org.passerelle.core.organisation.SchoolClass;
import org.passerelle.core.organisation.SchoolYear;
import org.passerelle.core.periods.Annex;
import org.passerelle.core.periods.AnnexForm;
import org.passerelle.core.periods.Period;
import org.passerelle.core.periods.PeriodService;
import org.passerelle.core.security.Role;
import org.passerelle.core.security.TrainerLinks;
import org.passerelle.rest.internal.dto.Requests;
import org.passerelle.rest.internal.dto.Responses;
import org.passerelle.rest.internal.security.Allowed;
import org.passerelle.rest.internal.security.EstablishmentScoped;
import org.passerelle.rest.internal.security.Callers;
import org.passerelle.rest.internal.security.Upload;

/** Establishments and what belongs to them: class levels, classes, people, learners, imports. */
@EstablishmentScoped
@Path("/establishments")
@Tag(name = "organisation")
@Produces(MediaType.APPLICATION_JSON)
public class EstablishmentResource {

    private final OrganisationService organisation;
    private final TrainerLinks trainerLinks;
    private final PeriodService periods;
    private final org.passerelle.core.evaluation.ReviewService reviews;
    private final org.passerelle.core.evaluation.EvaluationService evaluation;
    private final org.passerelle.documents.AssessmentDocuments documents;

    public EstablishmentResource(OrganisationService organisation, TrainerLinks trainerLinks, PeriodService periods,
                                 org.passerelle.core.evaluation.ReviewService reviews, org.passerelle.core.evaluation.EvaluationService evaluation,
                                 org.passerelle.documents.AssessmentDocuments documents) {
        this.evaluation = evaluation;
        this.documents = documents;
        this.organisation = organisation;
        this.trainerLinks = trainerLinks;
        this.periods = periods;
        this.reviews = reviews;
    }

    @Allowed({Role.ADMIN, Role.DDFPT, Role.TEACHER})
    @GET
    @Path("/{id}/pfmp-synthesis")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The synthesis of periods in company of every learner of a class level (?classLevelId=), by class then name")
    public List<org.passerelle.core.evaluation.PfmpSynthesis> levelSynthesis(@PathParam("id") long id, @QueryParam("classLevelId") Long classLevelId,
                                                                            @Context SecurityContext security) {
        return evaluation.levelSynthesis(Callers.of(security), levelOf(id, classLevelId, security).id());
    }

    /** The class level of this establishment (404 class-level-not-found for another's, 400 when missing). */
    private org.passerelle.core.organisation.ClassLevel levelOf(long establishmentId, Long classLevelId, SecurityContext security) {
        long wanted = Syntheses.level(establishmentId, classLevelId);
        return organisation.classLevels(Callers.of(security), establishmentId).stream().filter(l -> l.id() == wanted).findFirst()
                .orElseThrow(() -> org.passerelle.core.DomainException.notFound("class-level-not-found", wanted));
    }

    @Allowed({Role.ADMIN, Role.DDFPT, Role.TEACHER})
    @GET
    @Path("/{id}/pfmp-synthesis.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The same as a PDF, « Synthèse PFMP <niveau>.pdf »")
    public Response levelSynthesisPdf(@PathParam("id") long id, @QueryParam("classLevelId") Long classLevelId, @Context SecurityContext security) {
        var level = levelOf(id, classLevelId, security);
        var learners = evaluation.levelSynthesis(Callers.of(security), level.id());
        String label = level.label();
        return DocumentFiles.pdf(documents.synthesisPdf(Syntheses.title(label), learners), DocumentFiles.name("synthesis", label));
    }

    @Allowed({Role.ADMIN, Role.DDFPT, Role.TEACHER})
    @GET
    @Path("/{id}/mark-scale")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The establishment's mark mapping of intermediate reviews: each level's share of a competency's weight (default 1, 2/3, 1/3, 0)")
    public org.passerelle.core.evaluation.MarkScale markScale(@PathParam("id") long id, @Context SecurityContext security) {
        return reviews.markScale(Callers.of(security), id);
    }

    @Allowed({Role.ADMIN, Role.DDFPT})
    @PUT
    @Path("/{id}/mark-scale")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sets the mark mapping (« 2/3 », « 0,5 »), from its version; drafts' proposed marks follow, finalised ones keep theirs")
    public org.passerelle.core.evaluation.MarkScale saveMarkScale(@PathParam("id") long id, Requests.MarkScaleBody body,
                                                                  @Context SecurityContext security) {
        Requests.MarkScaleBody form = Bodies.required(body, security);
        return reviews.saveMarkScale(Callers.of(security), id, new org.passerelle.core.evaluation.MarkScale(form.acquired(), form.partlyAcquired(),
                form.beingAcquired(), form.notAcquired(), true, form.version()));
    }

    @Allowed({Role.ADMIN, Role.DDFPT, Role.TEACHER})
    @GET
    @Path("/{id}/annexes")
    @Operation(summary = "Pedagogical annexes of the establishment's class levels")
    public List<Annex> annexes(@PathParam("id") long id, @Context SecurityContext security) {
        return periods.annexes(Callers.of(security), id);
    }

    @Allowed({Role.ADMIN, Role.DDFPT, Role.TEACHER})
    @POST
    @Path("/{id}/annexes")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(summary = "Create an annex for a class level: objectives, and planned tasks of the level's referential (its version is pinned)")
    public Response createAnnex(@PathParam("id") long id, Requests.AnnexBody body, @Context SecurityContext security) {
        Requests.AnnexBody form = Bodies.required(body, security);
        Annex created = periods.createAnnex(Callers.of(security), id, new AnnexForm(form.classLevelId(), form.name(), form.objectives(), form.tasks(), null));
        return Response.status(201).entity(created).build();
    }

    @Allowed({Role.ADMIN, Role.DDFPT, Role.TEACHER})
    @GET
    @Path("/{id}/periods")
    @Operation(summary = "View by periods: the periods of the establishment, optionally of one class level")
    public List<Period> periods(@PathParam("id") long id, @QueryParam("classLevelId") Long classLevelId, @QueryParam("deleted") boolean deleted,
                                @Context SecurityContext security) {
        // deleted=true: the periods deleted less than 30 days ago, that can still be restored
        return deleted ? periods.deletedPeriods(Callers.of(security), id) : periods.periods(Callers.of(security), id, classLevelId);
    }

    @GET
    @Operation(summary = "Establishments the caller may see (all for a platform administrator, else their own)")
    public List<Establishment> list(@Context SecurityContext security) {
        return organisation.establishments(Callers.of(security));
    }

    @Allowed({Role.ADMIN})
    @POST
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(summary = "Create an establishment (platform administrator)")
    public Response create(Requests.EstablishmentBody body, @Context SecurityContext security) {
        Requests.EstablishmentBody form = Bodies.required(body, security);
        Establishment created = organisation.createEstablishment(Callers.of(security),
                new EstablishmentForm(form.uai(), form.name(), form.address(), form.contactEmail(), null, form.timeZone()));
        return Response.status(201).entity(created).build();
    }

    @GET
    @Path("/{id}")
    public Establishment get(@PathParam("id") long id, @Context SecurityContext security) {
        return organisation.establishment(Callers.of(security), id);
    }

    @Allowed({Role.ADMIN, Role.DDFPT})
    @PUT
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(summary = "Change an establishment; 409 with the current state when the version is stale")
    public Establishment update(@PathParam("id") long id, Requests.EstablishmentBody body, @Context SecurityContext security) {
        Requests.EstablishmentBody form = Bodies.required(body, security);
        return organisation.updateEstablishment(Callers.of(security), id,
                new EstablishmentForm(form.uai(), form.name(), form.address(), form.contactEmail(), form.version(), form.timeZone()));
    }

    @Allowed({Role.ADMIN, Role.DDFPT})
    @PUT
    @Path("/{id}/{kind: logo|stamp}")
    @Upload
    @Consumes({"image/png", "image/jpeg", MediaType.APPLICATION_OCTET_STREAM, MediaType.WILDCARD})
    @Operation(summary = "Store the establishment's logo or stamp for its documents (PNG or JPEG, 1 MB at most)")
    public Response storeImage(@PathParam("id") long id, @PathParam("kind") String kind, InputStream body, @Context SecurityContext security)
            throws java.io.IOException {
        // Read one byte past the limit so that an oversized image is refused, not truncated.
        byte[] bytes = body == null ? new byte[0] : body.readNBytes(1024 * 1024 + 1);
        organisation.storeImage(Callers.of(security), id, kind, bytes);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/{kind: logo|stamp}")
    @Produces({"image/png", "image/jpeg", MediaType.APPLICATION_JSON})
    public Response image(@PathParam("id") long id, @PathParam("kind") String kind, @Context SecurityContext security) {
        return organisation.image(Callers.of(security), id, kind)
                .map(image -> Response.ok(image.bytes(), image.contentType()).header("Cache-Control", "private, no-cache").build())
                .orElseThrow(() -> org.passerelle.core.DomainException.notFound("image-not-found", kind));
    }

    @Allowed({Role.ADMIN, Role.DDFPT, Role.TEACHER})
    @GET
    @Path("/{id}/class-levels")
    public List<ClassLevel> classLevels(@PathParam("id") long id, @Context SecurityContext security) {
        return organisation.classLevels(Callers.of(security), id);
    }

    @Allowed({Role.ADMIN, Role.DDFPT})
    @POST
    @Path("/{id}/class-levels")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    public Response createClassLevel(@PathParam("id") long id, Requests.ClassLevelBody body, @Context SecurityContext security) {
        Requests.ClassLevelBody form = Bodies.required(body, security);
        ClassLevel created = organisation.createClassLevel(Callers.of(security), id, form.referentialCode(),
                Bodies.enumValue(SchoolYear.class, form.year(), "year"), form.label());
        return Response.status(201).entity(created).build();
    }

    @Allowed({Role.ADMIN, Role.DDFPT, Role.TEACHER})
    @GET
    @Path("/{id}/classes")
    public List<SchoolClass> classes(@PathParam("id") long id, @Context SecurityContext security) {
        return organisation.classes(Callers.of(security), id);
    }

    @Allowed({Role.ADMIN, Role.DDFPT})
    @POST
    @Path("/{id}/classes")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    public Response createClass(@PathParam("id") long id, Requests.ClassBody body, @Context SecurityContext security) {
        Requests.ClassBody form = Bodies.required(body, security);
        if (form.classLevelId() == null) {
            throw org.passerelle.core.DomainException.invalid("required", "classLevelId");
        }
        SchoolClass created = organisation.createClass(Callers.of(security), id, form.code(), form.label(), form.classLevelId());
        return Response.status(201).entity(created).build();
    }

    @Allowed({Role.ADMIN, Role.DDFPT, Role.TEACHER})
    @GET
    @Path("/{id}/people")
    @Operation(summary = "Staff and masters of the establishment, optionally of one role")
    public List<Person> people(@PathParam("id") long id, @QueryParam("role") String role, @Context SecurityContext security) {
        return organisation.people(Callers.of(security), id, Bodies.enumValue(Role.class, role, "role"));
    }

    @Allowed({Role.ADMIN, Role.DDFPT})
    @POST
    @Path("/{id}/people")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(summary = "Create a staff member or a master; the initial password is in the answer, once")
    public Response createPerson(@PathParam("id") long id, Requests.PersonBody body, @Context SecurityContext security) {
        Requests.PersonBody form = Bodies.required(body, security);
        Created<Person> created = organisation.createPerson(Callers.of(security), id, new PersonForm(
                Bodies.enumValue(Role.class, form.role(), "role"), form.familyName(), form.firstName(), form.email(), form.login()));
        return Response.status(201).entity(Responses.PersonCreated.of(created.record(), created.initialPassword()))
                .header("Cache-Control", "no-store").build();
    }

    @Allowed({Role.ADMIN, Role.DDFPT, Role.TEACHER})
    @POST
    @Path("/{id}/trainers")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(summary = "Create a company trainer (last name, first name, valid e-mail); links are then sent to them")
    public Response createTrainer(@PathParam("id") long id, Requests.TrainerBody body, @Context SecurityContext security) {
        Requests.TrainerBody form = Bodies.required(body, security);
        long trainer = trainerLinks.createTrainer(Callers.of(security), id, form.familyName(), form.firstName(), form.email());
        return Response.status(201).entity(new Responses.Id(trainer)).build();
    }

    @Allowed({Role.ADMIN, Role.DDFPT, Role.TEACHER, Role.MASTER})
    @GET
    @Path("/{id}/learners")
    public List<Responses.LearnerView> learners(@PathParam("id") long id, @QueryParam("classId") Long classId, @Context SecurityContext security) {
        return organisation.learners(Callers.of(security), id, classId).stream().map(l -> Responses.LearnerView.of(l, null)).toList();
    }

    @Allowed({Role.ADMIN, Role.DDFPT})
    @POST
    @Path("/{id}/learners")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(summary = "Create a learner and their account; the initial password is in the answer, once")
    public Response createLearner(@PathParam("id") long id, Requests.LearnerBody body, @Context SecurityContext security) {
        Requests.LearnerBody form = Bodies.required(body, security);
        Created<Learner> created = organisation.createLearner(Callers.of(security), id, new LearnerForm(form.familyName(), form.firstName(),
                form.ine(), form.birthDate(), Bodies.enumValue(LearnerStatus.class, form.status(), "status"), form.classId(),
                form.referentTeacherId(), form.masterId()));
        return Response.status(201).entity(Responses.LearnerView.of(created.record(), created.initialPassword()))
                .header("Cache-Control", "no-store").build();
    }

    @Allowed({Role.ADMIN, Role.DDFPT})
    @POST
    @Path("/{id}/imports/siecle")
    @Upload
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML, MediaType.APPLICATION_OCTET_STREAM, MediaType.WILDCARD})
    @Operation(summary = "Preview (apply=false) or apply a SIECLE XML export of learners; one transaction, refusals line by line; "
            + "confirm=3,12 creates the probable duplicates held on those lines")
    public ImportReport importSiecle(@PathParam("id") long id, @QueryParam("apply") boolean apply, @QueryParam("confirm") String confirm,
                                     InputStream body, @Context SecurityContext security) {
        return organisation.importSiecle(Callers.of(security), id, body, apply, ImportRequests.lines(confirm));
    }

    @Allowed({Role.ADMIN, Role.DDFPT})
    @POST
    @Path("/{id}/imports/csv")
    @Upload
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM, MediaType.WILDCARD})
    @Operation(summary = "Preview (apply=false) or apply a CSV of learners (nom;prenom;ine;date_naissance;classe;statut), in the "
            + "charset of the Content-Type or else the one detected; confirm=3,12 creates the probable duplicates held on those lines")
    public ImportReport importCsv(@PathParam("id") long id, @QueryParam("apply") boolean apply, @QueryParam("confirm") String confirm,
                                  @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body,
                                  @Context SecurityContext security) {
        return organisation.importCsv(Callers.of(security), id, body, ImportRequests.charset(contentType), apply,
                ImportRequests.lines(confirm));
    }
}
