package org.passerelle.core.internal.organisation;

import java.io.InputStream;
import java.io.Reader;
import java.time.LocalDate;
import java.util.List;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.passerelle.core.DomainException;
import org.passerelle.core.internal.common.Establishments;
import org.passerelle.core.internal.common.ConflictTranslatingJpaTemplate;
import org.passerelle.core.internal.audit.Audit;
import org.passerelle.core.internal.security.AccessRules;
import org.passerelle.core.internal.security.Sessions;
import org.passerelle.core.internal.security.PasswordHasher;
import org.passerelle.core.internal.security.Secrets;
import org.passerelle.core.organisation.ClassLevel;
import org.passerelle.core.organisation.Created;
import org.passerelle.core.organisation.Establishment;
import org.passerelle.core.organisation.EstablishmentForm;
import org.passerelle.core.organisation.ImportReport;
import org.passerelle.core.organisation.Learner;
import org.passerelle.core.organisation.LearnerAssignment;
import org.passerelle.core.organisation.LearnerForm;
import org.passerelle.core.organisation.OrganisationService;
import org.passerelle.core.organisation.Person;
import org.passerelle.core.organisation.PersonForm;
import org.passerelle.core.organisation.SchoolClass;
import org.passerelle.core.organisation.SchoolYear;
import org.passerelle.core.referential.ReferentialRegistry;
import org.passerelle.core.referential.ReferentialStatus;
import org.passerelle.core.security.Caller;
import org.passerelle.core.security.Role;

/** {@link OrganisationService} on JPA; access rules first, then one transaction per call. */
public final class JpaOrganisationService implements OrganisationService {

    private final JpaTemplate jpa;
    private final PasswordHasher hasher;
    private final ReferentialRegistry referentials;
    private final LearnerImporter importer;

    public JpaOrganisationService(JpaTemplate jpa, PasswordHasher hasher, ReferentialRegistry referentials) {
        this.jpa = jpa;
        this.hasher = hasher;
        this.referentials = referentials;
        this.importer = new LearnerImporter();
    }

    // --- establishments ----------------------------------------------------------------------------------------

    @Override
    public List<Establishment> establishments(Caller caller) {
        AccessRules.signedIn(caller);
        return jpa.txExpr(TransactionType.Supports, em -> {
            if (caller.isPlatformAdmin()) {
                return em.createQuery("SELECT e FROM EstablishmentEntity e ORDER BY e.name", EstablishmentEntity.class).getResultList()
                        .stream().map(Views::establishment).toList();
            }
            EstablishmentEntity own = caller.establishmentId() == null ? null : em.find(EstablishmentEntity.class, caller.establishmentId());
            return own == null ? List.<Establishment>of() : List.of(Views.establishment(own));
        });
    }

    @Override
    public Establishment establishment(Caller caller, long id) {
        AccessRules.requireEstablishment(caller, id, "establishment-not-found", id);
        return jpa.txExpr(TransactionType.Supports, em -> Views.establishment(establishmentEntity(em, id)));
    }

    @Override
    public Establishment createEstablishment(Caller caller, EstablishmentForm form) {
        AccessRules.requireRole(caller, Role.ADMIN);
        if (!caller.isPlatformAdmin()) {
            throw DomainException.forbidden("platform-admin-only");
        }
        String uai = uai(form);
        String name = Validation.required(form.name(), "name", 200);
        String address = Validation.optional(form.address(), "address", 500);
        String email = Validation.email(form.contactEmail(), "contactEmail", false);
        return jpa.txExpr(TransactionType.Required, em -> {
            requireFreeUai(em, uai, -1);
            EstablishmentEntity created = new EstablishmentEntity(uai, name, address, email);
            em.persist(created);
            em.flush();
            Audit.record(em, created.id(), caller.login(), Audit.ESTABLISHMENT_CREATED, "establishment " + created.id(), uai + " " + name);
            return Views.establishment(created);
        });
    }

