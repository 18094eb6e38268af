package org.passerelle.core.internal.organisation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.passerelle.core.DomainException;
import org.passerelle.core.internal.imports.LargeSiecleExport;
import org.passerelle.core.organisation.Establishment;
import org.passerelle.core.organisation.EstablishmentForm;
import org.passerelle.core.organisation.ImportReport;
import org.passerelle.core.organisation.ImportReport.Held;
import org.passerelle.core.organisation.Learner;
import org.passerelle.core.organisation.LearnerForm;
import org.passerelle.core.organisation.LearnerStatus;
import org.passerelle.core.organisation.SchoolYear;
import org.passerelle.core.security.Caller;
import org.passerelle.core.security.Role;
import org.passerelle.core.security.SignedIn;
import org.passerelle.core.testing.CoreServices;
import org.passerelle.core.testing.Fixtures;
import org.passerelle.core.testing.TestDatabase;

/**
 * Imports end to end on the database, with issue 10's field cases as the school sends them, in an establishment shaped
 * like the sample one (classes 2PMIA, 1MSPC, 1MELEC, CAP1ELEC; Léa PETIT, INE 0000000001A, born 14/09/2010, 2PMIA).
 * A database per test: the field cases share INEs, which are unique nationally.
 */
public class LearnerImportTest {

    @Rule
    public final TestDatabase db = new TestDatabase();

    private CoreServices core;
    private JpaOrganisationService organisation;
    private Caller ddfpt;
    private long establishment;
    private Learner lea;

    @Before
    public void sampleEstablishment() {
        core = new CoreServices(db, "MELEC");
        organisation = core.organisation;
        // The sample establishment's UAI: the SIECLE field cases say they are its exports.
        Establishment created = organisation.createEstablishment(core.fixtures.platformAdmin(), new EstablishmentForm("0690001A",
                "Lycée des métiers", "1 rue de l'École", "ce@lycee.fr", null));
        establishment = created.id();
        ddfpt = core.fixtures.person(Role.DDFPT, establishment);
        long level = organisation.createClassLevel(ddfpt, establishment, "MELEC", SchoolYear.PREMIERE, "1re MELEC").id();
        Map<String, Long> classes = List.of("2PMIA", "1MSPC", "1MELEC", "CAP1ELEC").stream()
                .collect(Collectors.toMap(Function.identity(), code -> organisation.createClass(ddfpt, establishment, code, code, level).id()));
        lea = organisation.createLearner(ddfpt, establishment, new LearnerForm("PETIT", "Léa", "0000000001A", "2010-09-14", LearnerStatus.PUPIL,
                classes.get("2PMIA"), null, null)).record();
    }

    @Test
    public void anotherPupilsRowOnLeasIneIsHeldWithBothIdentitiesAndNeverApplied() {
        ImportReport preview = csv("csv-ine-of-another-pupil.csv", false, Set.of());
        assertEquals(List.of(), preview.toUpdate());
        Held held = preview.held().get(0);
        assertEquals(Held.INE_OF_ANOTHER_LEARNER, held.kind());
        assertFalse(held.confirmable());
        assertEquals(new ImportReport.Identity("0000000001A", "GARNIER", "Tom", "02/02/2009", "1MSPC"), held.inFile());
        assertEquals(new ImportReport.Identity("0000000001A", "PETIT", "Léa", "14/09/2010", "2PMIA"), held.existing());

        // Applying, even "confirming" the line, leaves Léa as she is.
        ImportReport applied = csv("csv-ine-of-another-pupil.csv", true, Set.of(2));
        assertEquals(1, applied.held().size());
        Learner after = organisation.learner(ddfpt, lea.id());
        assertEquals(List.of("PETIT", "Léa", LocalDate.of(2010, 9, 14), "2PMIA"),
                List.of(after.familyName(), after.firstName(), after.birthDate(), after.classCode()));
        assertEquals(lea.version(), after.version());
    }

    @Test
    public void leaUnderANewIneIsAProbableDuplicateCreatedOnlyWhenConfirmed() {
        ImportReport preview = csv("csv-same-person-new-ine.csv", false, Set.of());
        assertEquals(List.of(), preview.toCreate());
        Held held = preview.held().get(0);
        assertEquals(Held.PROBABLE_DUPLICATE, held.kind());
        assertTrue(held.confirmable());
        assertEquals("0000000091A", held.inFile().ine());
        assertEquals("0000000001A", held.existing().ine());

        csv("csv-same-person-new-ine.csv", true, Set.of());
        assertEquals("not created without a decision", 1, organisation.learners(ddfpt, establishment, null).size());

        ImportReport confirmed = csv("csv-same-person-new-ine.csv", true, Set.of(2));
        assertEquals(List.of(), confirmed.held());
        assertEquals(1, confirmed.toCreate().size());
        assertEquals(2, organisation.learners(ddfpt, establishment, null).size());
    }

