package org.passerelle.core.internal.organisation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.function.ThrowingRunnable;
import org.passerelle.core.DomainException;
import org.passerelle.core.DomainException.Category;
import org.passerelle.core.internal.referential.RegistryDriver;
import org.passerelle.core.organisation.ClassLevel;
import org.passerelle.core.organisation.Created;
import org.passerelle.core.organisation.Establishment;
import org.passerelle.core.organisation.EstablishmentForm;
import org.passerelle.core.organisation.Learner;
import org.passerelle.core.organisation.LearnerForm;
import org.passerelle.core.organisation.LearnerStatus;
import org.passerelle.core.organisation.SchoolClass;
import org.passerelle.core.organisation.SchoolYear;
import org.passerelle.core.security.Caller;
import org.passerelle.core.security.Role;
import org.passerelle.core.testing.CoreServices;
import org.passerelle.core.testing.Fixtures;
import org.passerelle.core.testing.TestDatabase;

/** Establishments, class levels, classes and learners through {@link JpaOrganisationService}, end to end on the database. */
public class OrganisationServiceTest {

    @ClassRule
    public static final TestDatabase DB = new TestDatabase();

    private CoreServices core;
    private JpaOrganisationService organisation;
    private Caller platformAdmin;

    @Before
    public void setUp() {
        core = new CoreServices(DB, "MELEC");
        organisation = core.organisation;
        platformAdmin = core.fixtures.platformAdmin();
    }

    private static DomainException refused(Category category, String kind, ThrowingRunnable action) {
        DomainException e = assertThrows(DomainException.class, action);
        assertEquals(e.kind() + " " + e.field(), category, e.category());
        assertEquals(kind, e.kind());
        return e;
    }

    private Establishment newEstablishment() {
        return organisation.createEstablishment(platformAdmin, new EstablishmentForm(Fixtures.uai().toLowerCase(), "Lycée Jean Moulin",
                "2 rue Jean Moulin", "ce@lycee.fr", null));
    }

    @Test
    public void thePlatformAdministratorCreatesAnEstablishmentWhoseUaiIsThenTaken() {
        String uai = Fixtures.uai();
        Establishment created = organisation.createEstablishment(platformAdmin, new EstablishmentForm(" " + uai.toLowerCase(), "Lycée Jean Moulin",
                null, null, null));

        assertEquals(uai, created.uai());
        assertEquals(created, organisation.establishment(platformAdmin, created.id()));
        DomainException taken = refused(Category.CONFLICT, "uai-taken", () -> organisation.createEstablishment(platformAdmin,
                new EstablishmentForm(uai, "Un autre lycée", null, null, null)));
        assertEquals("uai", taken.field());
    }

    @Test
    public void onlyThePlatformAdministratorCreatesEstablishments() {
        long ours = core.fixtures.establishment();
        EstablishmentForm form = new EstablishmentForm(Fixtures.uai(), "Lycée", null, null, null);
        refused(Category.FORBIDDEN, "platform-admin-only", () -> organisation.createEstablishment(core.fixtures.person(Role.ADMIN, ours), form));
        refused(Category.FORBIDDEN, "role-not-allowed", () -> organisation.createEstablishment(core.fixtures.person(Role.DDFPT, ours), form));
        refused(Category.UNAUTHENTICATED, "not-signed-in", () -> organisation.createEstablishment(null, form));
    }

    @Test
    public void aStaleVersionIsAConflictThatCarriesTheCurrentRecord() {
        Establishment created = newEstablishment();
        Caller ddfpt = core.fixtures.person(Role.DDFPT, created.id());
        Establishment renamed = organisation.updateEstablishment(ddfpt, created.id(),
                new EstablishmentForm(created.uai(), "Lycée des métiers Jean Moulin", created.address(), created.contactEmail(), created.version()));
        assertEquals(created.version() + 1, renamed.version());

        // Someone who loaded the record before the rename saves their own change.
        DomainException stale = refused(Category.CONFLICT, "stale-version", () -> organisation.updateEstablishment(ddfpt, created.id(),
                new EstablishmentForm(created.uai(), "Lycée Moulin", created.address(), created.contactEmail(), created.version())));
        assertEquals(renamed, stale.current());
        assertEquals("nothing was written", "Lycée des métiers Jean Moulin", organisation.establishment(ddfpt, created.id()).name());
    }