    @Override
    public Establishment updateEstablishment(Caller caller, long id, EstablishmentForm form) {
        AccessRules.requireManagerOf(caller, id);
        Establishments.requireExisting(jpa, caller, id);
        String uai = uai(form);
        String name = Validation.required(form.name(), "name", 200);
        String address = Validation.optional(form.address(), "address", 500);
        String email = Validation.email(form.contactEmail(), "contactEmail", false);
        Integer version = Validation.present(form.version(), "version");
        return ConflictTranslatingJpaTemplate.withCurrent(() -> jpa.txExpr(TransactionType.Required, em -> {
            EstablishmentEntity entity = establishmentEntity(em, id);
            if (entity.version() != version) {
                throw DomainException.staleVersion(Views.establishment(entity));
            }
            if (!uai.equals(entity.uai()) && !caller.isPlatformAdmin()) {
                throw DomainException.forbidden("platform-admin-only");
            }
            requireFreeUai(em, uai, id);
            entity.update(uai, name, address, email);
            em.flush();
            return Views.establishment(entity);
        }), () -> jpa.txExpr(TransactionType.Supports, em -> Views.establishment(establishmentEntity(em, id))));
    }

    static final int MAX_IMAGE_BYTES = 1024 * 1024;

    @Override
    public void storeImage(Caller caller, long establishmentId, String kind, byte[] bytes) {
        AccessRules.requireManagerOf(caller, establishmentId);
        Establishments.requireExisting(jpa, caller, establishmentId);
        String which = imageKind(kind);
        if (bytes == null || bytes.length == 0) {
            throw DomainException.invalid("required", "file");
        }
        if (bytes.length > MAX_IMAGE_BYTES) {
            throw DomainException.tooLarge("file-too-large", "file", 1);
        }
        // Judged by the bytes, not by what the browser claims.
        String type = bytes.length > 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G' ? "image/png"
                : bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF ? "image/jpeg" : null;
        if (type == null) {
            throw DomainException.invalid("unsupported-image", "file");
        }
        jpa.tx(TransactionType.Required, em -> establishmentEntity(em, establishmentId).image(which, bytes, type));
    }

    @Override
    public java.util.Optional<Image> image(Caller caller, long establishmentId, String kind) {
        AccessRules.requireEstablishment(caller, establishmentId, "establishment-not-found", establishmentId);
        String which = imageKind(kind);
        return jpa.txExpr(TransactionType.Supports, em -> {
            EstablishmentEntity e = establishmentEntity(em, establishmentId);
            byte[] bytes = e.imageBytes(which);
            return bytes == null ? java.util.Optional.<Image>empty() : java.util.Optional.of(new Image(bytes, e.imageType(which)));
        });
    }

    private static String imageKind(String kind) {
        if (!"logo".equals(kind) && !"stamp".equals(kind)) {
            throw DomainException.notFound("image-not-found", kind);
        }
        return kind;
    }

    private static String uai(EstablishmentForm form) {
        String uai = Validation.required(form.uai(), "uai", 8).toUpperCase(java.util.Locale.ROOT);
        return Validation.matching(uai, Validation.UAI, "uai", "invalid-uai");
    }

    private static void requireFreeUai(EntityManager em, String uai, long exceptId) {
        boolean taken = !em.createQuery("SELECT e.id FROM EstablishmentEntity e WHERE e.uai = :u AND e.id <> :id")
                .setParameter("u", uai).setParameter("id", exceptId).getResultList().isEmpty();
        if (taken) {
            throw DomainException.conflict("uai-taken", "uai", uai);
        }
    }

    // --- class levels and classes --------------------------------------------------------------------------------

