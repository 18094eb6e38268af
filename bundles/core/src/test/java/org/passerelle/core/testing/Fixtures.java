package org.passerelle.core.testing;

import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.passerelle.core.internal.organisation.ClassLevelEntity;
import org.passerelle.core.internal.organisation.EstablishmentEntity;
import org.passerelle.core.internal.organisation.LearnerEntity;
import org.passerelle.core.internal.organisation.PersonEntity;
import org.passerelle.core.internal.organisation.SchoolClassEntity;
import org.passerelle.core.organisation.LearnerStatus;
import org.passerelle.core.organisation.SchoolYear;
import org.passerelle.core.security.Caller;
import org.passerelle.core.security.Role;

/**
 * Records a test needs but does not test, written straight through JPA (no access rules, no password hashing at
 * full cost): establishments, class levels, classes, people and learners. Everything that must be unique (UAI, INE,
 * login, class code) is numbered, so the tests of one class share a database without stepping on each other.
 * Test what a service does through the service; build the world around it here.
 */
public final class Fixtures {

    /** Every fixture account's password. */
    public static final String PASSWORD = "mot-de-passe-des-tests";
    /**
     * {@link #PASSWORD} in {@code PasswordHasher}'s stored format, {@code pbkdf2-sha256$<iterations>$<salt>$<hash>}, at
     * 1 000 iterations: the format names its cost, so sign-in checks it exactly as a real hash, 600 times faster.
     */
    public static final String PASSWORD_HASH = pbkdf2(PASSWORD, 1_000);

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final JpaTemplate jpa;

    public Fixtures(JpaTemplate jpa) {
        this.jpa = jpa;
    }

    /** A learner's record and their own sign-in. */
    public record Pupil(long learnerId, Caller caller) {
    }

    /** A number never handed out before in this JVM. */
    public static int next() {
        return SEQUENCE.incrementAndGet();
    }

    /** A valid UAI (7 digits and a letter) not used before. */
    public static String uai() {
        return String.format("%07dA", next());
    }

    /** A valid INE (10 digits or capitals and a capital) not used before. */
    public static String ine() {
        return String.format("%010dK", next());
    }

    public long establishment() {
        return establishment("Lycée professionnel n° " + next());
    }

    public long establishment(String name) {
        return jpa.txExpr(TransactionType.Required, em -> {
            EstablishmentEntity e = new EstablishmentEntity(uai(), name, "1 rue de l'École, 69000 Lyon", null);
            em.persist(e);
            em.flush();
            return e.id();
        });
    }

    /** The platform administrator: ADMIN without establishment, who sees all. */
    public Caller platformAdmin() {
        return person(Role.ADMIN, null);
    }

    /** A signed-in person of this role in this establishment (null: none), with a login of their own. */
    public Caller person(Role role, Long establishmentId) {
        return jpa.txExpr(TransactionType.Required, em -> {
            EstablishmentEntity establishment = establishmentId == null ? null : em.find(EstablishmentEntity.class, establishmentId);
            int n = next();
            PersonEntity p = new PersonEntity(establishment, role, role.name().toLowerCase() + "." + n, "NOM" + n, "Prénom" + n,
                    "personne" + n + "@exemple.fr", PASSWORD_HASH);
            em.persist(p);
            em.flush();
            return new Caller(p.id(), p.login(), p.role(), p.establishmentId());
        });
    }

    public long classLevel(long establishmentId, String referentialCode) {
        return jpa.txExpr(TransactionType.Required, em -> {
            ClassLevelEntity level = new ClassLevelEntity(em.find(EstablishmentEntity.class, establishmentId), referentialCode, SchoolYear.PREMIERE,
                    "1re " + referentialCode);
            em.persist(level);
            em.flush();
            return level.id();
        });
    }

    public long schoolClass(long establishmentId, long classLevelId) {
        return jpa.txExpr(TransactionType.Required, em -> {
            SchoolClassEntity c = new SchoolClassEntity(em.find(EstablishmentEntity.class, establishmentId), em.find(ClassLevelEntity.class, classLevelId),
                    "C" + next(), "Classe");
            em.persist(c);
            em.flush();
            return c.id();
        });
    }

    /** A pupil of this class, 16 years old, with their account. */
    public Pupil learner(long establishmentId, Long classId) {
        return learner(establishmentId, classId, null, LearnerStatus.PUPIL);
    }

    /** A learner; {@code masterPersonId} makes them the apprentice of that master. */
    public Pupil learner(long establishmentId, Long classId, Long masterPersonId, LearnerStatus status) {
        return jpa.txExpr(TransactionType.Required, em -> {
            EstablishmentEntity establishment = em.find(EstablishmentEntity.class, establishmentId);
            int n = next();
            PersonEntity person = new PersonEntity(establishment, Role.LEARNER, "apprenant." + n, "ÉLÈVE" + n, "Prénom" + n, null, PASSWORD_HASH);
            em.persist(person);
            LearnerEntity learner = new LearnerEntity(person, establishment, ine(), LocalDate.now().minusYears(16).toString(), status,
                    classId == null ? null : em.find(SchoolClassEntity.class, classId));
            learner.assign(null, masterPersonId == null ? null : em.find(PersonEntity.class, masterPersonId));
            em.persist(learner);
            em.flush();
            return new Pupil(learner.id(), new Caller(person.id(), person.login(), Role.LEARNER, establishmentId));
        });
    }

    static String pbkdf2(String password, int iterations) {
        byte[] salt = new byte[16];
        for (int i = 0; i < salt.length; i++) {
            salt[i] = (byte) (i * 7 + 3);
        }
        try {
            byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 256)).getEncoded();
            Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
            return "pbkdf2-sha256$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
