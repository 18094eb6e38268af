package org.passerelle.core.internal.periods;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.List;
import org.apache.aries.jpa.template.TransactionType;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.function.ThrowingRunnable;
import org.passerelle.core.DomainException;
import org.passerelle.core.DomainException.Category;
import org.passerelle.core.internal.evaluation.CompanyReviewEntity;
import org.passerelle.core.internal.evaluation.IntermediateReviewEntity;
import org.passerelle.core.internal.organisation.LearnerEntity;
import org.passerelle.core.followup.SheetSummary;
import org.passerelle.core.periods.Annex;
import org.passerelle.core.periods.AnnexForm;
import org.passerelle.core.periods.Period;
import org.passerelle.core.periods.PeriodInformation;
import org.passerelle.core.periods.PeriodKind;
import org.passerelle.core.periods.Placement;
import org.passerelle.core.security.Caller;
import org.passerelle.core.security.Role;
import org.passerelle.core.testing.CoreServices;
import org.passerelle.core.testing.Fixtures.Pupil;
import org.passerelle.core.testing.TestDatabase;

/**
 * Annexes and periods through {@link JpaPeriodService}, end to end on the database: a period made from an annex, the
 * 409 on a stale version, the locks, and the 30-day restore window of a deleted period with a clock the test moves.
 */
public class PeriodServiceTest {

    @ClassRule
    public static final TestDatabase DB = new TestDatabase();

    private static final Duration RESTORE_WINDOW = Duration.ofDays(30);
    private static final PeriodInformation PFMP_1 = new PeriodInformation("PFMP 1 — découverte", PeriodKind.PERIOD_1, "2025-11-03", "2025-11-28");

    private CoreServices core;
    private JpaPeriodService periods;
    private long establishment;
    private long level;
    private Caller teacher;
    private Pupil lea;
    private Pupil hugo;

    @Before
    public void setUp() {
        core = new CoreServices(DB, "MELEC");
        periods = core.periods;
        establishment = core.fixtures.establishment();
        level = core.fixtures.classLevel(establishment, "MELEC");
        long classId = core.fixtures.schoolClass(establishment, level);
        teacher = core.fixtures.person(Role.TEACHER, establishment);
        lea = core.fixtures.learner(establishment, classId);
        hugo = core.fixtures.learner(establishment, classId);
    }

    private static DomainException refused(Category category, String kind, ThrowingRunnable action) {
        DomainException e = assertThrows(DomainException.class, action);
        assertEquals(e.kind() + " " + e.field(), category, e.category());
        assertEquals(kind, e.kind());
        return e;
    }

    private Annex annex() {
        return periods.createAnnex(teacher, establishment, new AnnexForm(level, "Annexe PFMP 1re MELEC",
                List.of("Découvrir l'entreprise", "Participer à une installation"), List.of("T1-1", "T2-3"), null));
    }

    private Period period() {
        return periods.createPeriod(teacher, annex().id(), PFMP_1, List.of(lea.learnerId(), hugo.learnerId()));
    }

    private Placement placementOf(Period period, Pupil pupil) {
        return periods.placements(teacher, period.id()).stream().filter(p -> p.learnerId() == pupil.learnerId()).findFirst().orElseThrow();
    }

    @Test
    public void anAnnexPinsTheActiveReferentialVersionAndAPeriodStartsAsItsCopy() {
        Annex annex = annex();
        assertEquals("MELEC", annex.referentialCode());
        assertEquals("1.0", annex.referentialVersion());

        Period period = periods.createPeriod(teacher, annex.id(), PFMP_1, List.of(hugo.learnerId(), lea.learnerId()));

        assertEquals(annex.objectives(), period.objectives());
        assertEquals(annex.tasks(), period.tasks());
        assertEquals(2, period.learnerIds().size());
        List<Placement> placements = periods.placements(teacher, period.id());
        assertEquals(2, placements.size());
        for (Placement placement : placements) {
            assertEquals(List.of("T1-1", "T2-3"), placement.tasks());
            assertFalse(placement.individualised());
        }
        // Editing the period never changes its annex; sheets that were not individualised follow the period.
        periods.updateTasks(teacher, period.id(), List.of("T1-2"), period.version());
        assertEquals(List.of("T1-1", "T2-3"), periods.annexes(teacher, establishment).stream().filter(a -> a.id() == annex.id()).findFirst()
                .orElseThrow().tasks());
        assertEquals(List.of("T1-2"), placementOf(period, lea).tasks());
    }

    @Test
    public void aTaskTheReferentialDoesNotHaveIsRefusedNamingIt() {
        DomainException e = refused(Category.INVALID, "unknown-task", () -> periods.createAnnex(teacher, establishment,
                new AnnexForm(level, "Annexe", List.of(), List.of("T1-1", "T9-9"), null)));
        assertEquals("tasks[1]", e.field());
    }