    @Override
    public List<ClassLevel> classLevels(Caller caller, long establishmentId) {
        AccessRules.requireStaffOf(caller, establishmentId);
        Establishments.requireExisting(jpa, caller, establishmentId);
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "SELECT c FROM ClassLevelEntity c WHERE c.establishment.id = :e ORDER BY c.referentialCode, c.year", ClassLevelEntity.class)
                .setParameter("e", establishmentId).getResultList().stream().map(Views::classLevel).toList());
    }

    @Override
    public ClassLevel createClassLevel(Caller caller, long establishmentId, String referentialCode, SchoolYear year, String label) {
        AccessRules.requireManagerOf(caller, establishmentId);
        Establishments.requireExisting(jpa, caller, establishmentId);
        String code = Validation.required(referentialCode, "referentialCode", 32);
        boolean usable = referentials.find(code, null).map(r -> r.summary().status() == ReferentialStatus.ACTIVE).orElse(false);
        if (!usable) {
            throw DomainException.invalid("unknown-referential", "referentialCode", code);
        }
        Validation.present(year, "year");
        String text = Validation.required(label, "label", 120);
        return jpa.txExpr(TransactionType.Required, em -> {
            ClassLevelEntity created = new ClassLevelEntity(establishmentEntity(em, establishmentId), code, year, text);
            em.persist(created);
            em.flush();
            return Views.classLevel(created);
        });
    }

    @Override
    public List<SchoolClass> classes(Caller caller, long establishmentId) {
        AccessRules.requireStaffOf(caller, establishmentId);
        Establishments.requireExisting(jpa, caller, establishmentId);
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "SELECT c FROM SchoolClassEntity c WHERE c.establishment.id = :e ORDER BY c.code", SchoolClassEntity.class)
                .setParameter("e", establishmentId).getResultList().stream().map(c -> Views.schoolClass(c, learnerCount(em, c.id()))).toList());
    }

    @Override
    public SchoolClass createClass(Caller caller, long establishmentId, String code, String label, long classLevelId) {
        AccessRules.requireManagerOf(caller, establishmentId);
        Establishments.requireExisting(jpa, caller, establishmentId);
        String classCode = Validation.matching(Validation.required(code, "code", 32), Validation.CLASS_CODE, "code", "invalid-class-code");
        String text = Validation.required(label, "label", 120);
        return jpa.txExpr(TransactionType.Required, em -> {
            ClassLevelEntity level = em.find(ClassLevelEntity.class, classLevelId);
            if (level == null || level.establishment().id() != establishmentId) {
                throw DomainException.invalid("unknown-class-level", "classLevelId", classLevelId);
            }
            if (classByCode(em, establishmentId, classCode) != null) {
                throw DomainException.conflict("class-code-taken", "code", classCode);
            }
            SchoolClassEntity created = new SchoolClassEntity(level.establishment(), level, classCode, text);
            em.persist(created);
            em.flush();
            return Views.schoolClass(created, 0);
        });
    }

    static SchoolClassEntity classByCode(EntityManager em, long establishmentId, String code) {
        List<SchoolClassEntity> found = em.createQuery("SELECT c FROM SchoolClassEntity c WHERE c.establishment.id = :e AND c.code = :c",
                SchoolClassEntity.class).setParameter("e", establishmentId).setParameter("c", code).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    private static long learnerCount(EntityManager em, long classId) {
        return (Long) em.createQuery("SELECT COUNT(l) FROM LearnerEntity l WHERE l.schoolClass.id = :c").setParameter("c", classId).getSingleResult();
    }

    // --- people -----------------------------------------------------------------------------------------------

    @Override
    public List<Person> people(Caller caller, long establishmentId, Role role) {
        AccessRules.requireStaffOf(caller, establishmentId);
        Establishments.requireExisting(jpa, caller, establishmentId);
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "SELECT p FROM PersonEntity p WHERE p.establishment.id = :e AND p.role <> :learner ORDER BY p.familyName, p.firstName", PersonEntity.class)
                .setParameter("e", establishmentId).setParameter("learner", Role.LEARNER).getResultList().stream()
                .filter(p -> role == null || p.role() == role).map(Views::person).toList());
    }

    @Override
    public Person person(Caller caller, long personId) {
        AccessRules.signedIn(caller);
        return jpa.txExpr(TransactionType.Supports, em -> {
            PersonEntity person = em.find(PersonEntity.class, personId);
            boolean self = person != null && person.id() == caller.personId();
            if (person == null || !(self || (caller.role().isStaff() && AccessRules.sees(caller, person.establishmentId())))) {
                throw DomainException.notFound("person-not-found", personId);
            }
            return Views.person(person);
        });
    }

    @Override
    public Created<Person> createPerson(Caller caller, long establishmentId, PersonForm form) {
        AccessRules.requireManagerOf(caller, establishmentId);
        Establishments.requireExisting(jpa, caller, establishmentId);
        Role role = Validation.present(form.role(), "role");
        if (role == Role.LEARNER || role == Role.TUTOR) {
            throw DomainException.invalid("role-not-creatable-here", "role", role);
        }
        // DOMAIN.md: master accounts are created by ADMIN only; so are other administrators and DDFPTs.
        if (role != Role.TEACHER && caller.role() != Role.ADMIN) {
            throw DomainException.forbidden("role-not-allowed", caller.role());
        }
        String familyName = Validation.required(form.familyName(), "familyName", 100);
        String firstName = Validation.required(form.firstName(), "firstName", 100);
        String email = Validation.email(form.email(), "email", true);
        String requestedLogin = Validation.optional(form.login(), "login", 80);
        if (requestedLogin != null) {
            Validation.matching(requestedLogin, Validation.LOGIN, "login", "invalid-login");
        }
        String password = Secrets.newPassword();
        String hash = hasher.hash(password);
        return withGeneratedLogins(requestedLogin == null, () -> jpa.txExpr(TransactionType.Required, em -> {
            EstablishmentEntity establishment = establishmentEntity(em, establishmentId);
            String login = login(em, requestedLogin, firstName, familyName);
            PersonEntity created = new PersonEntity(establishment, role, login, familyName, firstName, email, hash);
            em.persist(created);
            em.flush();
            Audit.record(em, establishmentId, caller.login(), Audit.PERSON_CREATED, "person " + created.id(), role + " " + login);
            return new Created<>(Views.person(created), password);
        }));
    }

    /**
     * A login we generated (firstname.familyname, numbered) that a concurrent creation took between our check and our
     * commit: the whole creation is tried again, and finds the next free number. A login the caller chose stays a
     * {@code 409 login-taken}.
     */
    static <R> R withGeneratedLogins(boolean generated, java.util.function.Supplier<R> creation) {
        for (int attempt = 1; ; attempt++) {
            try {
                return creation.get();
            } catch (DomainException e) {
                if (!generated || !"login-taken".equals(e.kind()) || attempt == 5) {
                    throw e;
                }
            }
        }
    }

    /** The requested login if free (else a conflict), or firstname.familyname with a number when taken. */
    static String login(EntityManager em, String requested, String firstName, String familyName) {
        if (requested != null) {
            if (!em.createQuery("SELECT p.id FROM PersonEntity p WHERE p.login = :l").setParameter("l", requested).getResultList().isEmpty()) {
                throw DomainException.conflict("login-taken", "login", requested);
            }
            return requested;
        }
        String base = Validation.loginFor(firstName, familyName);
        String candidate = base.isEmpty() ? "utilisateur" : base;
        for (int n = 2; !em.createQuery("SELECT p.id FROM PersonEntity p WHERE p.login = :l").setParameter("l", candidate).getResultList().isEmpty(); n++) {
            candidate = base + n;
        }
        return candidate;
    }

    @Override
    public String resetPassword(Caller caller, long personId) {
        AccessRules.requireRole(caller, Role.ADMIN);
        String password = Secrets.newPassword();
        String hash = hasher.hash(password);
        jpa.tx(TransactionType.Required, em -> {
            PersonEntity person = visiblePerson(em, caller, personId);
            person.changePasswordHash(hash);
            org.passerelle.core.internal.security.SignInThrottles.clear(em, person.login());
            Sessions.endForPerson(em, personId, System.currentTimeMillis());
            Audit.record(em, person.establishmentId(), caller.login(), Audit.PASSWORD_RESET, "person " + personId, person.login());
        });
        return password;
    }

    @Override
    public Person changeRole(Caller caller, long personId, Role role) {
        AccessRules.requireRole(caller, Role.ADMIN);
        Validation.present(role, "role");
        if (!role.isStaff()) {
            throw DomainException.invalid("role-not-creatable-here", "role", role);
        }
        if (personId == caller.personId()) {
            throw DomainException.forbidden("own-role");
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            PersonEntity person = visiblePerson(em, caller, personId);
            if (!person.role().isStaff()) {
                throw DomainException.invalid("role-not-creatable-here", "role", person.role());
            }
            Role before = person.role();
            person.changeRole(role);
            Sessions.endForPerson(em, personId, System.currentTimeMillis());
            Audit.record(em, person.establishmentId(), caller.login(), Audit.ROLE_CHANGED, "person " + personId, before + " → " + role);
            em.flush();
            return Views.person(person);
        });
    }

    private static PersonEntity visiblePerson(EntityManager em, Caller caller, long personId) {
        PersonEntity person = em.find(PersonEntity.class, personId);
        if (person == null || !AccessRules.sees(caller, person.establishmentId())) {
            throw DomainException.notFound("person-not-found", personId);
        }
        return person;
    }

    // --- learners ---------------------------------------------------------------------------------------------

    @Override
    public List<Learner> learners(Caller caller, long establishmentId, Long classId) {
        AccessRules.requireRole(caller, Role.ADMIN, Role.DDFPT, Role.TEACHER, Role.MASTER);
        AccessRules.requireEstablishment(caller, establishmentId, "establishment-not-found", establishmentId);
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "SELECT l FROM LearnerEntity l WHERE l.establishment.id = :e ORDER BY l.person.familyName, l.person.firstName", LearnerEntity.class)
                .setParameter("e", establishmentId).getResultList().stream()
                .filter(l -> classId == null || (l.schoolClass() != null && l.schoolClass().id() == classId))
                // A master sees only their own apprentices.
                .filter(l -> caller.role() != Role.MASTER || (l.master() != null && l.master().id() == caller.personId()))
                .map(Views::learner).toList());
    }

    @Override
    public Learner learner(Caller caller, long learnerId) {
        AccessRules.signedIn(caller);
        return jpa.txExpr(TransactionType.Supports, em -> {
            LearnerEntity learner = em.find(LearnerEntity.class, learnerId);
            if (learner == null || !mayRead(caller, learner)) {
                throw DomainException.notFound("learner-not-found", learnerId);
            }
            return Views.learner(learner);
        });
    }

    @Override
    public java.util.Optional<Learner> ownLearner(Caller caller) {
        AccessRules.signedIn(caller);
        if (caller.role() != Role.LEARNER) {
            return java.util.Optional.empty();
        }
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT l FROM LearnerEntity l WHERE l.person.id = :p", LearnerEntity.class)
                .setParameter("p", caller.personId()).getResultList().stream().findFirst().map(Views::learner));
    }

    private static boolean mayRead(Caller caller, LearnerEntity learner) {
        return AccessRules.readsLearner(caller, learner.id(), learner.establishment().id(), learner.person().id(),
                learner.master() == null ? null : learner.master().id(), true);
    }

    @Override
    public Created<Learner> createLearner(Caller caller, long establishmentId, LearnerForm form) {
        AccessRules.requireManagerOf(caller, establishmentId);
        Establishments.requireExisting(jpa, caller, establishmentId);
        String familyName = Validation.required(form.familyName(), "familyName", 100);
        String firstName = Validation.required(form.firstName(), "firstName", 100);
        String ine = Validation.matching(Validation.required(form.ine(), "ine", 11).toUpperCase(java.util.Locale.ROOT), Validation.INE, "ine", "invalid-ine");
        LocalDate birthDate = Validation.birthDate(form.birthDate(), "birthDate");
        var status = Validation.present(form.status(), "status");
        Long classId = Validation.present(form.classId(), "classId");
        String password = Secrets.newPassword();
        String hash = hasher.hash(password);
        return withGeneratedLogins(true, () -> jpa.txExpr(TransactionType.Required, em -> {
            EstablishmentEntity establishment = establishmentEntity(em, establishmentId);
            SchoolClassEntity schoolClass = em.find(SchoolClassEntity.class, classId);
            if (schoolClass == null || schoolClass.establishment().id() != establishmentId) {
                throw DomainException.invalid("unknown-class", "classId", classId);
            }
            PersonEntity teacher = member(em, form.referentTeacherId(), establishmentId, "referentTeacherId", Role.TEACHER, Role.DDFPT);
            PersonEntity master = member(em, form.masterId(), establishmentId, "masterId", Role.MASTER);
            if (!em.createQuery("SELECT l.id FROM LearnerEntity l WHERE l.ine = :i").setParameter("i", ine).getResultList().isEmpty()) {
                throw DomainException.conflict("ine-taken", "ine", ine);
            }
            PersonEntity person = new PersonEntity(establishment, Role.LEARNER, login(em, null, firstName, familyName), familyName, firstName, null, hash);
            em.persist(person);
            LearnerEntity learner = new LearnerEntity(person, establishment, ine, birthDate.toString(), status, schoolClass);
            learner.assign(teacher, master);
            em.persist(learner);
            em.flush();
            Audit.record(em, establishmentId, caller.login(), Audit.PERSON_CREATED, "learner " + learner.id(), "LEARNER " + person.login());
            return new Created<>(Views.learner(learner), password);
        }));
    }

    @Override
    public Learner assignLearner(Caller caller, long learnerId, LearnerAssignment assignment) {
        AccessRules.requireRole(caller, Role.ADMIN, Role.DDFPT);
        return ConflictTranslatingJpaTemplate.withCurrent(() -> jpa.txExpr(TransactionType.Required, em -> {
            LearnerEntity learner = em.find(LearnerEntity.class, learnerId);
            if (learner == null || !AccessRules.sees(caller, learner.establishment().id())) {
                throw DomainException.notFound("learner-not-found", learnerId);
            }
            Integer version = Validation.present(assignment.version(), "version");
            if (learner.version() != version) {
                throw DomainException.staleVersion(Views.learner(learner));
            }
            long establishmentId = learner.establishment().id();
            Long classId = Validation.present(assignment.classId(), "classId");
            SchoolClassEntity schoolClass = em.find(SchoolClassEntity.class, classId);
            if (schoolClass == null || schoolClass.establishment().id() != establishmentId) {
                throw DomainException.invalid("unknown-class", "classId", classId);
            }
            learner.moveTo(schoolClass);
            learner.changeStatus(Validation.present(assignment.status(), "status"));
            learner.assign(member(em, assignment.referentTeacherId(), establishmentId, "referentTeacherId", Role.TEACHER, Role.DDFPT),
                    member(em, assignment.masterId(), establishmentId, "masterId", Role.MASTER));
            em.flush();
            return Views.learner(learner);
        }), () -> jpa.txExpr(TransactionType.Supports, em -> Views.learner(em.find(LearnerEntity.class, learnerId))));
    }

    private static PersonEntity member(EntityManager em, Long personId, long establishmentId, String field, Role... roles) {
        if (personId == null) {
            return null;
        }
        PersonEntity person = em.find(PersonEntity.class, personId);
        if (person == null || person.establishmentId() == null || person.establishmentId() != establishmentId
                || java.util.Arrays.stream(roles).noneMatch(r -> r == person.role())) {
            throw DomainException.invalid("unknown-person", field, personId);
        }
        return person;
    }

    // --- imports ---------------------------------------------------------------------------------------------

    @Override
    public ImportReport importSiecle(Caller caller, long establishmentId, InputStream xml, boolean apply) {
        AccessRules.requireManagerOf(caller, establishmentId);
        Establishments.requireExisting(jpa, caller, establishmentId);
        var parsed = importer.parseSiecle(Uploads.limited(xml));
        return withGeneratedLogins(true, () -> importer.run(jpa, caller, establishmentId, parsed, apply));
    }

    @Override
    public ImportReport importCsv(Caller caller, long establishmentId, Reader csv, boolean apply) {
        AccessRules.requireManagerOf(caller, establishmentId);
        Establishments.requireExisting(jpa, caller, establishmentId);
        var parsed = importer.parseCsv(Uploads.limited(csv));
        return withGeneratedLogins(true, () -> importer.run(jpa, caller, establishmentId, parsed, apply));
    }

    static EstablishmentEntity establishmentEntity(EntityManager em, long id) {
        EstablishmentEntity entity = em.find(EstablishmentEntity.class, id);
        if (entity == null) {
            throw DomainException.notFound("establishment-not-found", id);
        }
        return entity;
    }
}
