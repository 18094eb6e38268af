package org.passerelle.core.internal.periods;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.apache.aries.jpa.template.TransactionType;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.function.ThrowingRunnable;
import org.passerelle.core.DomainException;
import org.passerelle.core.DomainException.Category;
import org.passerelle.core.internal.organisation.EstablishmentEntity;
import org.passerelle.core.internal.organisation.LearnerEntity;
import org.passerelle.core.internal.organisation.PersonEntity;
import org.passerelle.core.organisation.LearnerStatus;
import org.passerelle.core.periods.AnnexForm;
import org.passerelle.core.periods.AttendanceDetails;
import org.passerelle.core.periods.Period;
import org.passerelle.core.periods.PeriodInformation;
import org.passerelle.core.periods.PeriodKind;
import org.passerelle.core.periods.Placement;
import org.passerelle.core.periods.PlacementDocument;
import org.passerelle.core.periods.PreAgreementTerms;
import org.passerelle.core.security.Caller;
import org.passerelle.core.security.Role;
import org.passerelle.core.testing.CoreServices;
import org.passerelle.core.testing.Fixtures.Pupil;
import org.passerelle.core.testing.TestDatabase;

/**
 * What only the documents print (issue 10, item 6), on the database: a period's pre-agreement terms, a placement's
 * attendance details, the referent teacher, logo and stamp in a document's data, and no document for an apprentice.
 */
public class DocumentFieldsTest {

    @ClassRule
    public static final TestDatabase DB = new TestDatabase();

    private CoreServices core;
    private JpaPeriodService periods;
    private long establishment;
    private Caller teacher;
    private Pupil lea;
    private Pupil yanis;
    private Period period;

    @Before
    public void setUp() {
        core = new CoreServices(DB, "MELEC");
        periods = core.periods;
        establishment = core.fixtures.establishment();
        long level = core.fixtures.classLevel(establishment, "MELEC");
        long classId = core.fixtures.schoolClass(establishment, level);
        teacher = core.fixtures.person(Role.TEACHER, establishment);
        Caller master = core.fixtures.person(Role.MASTER, establishment);
        lea = core.fixtures.learner(establishment, classId);
        yanis = core.fixtures.learner(establishment, classId, master.personId(), LearnerStatus.APPRENTICE);
        long annex = periods.createAnnex(teacher, establishment, new AnnexForm(level, "Annexe PFMP 1re MELEC", List.of("Découvrir l'entreprise"),
                List.of("T1-1"), null)).id();
        period = periods.createPeriod(teacher, annex, new PeriodInformation("PFMP 2", PeriodKind.PERIOD_2, "2026-03-02", "2026-03-27"),
                List.of(lea.learnerId(), yanis.learnerId()));
    }

    private static DomainException refused(Category category, String kind, ThrowingRunnable action) {
        DomainException e = assertThrows(DomainException.class, action);
        assertEquals(e.kind() + " " + e.field(), category, e.category());
        assertEquals(kind, e.kind());
        return e;
    }

    private Placement placementOf(Pupil pupil) {
        return periods.placements(teacher, period.id()).stream().filter(p -> p.learnerId() == pupil.learnerId()).findFirst().orElseThrow();
    }

    @Test
    public void theTermsOfThePeriodAreWrittenOnceAndPrintedOnEveryPreAgreement() {
        PreAgreementTerms empty = periods.preAgreementTerms(teacher, period.id());
        assertNull(empty.consultation());
        PreAgreementTerms saved = periods.updatePreAgreementTerms(teacher, period.id(), new PreAgreementTerms(
                "  Visite à mi-période.\nAppel du tuteur le vendredi.  ", "Travaux sous tension (B1V)", " ", empty.version()));
        assertEquals("Visite à mi-période.\nAppel du tuteur le vendredi.", saved.consultation());
        assertNull("a blank text is no text", saved.assessment());
        assertEquals(saved, periods.preAgreementTerms(teacher, period.id()));
        List<PlacementDocument> documents = periods.documents(teacher, period.id());
        assertEquals("the apprentice has no pre-agreement", 1, documents.size());
        assertEquals("Travaux sous tension (B1V)", documents.get(0).terms().derogationWork());

        refused(Category.CONFLICT, "stale-version", () -> periods.updatePreAgreementTerms(teacher, period.id(),
                new PreAgreementTerms("autre", null, null, empty.version())));
        refused(Category.INVALID, "too-long", () -> periods.updatePreAgreementTerms(teacher, period.id(),
                new PreAgreementTerms("x".repeat(2001), null, null, saved.version())));
        refused(Category.FORBIDDEN, "role-not-allowed", () -> periods.updatePreAgreementTerms(lea.caller(), period.id(),
                new PreAgreementTerms("x", null, null, saved.version())));
    }

