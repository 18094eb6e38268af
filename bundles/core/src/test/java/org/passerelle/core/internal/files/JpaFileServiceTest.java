package org.passerelle.core.internal.files;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import org.apache.aries.jpa.template.TransactionType;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.function.ThrowingRunnable;
import org.passerelle.core.DomainException;
import org.passerelle.core.DomainException.Category;
import org.passerelle.core.files.FileContent;
import org.passerelle.core.files.LearnerFiles;
import org.passerelle.core.files.StoredFile;
import org.passerelle.core.internal.common.ConflictTranslatingJpaTemplate;
import org.passerelle.core.organisation.LearnerStatus;
import org.passerelle.core.periods.AnnexForm;
import org.passerelle.core.periods.Period;
import org.passerelle.core.periods.PeriodInformation;
import org.passerelle.core.periods.PeriodKind;
import org.passerelle.core.security.Caller;
import org.passerelle.core.security.Role;
import org.passerelle.core.testing.CoreServices;
import org.passerelle.core.testing.Fixtures.Pupil;
import org.passerelle.core.testing.TestDatabase;

/**
 * {@link JpaFileService} on the migrated schema: the per-file limit and the quota to the byte (with 64 KiB and 192 KiB, as
 * etc/org.passerelle.files.cfg could set them), nothing stored on a refusal, the bytes back as sent, and who may
 * upload and read.
 */
public class JpaFileServiceTest {

    @ClassRule
    public static final TestDatabase DB = new TestDatabase();

    private static final int MAX = 64 * 1024;
    private static final int QUOTA = 3 * MAX;

    private CoreServices core;
    private JpaFileService files;
    private long establishment;
    private Caller teacher;
    private Caller master;
    private Pupil lea;
    private Pupil hugo;
    private Pupil apprentice;

    @Before
    public void setUp() {
        core = new CoreServices(DB, "MELEC");
        files = new JpaFileService(new ConflictTranslatingJpaTemplate(DB.jpa()), FileSettings.fromConfiguration(String.valueOf(MAX), String.valueOf(QUOTA)),
                core.clock, new org.passerelle.core.internal.followup.PlacementFiles(core.referentials));
        establishment = core.fixtures.establishment();
        long level = core.fixtures.classLevel(establishment, "MELEC");
        long classId = core.fixtures.schoolClass(establishment, level);
        teacher = core.fixtures.person(Role.TEACHER, establishment);
        master = core.fixtures.person(Role.MASTER, establishment);
        lea = core.fixtures.learner(establishment, classId);
        hugo = core.fixtures.learner(establishment, classId);
        apprentice = core.fixtures.learner(establishment, classId, master.personId(), LearnerStatus.APPRENTICE);
    }

    private static DomainException refused(Category category, String kind, ThrowingRunnable action) {
        DomainException e = assertThrows(DomainException.class, action);
        assertEquals(e.kind() + " " + e.field(), category, e.category());
        assertEquals(kind, e.kind());
        return e;
    }