    @Test
    public void aStaleVersionIsAConflictThatCarriesTheCurrentPeriod() {
        Period period = period();
        Period renamed = periods.updateInformation(teacher, period.id(), new PeriodInformation("PFMP 1 — atelier", PeriodKind.PERIOD_1,
                "2025-11-03", "2025-11-28"), period.version());

        DomainException stale = refused(Category.CONFLICT, "stale-version", () -> periods.updateInformation(teacher, period.id(),
                new PeriodInformation("PFMP 1 — chantier", PeriodKind.PERIOD_1, "2025-11-03", "2025-11-28"), period.version()));

        assertEquals(renamed, stale.current());
        assertEquals("PFMP 1 — atelier", periods.period(teacher, period.id()).name());
    }

    @Test
    public void aDeletedPeriodIsRestoredWithinThirtyDaysWithTheSheetsItsLearnersWrote() {
        Period period = period();
        long leaPlacement = placementOf(period, lea).id();
        SheetSummary sheet = core.followUp.createSheet(lea.caller(), leaPlacement, "Pose d'un tableau électrique");
        assertEquals(core.clock.instant(), sheet.createdAt());

        refused(Category.INVALID, "confirmation-required", () -> periods.deletePeriod(teacher, period.id(), false));
        periods.deletePeriod(teacher, period.id(), true);

        refused(Category.NOT_FOUND, "period-not-found", () -> periods.period(teacher, period.id()));
        assertTrue(periods.periods(teacher, establishment, null).stream().noneMatch(p -> p.id() == period.id()));
        List<SheetSummary> free = core.followUp.freeSheets(lea.caller(), lea.learnerId());
        assertEquals("the sheet went to Léa's free sheets", List.of(sheet.id()), free.stream().map(SheetSummary::id).toList());
        assertEquals(period.name(), free.get(0).formerPeriodName());

        core.clock.advance(RESTORE_WINDOW.minusSeconds(1));
        assertEquals(List.of(period.id()), periods.deletedPeriods(teacher, establishment).stream().map(Period::id).toList());
        Period restored = periods.restorePeriod(teacher, period.id());

        assertEquals(period.name(), restored.name());
        assertEquals(List.of(), core.followUp.freeSheets(lea.caller(), lea.learnerId()));
        // Back with the period: Léa's sheet, and the first sheet made with her placement, which waited untouched.
        List<SheetSummary> back = core.followUp.sheets(teacher, leaPlacement);
        assertEquals(List.of("Fiche activité 1", "Pose d'un tableau électrique"), back.stream().map(SheetSummary::title).toList());
        assertEquals(sheet.id(), back.get(1).id());
        assertNull(back.get(1).formerPeriodName());
        assertEquals(List.of(), periods.deletedPeriods(teacher, establishment));
    }

    @Test
    public void thirtyDaysAfterItsDeletionAPeriodIsNoLongerRestorableNorListed() {
        Period period = period();
        periods.deletePeriod(teacher, period.id(), true);

        core.clock.advance(RESTORE_WINDOW.plusMillis(1));

        assertEquals(List.of(), periods.deletedPeriods(teacher, establishment));
        DomainException expired = refused(Category.CONFLICT, "restore-expired", () -> periods.restorePeriod(teacher, period.id()));
        assertEquals(List.of(period.name()), List.of(expired.args()));
    }

    @Test
    public void periodsAreTheirEstablishmentsAndALearnerReadsOnlyTheirOwn() {
        Period period = periods.createPeriod(teacher, annex().id(), PFMP_1, List.of(lea.learnerId()));
        long elsewhere = core.fixtures.establishment();
        Caller teacherElsewhere = core.fixtures.person(Role.TEACHER, elsewhere);

        refused(Category.NOT_FOUND, "period-not-found", () -> periods.period(teacherElsewhere, period.id()));
        refused(Category.NOT_FOUND, "period-not-found", () -> periods.deletePeriod(teacherElsewhere, period.id(), true));
        assertEquals(period.id(), periods.period(lea.caller(), period.id()).id());
        refused(Category.NOT_FOUND, "period-not-found", () -> periods.period(hugo.caller(), period.id()));
        refused(Category.FORBIDDEN, "role-not-allowed", () -> periods.deletePeriod(lea.caller(), period.id(), true));
        refused(Category.UNAUTHENTICATED, "not-signed-in", () -> periods.period(null, period.id()));
        refused(Category.INVALID, "unknown-learner", () -> periods.createPeriod(teacher, annex().id(), PFMP_1,
                List.of(core.fixtures.learner(elsewhere, null).learnerId())));
    }

    /** DOMAIN.md, Locks: a company review on or before a finalised intermediate review locks its period. */
    @Test
    public void aPeriodWhoseCompanyReviewIsTakenIntoAccountCanNeitherBeEditedNorDeleted() {
        Period period = period();
        long placement = placementOf(period, lea).id();
        DB.jpa().tx(TransactionType.Required, em -> {
            em.persist(new CompanyReviewEntity(em.find(PlacementEntity.class, placement), "2025-11-27"));
            em.persist(new IntermediateReviewEntity(em.find(LearnerEntity.class, lea.learnerId()), "2025-12-15", true));
        });

        assertTrue(periods.period(teacher, period.id()).locked());
        refused(Category.CONFLICT, "period-locked", () -> periods.updateInformation(teacher, period.id(), PFMP_1, period.version()));
        refused(Category.CONFLICT, "period-locked", () -> periods.deletePeriod(teacher, period.id(), true));
    }
}