    @Test
    public void aClassLevelNeedsAnActiveReferential() {
        long ours = core.fixtures.establishment();
        Caller ddfpt = core.fixtures.person(Role.DDFPT, ours);
        // PLP only installed (UNAVAILABLE), MSPC unknown here, MELEC started.
        var registry = new RegistryDriver(DB.jpa()).started(1, "MELEC").installed(2, "PLP").scanDone().registry();
        JpaOrganisationService service = new JpaOrganisationService(DB.jpa(), core.hasher, registry);

        ClassLevel level = service.createClassLevel(ddfpt, ours, "MELEC", SchoolYear.PREMIERE, "1re MELEC");

        assertEquals(List.of(level), service.classLevels(ddfpt, ours));
        refused(Category.INVALID, "unknown-referential", () -> service.createClassLevel(ddfpt, ours, "PLP", SchoolYear.PREMIERE, "1re PLP"));
        refused(Category.INVALID, "unknown-referential", () -> service.createClassLevel(ddfpt, ours, "MSPC", SchoolYear.PREMIERE, "1re MSPC"));
    }

    @Test
    public void aClassCodeIsUniqueWithinItsEstablishmentOnly() {
        long ours = core.fixtures.establishment();
        long theirs = core.fixtures.establishment();
        Caller ddfpt = core.fixtures.person(Role.DDFPT, ours);
        Caller theirDdfpt = core.fixtures.person(Role.DDFPT, theirs);
        long level = organisation.createClassLevel(ddfpt, ours, "MELEC", SchoolYear.PREMIERE, "1re MELEC").id();
        long theirLevel = organisation.createClassLevel(theirDdfpt, theirs, "MELEC", SchoolYear.PREMIERE, "1re MELEC").id();

        SchoolClass created = organisation.createClass(ddfpt, ours, "1MELEC-A", "Première MELEC A", level);

        assertEquals(List.of(created), organisation.classes(ddfpt, ours));
        refused(Category.CONFLICT, "class-code-taken", () -> organisation.createClass(ddfpt, ours, "1MELEC-A", "Doublon", level));
        // Imports match class codes ignoring case: 1melec-a would be the same class.
        refused(Category.CONFLICT, "class-code-taken", () -> organisation.createClass(ddfpt, ours, "1melec-a", "Doublon", level));
        assertEquals("1MELEC-A", organisation.createClass(theirDdfpt, theirs, "1MELEC-A", "Ailleurs", theirLevel).code());
        refused(Category.INVALID, "unknown-class-level", () -> organisation.createClass(ddfpt, ours, "1MELEC-B", "B", theirLevel));
    }

    @Test
    public void aCreatedLearnerSignsInWithTheInitialPasswordShownOnce() {
        long ours = core.fixtures.establishment();
        Caller ddfpt = core.fixtures.person(Role.DDFPT, ours);
        long classId = core.fixtures.schoolClass(ours, core.fixtures.classLevel(ours, "MELEC"));
        Caller teacher = core.fixtures.person(Role.TEACHER, ours);
        String ine = Fixtures.ine();
        String birthDate = LocalDate.now().minusYears(16).toString();

        Created<Learner> created = organisation.createLearner(ddfpt, ours, new LearnerForm("PETIT", "Léa", ine.toLowerCase(), birthDate,
                LearnerStatus.PUPIL, classId, teacher.personId(), null));

        Learner learner = created.record();
        assertEquals(ine, learner.ine());
        assertEquals("lea.petit", learner.login());
        assertEquals(Long.valueOf(classId), learner.classId());
        assertEquals(Long.valueOf(teacher.personId()), learner.referentTeacherId());
        assertEquals(14, created.initialPassword().length());
        assertEquals(learner, organisation.learner(teacher, learner.id()));
        var signedIn = core.authentication.signIn("lea.petit", created.initialPassword(), "203.0.113.9");
        assertEquals(Role.LEARNER, signedIn.caller().role());
        assertEquals(learner, organisation.ownLearner(signedIn.caller()).orElseThrow());

        refused(Category.CONFLICT, "ine-taken", () -> organisation.createLearner(ddfpt, ours, new LearnerForm("PETIT", "Léa", ine, birthDate,
                LearnerStatus.PUPIL, classId, null, null)));
    }

