package org.passerelle.core.internal.files;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Predicate;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.passerelle.core.DomainException;
import org.passerelle.core.files.FileContent;
import org.passerelle.core.files.FileService;
import org.passerelle.core.files.LearnerFiles;
import org.passerelle.core.files.StoredFile;
import org.passerelle.core.internal.common.AccessRules;
import org.passerelle.core.internal.organisation.LearnerEntity;
import org.passerelle.core.internal.organisation.PersonEntity;
import org.passerelle.core.internal.periods.PeriodAccess;
import org.passerelle.core.security.Caller;
import org.passerelle.core.security.Role;

/**
 * {@link FileService} on JPA: the bytes in STORED_FILE, read into memory within {@link FileSettings#maxFileBytes()},
 * judged by {@link FileTypes}, named by {@link FileNames}. The quota is checked with the learner's row locked, so two
 * uploads at once cannot both squeeze under it.
 */
public final class JpaFileService implements FileService {

    private static final String SELECT_FILES = "SELECT f.id, f.learner.id, f.name, f.mediaType, f.size, f.createdAt, u.firstName, u.familyName "
            + "FROM StoredFileEntity f LEFT JOIN f.uploadedBy u ";

    private final JpaTemplate jpa;
    private final FileSettings settings;
    private final Clock clock;
    private final FileScope placementFiles;

    /** @param placementFiles the files of one placement's follow-up: all a tutor whose link grants that placement reads */
    public JpaFileService(JpaTemplate jpa, FileSettings settings, Clock clock, FileScope placementFiles) {
        this.jpa = jpa;
        this.settings = settings;
        this.clock = clock;
        this.placementFiles = placementFiles;
    }

    @Override
    public StoredFile upload(Caller caller, long learnerId, String fileName, String declaredType, InputStream content) {
        AccessRules.requireRole(caller, Role.ADMIN, Role.DDFPT, Role.TEACHER, Role.LEARNER);
        // Who may upload is judged before a byte is read: a refused caller learns nothing from how the file is judged.
        jpa.txExpr(TransactionType.Supports, em -> writableLearner(em, caller, learnerId));
        byte[] bytes = bounded(content);
        String mediaType = FileTypes.judge(bytes);
        String name = FileNames.clean(fileName);
        String sha256 = sha256(bytes);
        long now = clock.millis();
        return jpa.txExpr(TransactionType.Required, em -> {
            LearnerEntity learner = writableLearner(em, caller, learnerId);
            // Held until the commit: a second upload for this learner waits, then counts this one.
            em.refresh(learner, LockModeType.PESSIMISTIC_WRITE);
            long used = usedBytes(em, learnerId);
            if (used + bytes.length > settings.learnerQuotaBytes()) {
                throw DomainException.tooLarge("quota-exceeded", "file", megabytes(settings.learnerQuotaBytes()), megabytes(used));
            }
            StoredFileEntity file = new StoredFileEntity(learner, name, mediaType, bytes, sha256, now, em.find(PersonEntity.class, caller.personId()));
            em.persist(file);
            em.flush();
            return new StoredFile(file.id(), learnerId, name, mediaType, bytes.length, Instant.ofEpochMilli(now), uploader(file.uploadedBy()));
        });
    }

    @Override
    public LearnerFiles files(Caller caller, long learnerId) {
        AccessRules.signedIn(caller);
        return jpa.txExpr(TransactionType.Supports, em -> {
            LearnerEntity learner = em.find(LearnerEntity.class, learnerId);
            Predicate<Long> readable = learner == null ? null : readable(em, caller, learner);
            if (readable == null) {
                throw DomainException.notFound("learner-not-found", learnerId);
            }
            // A tutor's list holds only what they may open; the figure used is of those too, so it says nothing more.
            List<StoredFile> files = em.createQuery(SELECT_FILES + "WHERE f.learner.id = :l ORDER BY f.id", Object[].class)
                    .setParameter("l", learnerId).getResultList().stream().map(JpaFileService::view).filter(f -> readable.test(f.id())).toList();
            long used = files.stream().mapToLong(StoredFile::size).sum();
            return new LearnerFiles(files, used, settings.learnerQuotaBytes(), settings.maxFileBytes());
        });
    }