    @Test
    public void aDepartureInSiecleClosesTheAccountAndLeavesTheClassButKeepsTheRecord() {
        String password = organisation.resetPassword(core.fixtures.person(Role.ADMIN, establishment), lea.personId());
        SignedIn session = core.authentication.signIn(lea.login(), password, "127.0.0.1");

        ImportReport preview = siecle("siecle-known-pupil-left.xml", false);
        assertEquals(1, preview.departures().size());
        assertEquals(List.of("sortie le 15/11/2026 : quitte la classe 2PMIA, compte fermé et accès des tuteurs retirés (son historique est conservé)"),
                preview.departures().get(0).changes());
        assertEquals(List.of(), preview.refused());
        assertEquals("the preview writes nothing", "2PMIA", organisation.learner(ddfpt, lea.id()).classCode());

        // Her tutor's link to her folder stops working with her departure.
        Caller teacher = core.fixtures.person(Role.TEACHER, establishment);
        long level = organisation.classLevels(ddfpt, establishment).get(0).id();
        long annex = core.periods.createAnnex(teacher, establishment, new org.passerelle.core.periods.AnnexForm(level, "Annexe", List.of("Observer"),
                List.of(), null)).id();
        long period = core.periods.createPeriod(teacher, annex, new org.passerelle.core.periods.PeriodInformation("PFMP 1",
                org.passerelle.core.periods.PeriodKind.PERIOD_1, LocalDate.now().plusDays(30).toString(), LocalDate.now().plusDays(50).toString()),
                List.of(lea.id())).id();
        long placement = core.periods.placements(teacher, period).get(0).id();
        long tutor = core.periods.createTutor(teacher, placement, "DUPUIS", "Marc", "marc.dupuis@atelier.example").tutor().id();
        core.periods.sendTutorLink(teacher, placement, "https://passerelle.test/#/acces/");

        siecle("siecle-known-pupil-left.xml", true);
        assertTrue("the tutor's link is revoked", core.trainerLinks.links(teacher, tutor).stream().allMatch(l -> l.revokedAt() != null));
        Learner left = organisation.learner(ddfpt, lea.id());
        assertNull(left.classCode());
        assertEquals(LocalDate.of(2026, 11, 15), left.leftOn());
        assertTrue("her session ends", core.authentication.authenticate(session.token()).isEmpty());
        DomainException refused = assertThrows(DomainException.class, () -> core.authentication.signIn(lea.login(), password, "127.0.0.1"));
        assertEquals("invalid-credentials", refused.kind());

        ImportReport again = siecle("siecle-known-pupil-left.xml", false);
        assertEquals("a departure is recorded once", 1, again.unchanged().size());

        // Back in a later file without exit date: enrolled again, account open.
        ImportReport back = csvText("nom;prenom;ine;date_naissance;classe\nPETIT;Léa;0000000001A;14/09/2010;1MSPC\n", true);
        assertEquals(List.of("retour dans l'établissement (sorti(e) le 15/11/2026), compte rouvert", "classe : — → 1MSPC"),
                back.toUpdate().get(0).changes());
        assertEquals("1MSPC", organisation.learner(ddfpt, lea.id()).classCode());
        assertNull(organisation.learner(ddfpt, lea.id()).leftOn());
        assertEquals(lea.login(), core.authentication.signIn(lea.login(), password, "127.0.0.1").caller().login());
    }