    @Test
    public void anotherEstablishmentsRecordsAreNotFoundAndRolesAreChecked() {
        long ours = core.fixtures.establishment();
        long theirs = core.fixtures.establishment();
        long theirClass = core.fixtures.schoolClass(theirs, core.fixtures.classLevel(theirs, "MELEC"));
        long theirLearner = core.fixtures.learner(theirs, theirClass).learnerId();
        Caller ourDdfpt = core.fixtures.person(Role.DDFPT, ours);
        Caller ourTeacher = core.fixtures.person(Role.TEACHER, ours);
        Caller ourLearner = core.fixtures.learner(ours, null).caller();

        refused(Category.NOT_FOUND, "establishment-not-found", () -> organisation.establishment(ourDdfpt, theirs));
        refused(Category.NOT_FOUND, "establishment-not-found", () -> organisation.classes(ourTeacher, theirs));
        refused(Category.NOT_FOUND, "establishment-not-found", () -> organisation.createClass(ourDdfpt, theirs, "X1", "X", 1));
        refused(Category.NOT_FOUND, "learner-not-found", () -> organisation.learner(ourDdfpt, theirLearner));
        refused(Category.FORBIDDEN, "role-not-allowed", () -> organisation.createClass(ourTeacher, ours, "X1", "X", 1));
        refused(Category.FORBIDDEN, "role-not-allowed", () -> organisation.classes(ourLearner, ours));
        refused(Category.UNAUTHENTICATED, "not-signed-in", () -> organisation.classes(null, ours));
        assertEquals("the platform administrator sees all", theirs, organisation.establishment(platformAdmin, theirs).id());
    }

    @Test
    public void aMasterSeesTheirApprenticesOnly() {
        long ours = core.fixtures.establishment();
        Caller master = core.fixtures.person(Role.MASTER, ours);
        Caller otherMaster = core.fixtures.person(Role.MASTER, ours);
        long apprentice = core.fixtures.learner(ours, null, master.personId(), LearnerStatus.APPRENTICE).learnerId();
        long otherApprentice = core.fixtures.learner(ours, null, otherMaster.personId(), LearnerStatus.APPRENTICE).learnerId();
        core.fixtures.learner(ours, null);

        assertEquals(List.of(apprentice), organisation.learners(master, ours, null).stream().map(Learner::id).toList());
        assertEquals(apprentice, organisation.learner(master, apprentice).id());
        refused(Category.NOT_FOUND, "learner-not-found", () -> organisation.learner(master, otherApprentice));
        assertEquals(3, organisation.learners(core.fixtures.person(Role.TEACHER, ours), ours, null).size());
    }

    /** A role is changed from the version read: the second of two administrators working from the same list gets 409. */
    @Test
    public void aRoleChangeFromAnOldVersionIsRefusedWithTheCurrentPerson() {
        long ours = core.fixtures.establishment();
        Caller admin = core.fixtures.person(Role.ADMIN, ours);
        Caller otherAdmin = core.fixtures.person(Role.ADMIN, ours);
        Caller teacher = core.fixtures.person(Role.TEACHER, ours);
        int read = organisation.person(admin, teacher.personId()).version();

        assertEquals(Role.DDFPT, organisation.changeRole(admin, teacher.personId(), Role.DDFPT, read).role());
        DomainException stale = refused(Category.CONFLICT, "stale-version",
                () -> organisation.changeRole(otherAdmin, teacher.personId(), Role.ADMIN, read));

        assertEquals(Role.DDFPT, ((org.passerelle.core.organisation.Person) stale.current()).role());
        assertEquals(Role.DDFPT, organisation.person(admin, teacher.personId()).role());
        refused(Category.INVALID, "required", () -> organisation.changeRole(admin, teacher.personId(), Role.TEACHER, null));
        // Access before the body: a DDFPT without a version is refused for their role, not for the body.
        refused(Category.FORBIDDEN, "role-not-allowed", () -> organisation.changeRole(core.fixtures.person(Role.DDFPT, ours), teacher.personId(),
                Role.TEACHER, null));
    }
}