    private static byte[] text(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) 'a');
        return bytes;
    }

    private StoredFile upload(Caller caller, long learnerId, String name, byte[] bytes) {
        return files.upload(caller, learnerId, name, "application/octet-stream", new ByteArrayInputStream(bytes));
    }

    private long storedCount(long learnerId) {
        return DB.jpa().txExpr(TransactionType.Supports, em -> em.createQuery("SELECT COUNT(f) FROM StoredFileEntity f WHERE f.learner.id = :l", Long.class)
                .setParameter("l", learnerId).getSingleResult());
    }

    @Test
    public void theLearnerUploadsAndGetsTheSameBytesBack() {
        byte[] pdf = Samples.real("attestation.pdf");
        StoredFile stored = upload(lea.caller(), lea.learnerId(), "C:\\Mes documents\\Attestation de présence.txt", pdf);
        assertEquals("Attestation de présence.txt", stored.name());
        assertEquals("application/pdf", stored.mediaType());
        assertEquals(pdf.length, stored.size());
        assertEquals(lea.learnerId(), stored.learnerId());
        assertTrue(stored.uploadedBy().startsWith("Prénom"));
        assertEquals(stored.createdAt().toEpochMilli(), core.clock.millis());

        FileContent content = files.content(lea.caller(), stored.id());
        assertArrayEquals(pdf, content.bytes());
        assertEquals(stored, content.file());
        assertEquals(stored, files.file(teacher, stored.id()));
        String sha = DB.jpa().txExpr(TransactionType.Supports, em -> em.find(StoredFileEntity.class, stored.id()).sha256());
        assertEquals(64, sha.length());

        LearnerFiles listed = files.files(teacher, lea.learnerId());
        assertEquals(List.of(stored), listed.files());
        assertEquals(pdf.length, listed.usedBytes());
        assertEquals(QUOTA, listed.quotaBytes());
        assertEquals(MAX, listed.maxFileBytes());
    }

    @Test
    public void aFileExactlyAtTheLimitPassesAndOneByteMoreIsRefused() {
        assertEquals(MAX, upload(lea.caller(), lea.learnerId(), "a.txt", text(MAX)).size());
        DomainException e = refused(Category.TOO_LARGE, "file-too-large", () -> upload(lea.caller(), lea.learnerId(), "b.txt", text(MAX + 1)));
        assertEquals("file", e.field());
        assertEquals("0,06", e.args()[0]);
        assertEquals(1, storedCount(lea.learnerId()));
    }

    @Test
    public void theStreamIsReadNoFurtherThanOneBytePastTheLimit() {
        int[] read = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                read[0]++;
                return 'a';
            }
        };
        refused(Category.TOO_LARGE, "file-too-large", () -> files.upload(lea.caller(), lea.learnerId(), "x.txt", "text/plain", endless));
        assertEquals(MAX + 1, read[0]);
    }

    @Test
    public void theQuotaIsTheSumToTheByte() {
        upload(lea.caller(), lea.learnerId(), "1.txt", text(MAX));
        upload(lea.caller(), lea.learnerId(), "2.txt", text(MAX));
        upload(teacher, lea.learnerId(), "3.txt", text(MAX - 1));
        // The quota less one byte used: one byte fills it exactly, a second goes past.
        upload(lea.caller(), lea.learnerId(), "4.txt", text(1));
        DomainException e = refused(Category.TOO_LARGE, "quota-exceeded", () -> upload(lea.caller(), lea.learnerId(), "5.txt", text(1)));
        assertEquals("0,18", e.args()[0]);
        assertEquals("0,18", e.args()[1]);
        assertEquals(4, storedCount(lea.learnerId()));
        assertEquals(QUOTA, files.files(lea.caller(), lea.learnerId()).usedBytes());
        // Another learner's room is their own.
        upload(hugo.caller(), hugo.learnerId(), "1.txt", text(MAX));
    }

    @Test
    public void twoUploadsAtOnceCannotBothSqueezeUnderTheQuota() throws Exception {
        upload(lea.caller(), lea.learnerId(), "1.txt", text(MAX));
        upload(lea.caller(), lea.learnerId(), "2.txt", text(MAX));
        // Room for one more: both requests have read their bytes before either writes.
        java.util.concurrent.CyclicBarrier bothRead = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<String>> outcomes = new java.util.ArrayList<>();
            for (int i = 0; i < 2; i++) {
                outcomes.add(pool.submit(() -> {
                    InputStream content = new java.io.SequenceInputStream(new ByteArrayInputStream(text(MAX)), new InputStream() {
                        @Override
                        public int read() throws IOException {
                            try {
                                bothRead.await(10, java.util.concurrent.TimeUnit.SECONDS);
                            } catch (Exception e) {
                                throw new IOException(e);
                            }
                            return -1;
                        }
                    });
                    try {
                        files.upload(lea.caller(), lea.learnerId(), "3.txt", "text/plain", content);
                        return "stored";
                    } catch (DomainException e) {
                        return e.kind();
                    }
                }));
            }
            List<String> kinds = new java.util.ArrayList<>();
            for (var outcome : outcomes) {
                kinds.add(outcome.get(30, java.util.concurrent.TimeUnit.SECONDS));
            }
            java.util.Collections.sort(kinds);
            assertEquals(List.of("quota-exceeded", "stored"), kinds);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(QUOTA, files.files(teacher, lea.learnerId()).usedBytes());
    }

    @Test
    public void refusedTypesAndEmptyFilesStoreNothing() {
        refused(Category.UNSUPPORTED_TYPE, "file-type-refused", () -> upload(lea.caller(), lea.learnerId(), "photo.jpg", Samples.exe()));
        refused(Category.UNSUPPORTED_TYPE, "file-type-refused", () -> upload(lea.caller(), lea.learnerId(), "page.txt",
                Samples.utf8("<html><script>alert(1)</script></html>")));
        refused(Category.INVALID, "required", () -> upload(lea.caller(), lea.learnerId(), "vide.txt", new byte[0]));
        refused(Category.INVALID, "unreadable-upload", () -> files.upload(lea.caller(), lea.learnerId(), "x", null, new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        }));
        assertEquals(0, storedCount(lea.learnerId()));
    }

    @Test
    public void theNameOrDeclaredTypeNeverDecideTheType() {
        StoredFile docx = files.upload(lea.caller(), lea.learnerId(), "photo.jpg", "image/jpeg", new ByteArrayInputStream(Samples.real("rapport.docx")));
        assertEquals(FileTypes.DOCX, docx.mediaType());
        assertEquals("photo.jpg", docx.name());
    }

    @Test
    public void whoUploads() {
        upload(teacher, lea.learnerId(), "calendrier.ods", Samples.real("calendrier.ods"));
        upload(core.fixtures.person(Role.DDFPT, establishment), lea.learnerId(), "a.txt", text(3));
        refused(Category.NOT_FOUND, "learner-not-found", () -> upload(hugo.caller(), lea.learnerId(), "a.txt", text(3)));
        refused(Category.FORBIDDEN, "role-not-allowed", () -> upload(master, apprentice.learnerId(), "a.txt", text(3)));
        refused(Category.FORBIDDEN, "role-not-allowed", () -> upload(tutorOf(placementOf(lea)), lea.learnerId(), "a.txt", text(3)));
        long elsewhere = core.fixtures.establishment();
        refused(Category.NOT_FOUND, "learner-not-found", () -> upload(core.fixtures.person(Role.TEACHER, elsewhere), lea.learnerId(), "a.txt", text(3)));
        refused(Category.NOT_FOUND, "learner-not-found", () -> upload(teacher, 987_654_321L, "a.txt", text(3)));
        refused(Category.UNAUTHENTICATED, "not-signed-in", () -> upload(null, lea.learnerId(), "a.txt", text(3)));
        assertEquals(2, storedCount(lea.learnerId()));
    }

    @Test
    public void whoReads() {
        StoredFile leas = upload(lea.caller(), lea.learnerId(), "a.txt", text(3));
        StoredFile apprentices = upload(apprentice.caller(), apprentice.learnerId(), "b.txt", text(3));
        // The apprentice's master reads their files, not another learner's.
        assertEquals(apprentices, files.file(master, apprentices.id()));
        assertEquals(1, files.files(master, apprentice.learnerId()).files().size());
        refused(Category.NOT_FOUND, "file-not-found", () -> files.file(master, leas.id()));
        refused(Category.NOT_FOUND, "learner-not-found", () -> files.files(master, lea.learnerId()));
        // Another learner: as if it did not exist.
        refused(Category.NOT_FOUND, "file-not-found", () -> files.content(hugo.caller(), leas.id()));
        refused(Category.NOT_FOUND, "learner-not-found", () -> files.files(hugo.caller(), lea.learnerId()));
        refused(Category.NOT_FOUND, "file-not-found", () -> files.file(lea.caller(), 987_654_321L));
        // Staff of another establishment.
        Caller stranger = core.fixtures.person(Role.ADMIN, core.fixtures.establishment());
        refused(Category.NOT_FOUND, "file-not-found", () -> files.content(stranger, leas.id()));
        refused(Category.NOT_FOUND, "learner-not-found", () -> files.files(stranger, lea.learnerId()));
        // The platform administrator sees every establishment.
        assertEquals(leas, files.file(core.fixtures.platformAdmin(), leas.id()));
    }

    @Test
    public void aTutorReadsOnlyTheFilesTheFollowUpOfTheirPlacementNames() {
        StoredFile named = upload(lea.caller(), lea.learnerId(), "annexe.txt", text(3));
        StoredFile elsewhere = upload(lea.caller(), lea.learnerId(), "autre.txt", text(3));
        StoredFile hugos = upload(hugo.caller(), hugo.learnerId(), "b.txt", text(3));
        long placementId = placementOf(lea);
        Caller tutor = tutorOf(placementId);
        // Nothing named yet: the learner's files are theirs and their school's, not the company's.
        assertEquals(List.of(), files.files(tutor, lea.learnerId()).files());
        assertEquals(0, files.files(tutor, lea.learnerId()).usedBytes());
        refused(Category.NOT_FOUND, "file-not-found", () -> files.file(tutor, named.id()));
        // The learner attaches one file to an activity sheet of that placement: the tutor now reads that one only.
        var sheet = core.followUp.createSheet(lea.caller(), placementId, "Pose d'un tableau");
        core.followUp.saveSheetPage(lea.caller(), sheet.id(), "annexes", json("{\"fichiers\":[" + named.id() + "]}"), 0);
        assertEquals(List.of(named), files.files(tutor, lea.learnerId()).files());
        assertEquals(named.size(), files.files(tutor, lea.learnerId()).usedBytes());
        assertEquals(named, files.file(tutor, named.id()));
        assertEquals(3, files.content(tutor, named.id()).bytes().length);
        refused(Category.NOT_FOUND, "file-not-found", () -> files.content(tutor, elsewhere.id()));
        refused(Category.NOT_FOUND, "file-not-found", () -> files.content(tutor, hugos.id()));
        refused(Category.NOT_FOUND, "learner-not-found", () -> files.files(tutor, hugo.learnerId()));
        // A file named on another placement's sheet stays out of this tutor's reach.
        long other = placementOf(lea);
        var otherSheet = core.followUp.createSheet(lea.caller(), other, "Autre période");
        core.followUp.saveSheetPage(lea.caller(), otherSheet.id(), "annexes", json("{\"fichiers\":[" + elsewhere.id() + "]}"), 0);
        refused(Category.NOT_FOUND, "file-not-found", () -> files.file(tutor, elsewhere.id()));
        // The learner deletes the sheet: its files leave the tutor's view with it.
        core.followUp.deleteSheet(lea.caller(), sheet.id(), core.followUp.sheet(lea.caller(), sheet.id()).summary().version());
        refused(Category.NOT_FOUND, "file-not-found", () -> files.file(tutor, named.id()));
        // The school still reads them all; a tutor without a link's grant reads nothing.
        assertEquals(2, files.files(teacher, lea.learnerId()).files().size());
        Caller bare = new Caller(tutor.personId(), tutor.login(), Role.TUTOR, establishment);
        refused(Category.NOT_FOUND, "learner-not-found", () -> files.files(bare, lea.learnerId()));
        assertNull(bare.grant());
    }

    @Test
    public void theRestLayerFindsAFilesEstablishmentBeforeJudgingTheRequest() {
        StoredFile leas = upload(lea.caller(), lea.learnerId(), "a.txt", text(3));
        var owners = new org.passerelle.core.internal.common.JpaRecordOwners(DB.jpa());
        var file = org.passerelle.core.security.RecordOwners.Kind.FILE;
        assertEquals(java.util.OptionalLong.of(establishment), owners.establishmentOf(file, leas.id()));
        assertEquals(java.util.OptionalLong.empty(), owners.establishmentOf(file, 987_654_321L));
        assertTrue(owners.addressable(teacher, file, leas.id()));
        assertEquals(false, owners.addressable(core.fixtures.person(Role.TEACHER, core.fixtures.establishment()), file, leas.id()));
        assertEquals("file-not-found", file.notFound());
    }

    /** The pupil's placement in a new MELEC period (activity sheets). */
    private long placementOf(Pupil pupil) {
        long level = core.fixtures.classLevel(establishment, "MELEC");
        var annex = core.periods.createAnnex(teacher, establishment, new AnnexForm(level, "Annexe", List.of("Découvrir"), List.of("T1-1"), null));
        Period period = core.periods.createPeriod(teacher, annex.id(),
                new PeriodInformation("PFMP " + System.nanoTime(), PeriodKind.PERIOD_1, "2025-11-03", "2025-11-28"), List.of(pupil.learnerId()));
        return core.periods.placements(teacher, period.id()).get(0).id();
    }

    /** A tutor whose link grants this placement. */
    private Caller tutorOf(long placementId) {
        Caller person = core.fixtures.person(Role.TUTOR, establishment);
        return new Caller(person.personId(), person.login(), Role.TUTOR, establishment, "placement:" + placementId);
    }

    private static com.fasterxml.jackson.databind.JsonNode json(String text) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