    @Override
    public StoredFile file(Caller caller, long fileId) {
        AccessRules.signedIn(caller);
        return jpa.txExpr(TransactionType.Supports, em -> readableFile(em, caller, fileId));
    }

    @Override
    public FileContent content(Caller caller, long fileId) {
        AccessRules.signedIn(caller);
        return jpa.txExpr(TransactionType.Supports, em -> {
            StoredFile file = readableFile(em, caller, fileId);
            return new FileContent(file, em.find(StoredFileEntity.class, fileId).content());
        });
    }

    /** The limits this service applies. */
    public FileSettings settings() {
        return settings;
    }

    private StoredFile readableFile(EntityManager em, Caller caller, long fileId) {
        List<Object[]> found = em.createQuery(SELECT_FILES + "WHERE f.id = :id", Object[].class).setParameter("id", fileId).getResultList();
        if (found.isEmpty()) {
            throw DomainException.notFound("file-not-found", fileId);
        }
        StoredFile file = view(found.get(0));
        Predicate<Long> readable = readable(em, caller, em.find(LearnerEntity.class, file.learnerId()));
        if (readable == null || !readable.test(fileId)) {
            throw DomainException.notFound("file-not-found", fileId);
        }
        return file;
    }

    /** Staff of the learner's establishment, or the learner themself (the roles were checked before). */
    private static LearnerEntity writableLearner(EntityManager em, Caller caller, long learnerId) {
        LearnerEntity learner = em.find(LearnerEntity.class, learnerId);
        boolean writes = learner != null && AccessRules.sees(caller, learner.establishment().id())
                && (caller.role().isStaff() || caller.role() == Role.LEARNER && learner.person().id() == caller.personId());
        if (!writes) {
            throw DomainException.notFound("learner-not-found", learnerId);
        }
        return learner;
    }

    /**
     * Which of the learner's files the caller reads, or null for none: all of them for the learner record's readers
     * (staff of the establishment, the learner, their master, a link granting the learner); for a tutor whose link grants
     * one of the learner's placements, the files that placement's follow-up names ("that placement only", issue 11).
     */
    Predicate<Long> readable(EntityManager em, Caller caller, LearnerEntity learner) {
        if (AccessRules.readsLearner(caller, learner.id(), learner.establishment().id(), learner.person().id(),
                learner.master() == null ? null : learner.master().id(), true)) {
            return id -> true;
        }
        return PeriodAccess.grantedPlacement(em, caller).filter(p -> p.learner().id() == learner.id())
                .map(p -> (Predicate<Long>) placementFiles.filesOf(em, p.id())::contains).orElse(null);
    }

    private static long usedBytes(EntityManager em, long learnerId) {
        Number sum = em.createQuery("SELECT SUM(f.size) FROM StoredFileEntity f WHERE f.learner.id = :l", Number.class)
                .setParameter("l", learnerId).getSingleResult();
        return sum == null ? 0 : sum.longValue();
    }

    /** The whole stream, at most {@code maxFileBytes}: one byte more is {@code 413 file-too-large}, whatever was declared. */
    private byte[] bounded(InputStream content) {
        long max = settings.maxFileBytes();
        byte[] bytes;
        try {
            bytes = content == null ? new byte[0] : content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        } catch (IOException e) {
            throw DomainException.invalid("unreadable-upload", "file");
        }
        if (bytes.length > max) {
            throw DomainException.tooLarge("file-too-large", "file", megabytes(max));
        }
        if (bytes.length == 0) {
            throw DomainException.invalid("required", "file");
        }
        return bytes;
    }

    /** Bytes in MB (MiB) as French text: "10", "0,5", "199,99" (two decimals at most, rounded down). */
    static String megabytes(long bytes) {
        BigDecimal mb = BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024L * 1024), 2, RoundingMode.DOWN).stripTrailingZeros();
        return mb.scale() <= 0 ? mb.toBigInteger().toString() : mb.toPlainString().replace('.', ',');
    }

    private static StoredFile view(Object[] row) {
        String uploader = row[6] == null && row[7] == null ? null : (row[6] + " " + row[7]).strip();
        return new StoredFile(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), (String) row[2], (String) row[3],
                ((Number) row[4]).longValue(), Instant.ofEpochMilli(((Number) row[5]).longValue()), uploader);
    }

    private static String uploader(PersonEntity person) {
        return person == null ? null : (person.firstName() + " " + person.familyName()).strip();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