    @Test
    public void theAttendanceDetailsOfAPupilAreWrittenByTheTeamAndPrinted() {
        long placement = placementOf(lea).id();
        AttendanceDetails empty = periods.attendance(teacher, placement);
        AttendanceDetails saved = periods.updateAttendance(teacher, placement, new AttendanceDetails("Marc DUPUIS", "12 avenue Jean Jaurès, 69007 Lyon",
                "8 rue des Lilas, 69100 Villeurbanne", new BigDecimal("137.5"), "Aucune", "Lyon", empty.version()));
        assertEquals(new BigDecimal("137.5"), saved.totalHours());
        assertEquals(saved, periods.attendance(teacher, placement));
        PlacementDocument document = periods.document(lea.caller(), placement);
        assertEquals("Marc DUPUIS", document.attendance().representativeName());
        assertEquals("8 rue des Lilas, 69100 Villeurbanne", document.attendance().learnerAddress());

        AttendanceDetails whole = periods.updateAttendance(teacher, placement, new AttendanceDetails(null, null, null, new BigDecimal("140"), null, null,
                saved.version()));
        assertEquals(0, new BigDecimal("140").compareTo(whole.totalHours()));
        for (String hours : new String[] {"-1", "2000.5", "137.25"}) {
            refused(Category.INVALID, "hours-out-of-range", () -> periods.updateAttendance(teacher, placement,
                    new AttendanceDetails(null, null, null, new BigDecimal(hours), null, null, whole.version())));
        }
        refused(Category.CONFLICT, "stale-version", () -> periods.updateAttendance(teacher, placement,
                new AttendanceDetails("X", null, null, null, null, null, saved.version())));
        refused(Category.FORBIDDEN, "role-not-allowed", () -> periods.attendance(lea.caller(), placement));
        refused(Category.FORBIDDEN, "role-not-allowed", () -> periods.updateAttendance(lea.caller(), placement,
                new AttendanceDetails("X", null, null, null, null, null, whole.version())));
    }

    @Test
    public void anApprenticeHasNeitherPreAgreementNorAttendanceCertificate() {
        long placement = placementOf(yanis).id();
        refused(Category.INVALID, "no-agreement-for-apprentice", () -> periods.preAgreement(teacher, placement));
        refused(Category.INVALID, "no-agreement-for-apprentice", () -> periods.document(yanis.caller(), placement));
        refused(Category.INVALID, "no-agreement-for-apprentice", () -> periods.attendance(teacher, placement));
    }

    @Test
    public void aDocumentNamesTheReferentTeacherAndCarriesTheLogoAndTheStamp() {
        byte[] logo = {1, 2, 3};
        byte[] stamp = {4, 5};
        DB.jpa().tx(TransactionType.Required, em -> {
            LearnerEntity learner = em.find(LearnerEntity.class, lea.learnerId());
            PersonEntity referent = em.find(PersonEntity.class, teacher.personId());
            learner.assign(referent, null);
            EstablishmentEntity school = em.find(EstablishmentEntity.class, establishment);
            school.image("logo", logo, "image/png");
            school.image("stamp", stamp, "image/png");
        });
        PlacementDocument document = periods.preAgreement(lea.caller(), placementOf(lea).id());
        PersonEntity referent = DB.jpa().txExpr(TransactionType.Supports, em -> em.find(PersonEntity.class, teacher.personId()));
        assertEquals(referent.firstName() + " " + referent.familyName(), document.learner().referentTeacher());
        assertArrayEquals(logo, document.school().logo());
        assertArrayEquals(stamp, document.school().stamp());
    }
}