    @Test
    public void anotherSchoolsSiecleExportIsRefusedWhole() throws Exception {
        String file;
        try (InputStream in = fieldCase("siecle-known-pupil-left.xml")) {
            file = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        for (String other : List.of(file.replace("0690001A", "0750099Z"), file.replace("<PARAMETRES><UAJ>0690001A</UAJ></PARAMETRES>", ""))) {
            DomainException refused = assertThrows(DomainException.class, () -> organisation.importSiecle(ddfpt, establishment,
                    new ByteArrayInputStream(other.getBytes(java.nio.charset.StandardCharsets.UTF_8)), true, Set.of()));
            assertEquals("unusable-import", refused.kind());
        }
        assertEquals("Léa keeps her class", "2PMIA", organisation.learner(ddfpt, lea.id()).classCode());
    }

    @Test
    public void previewAndApplyJudgeATooLongNameTheSameWay() {
        ImportReport preview = csv("csv-name-over-100.csv", false, Set.of());
        ImportReport applied = csv("csv-name-over-100.csv", true, Set.of());
        for (ImportReport report : List.of(preview, applied)) {
            assertEquals(List.of("COURT"), report.toCreate().stream().map(ImportReport.Line::familyName).toList());
            assertEquals(List.of(new ImportReport.Refusal(2, "nom", "Ce nom compte 103 caractères : 100 au plus.")), report.refused());
        }
        assertEquals(2, organisation.learners(ddfpt, establishment, null).size());
    }

    @Test
    public void loginsAreReadableAscii() {
        csv("csv-names-for-logins.csv", true, Set.of());
        assertEquals(Set.of("lea.petit", "laetitia.leboeuf", "lukasz.kowalski", "isil.kilic"),
                organisation.learners(ddfpt, establishment, null).stream().map(Learner::login).collect(Collectors.toSet()));
    }

    @Test
    public void excelWindows1252WithFrenchHeadersIsImported() {
        ImportReport applied = csv("csv-excel-windows-1252.csv", true, Set.of());
        assertEquals("windows-1252", applied.encoding());
        assertEquals(List.of("N'DIAYE", "LEFÈVRE-DUPONT", "de La Tour"), applied.toCreate().stream().map(ImportReport.Line::familyName).toList());
        assertEquals(List.of(5, 5, 6), applied.refused().stream().map(ImportReport.Refusal::line).toList());
        ImportReport extra = csv("csv-extra-columns.csv", false, Set.of());
        assertEquals(List.of("Sexe", "Régime", "Options"), extra.ignoredColumns());
        assertEquals(1, extra.toCreate().size());
    }

    @Test
    public void decomposedAccentsAreNoChange() {
        ImportReport preview = csv("csv-decomposed-accents.csv", false, Set.of());
        assertEquals(1, preview.unchanged().size());
        assertEquals(List.of(), preview.toUpdate());
    }

    /** The field case siecle-large-school.py at 6,000 pupils (12.3 MB); the time is printed, not asserted (README, Benchmark). */
    @Test
    public void aSixThousandPupilSiecleExportIsImported() {
        byte[] export = LargeSiecleExport.of(6_000, 4_000_000_000L);
        long start = System.nanoTime();
        ImportReport preview = organisation.importSiecle(ddfpt, establishment, new ByteArrayInputStream(export), false, Set.of());
        long previewed = System.nanoTime();
        ImportReport applied = organisation.importSiecle(ddfpt, establishment, new ByteArrayInputStream(export), true, Set.of());
        long done = System.nanoTime();
        ImportReport again = organisation.importSiecle(ddfpt, establishment, new ByteArrayInputStream(export), false, Set.of());
        System.out.printf("SIECLE 6,000 pupils, %d bytes: preview %d ms, apply %d ms, re-import preview %d ms%n", export.length,
                (previewed - start) / 1_000_000, (done - previewed) / 1_000_000, (System.nanoTime() - done) / 1_000_000);
        assertEquals(6_000, preview.toCreate().size());
        assertEquals(6_000, applied.toCreate().size());
        assertEquals(6_000, again.unchanged().size());
        assertEquals(6_001, organisation.learners(ddfpt, establishment, null).size());
    }

    private ImportReport csv(String fieldCase, boolean apply, Set<Integer> confirmed) {
        try (InputStream in = fieldCase(fieldCase)) {
            return organisation.importCsv(ddfpt, establishment, in, null, apply, confirmed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ImportReport csvText(String text, boolean apply) {
        return organisation.importCsv(ddfpt, establishment, new ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                null, apply, Set.of());
    }

    private ImportReport siecle(String fieldCase, boolean apply) {
        try (InputStream in = fieldCase(fieldCase)) {
            return organisation.importSiecle(ddfpt, establishment, in, apply, Set.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream fieldCase(String name) {
        InputStream in = LearnerImportTest.class.getResourceAsStream("/imports/field-cases/" + name);
        if (in == null) {
            throw new IllegalArgumentException(name);
        }
        return in;
    }
}
