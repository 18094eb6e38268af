package org.passerelle.core.internal.organisation;

import org.passerelle.core.internal.common.Validation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.passerelle.core.internal.security.PasswordHasher;
import org.passerelle.core.internal.security.Secrets;
import org.passerelle.core.internal.periods.AnnexEntity;
import org.passerelle.core.internal.periods.PeriodEntity;
import org.passerelle.core.internal.periods.PlacementEntity;
import org.passerelle.core.organisation.LearnerStatus;
import org.passerelle.core.periods.LiaisonPlace;
import org.passerelle.core.periods.PeriodKind;
import org.passerelle.core.organisation.SchoolYear;
import org.passerelle.core.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an empty database gets at first start, never over existing people: the sample establishment when the
 * system property {@code passerelle.sampleData} is true (the README's run command sets it), otherwise one
 * platform administrator whose random password is written to {@code data/passerelle/initial-admin-password.txt}.
 */
public final class InitialData {

    /** The password of every sample account, documented in the README. */
    public static final String SAMPLE_PASSWORD = "passerelle-demo";
    private static final Logger LOG = LoggerFactory.getLogger(InitialData.class);

    private final JpaTemplate jpa;
    private final PasswordHasher hasher;

    public InitialData(JpaTemplate jpa, PasswordHasher hasher) {
        this.jpa = jpa;
        this.hasher = hasher;
    }

    public void load() throws IOException {
        // Most starts find people already there: decide that before paying for a password hash.
        if (jpa.txExpr(TransactionType.Supports, InitialData::anyone)) {
            return;
        }
        boolean sample = Boolean.getBoolean("passerelle.sampleData");
        String adminPassword = sample ? SAMPLE_PASSWORD : Secrets.newPassword();
        // One hash for all sample accounts: they share the documented password, and hashing is slow on purpose.
        String hash = hasher.hash(adminPassword);
        boolean loaded = jpa.txExpr(TransactionType.Required, em -> {
            if (anyone(em)) {
                return false;
            }
            em.persist(new PersonEntity(null, Role.ADMIN, "admin", "ADMINISTRATEUR", "Plateforme", null, hash));
            if (sample) {
                sampleEstablishment(em, hash);
            }
            return true;
        });
        if (!loaded) {
            return;
        }
        if (sample) {
            LOG.info("Sample data loaded: sign in as admin, ddfpt, prof.melec, prof.mspc, maitre.lefebvre or a learner, password {}", SAMPLE_PASSWORD);
        } else {
            Path file = Path.of(System.getProperty("karaf.data", "data"), "passerelle", "initial-admin-password.txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, adminPassword + System.lineSeparator(), StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                LOG.debug("No POSIX permissions here for {}", file);
            }
            LOG.warn("First start: platform administrator 'admin' created; its password is in {}. Sign in, change it, delete the file.", file);
        }
    }

    private static boolean anyone(EntityManager em) {
        return (Long) em.createQuery("SELECT COUNT(p) FROM PersonEntity p").getSingleResult() > 0;
    }

    private static void sampleEstablishment(EntityManager em, String hash) {
        EstablishmentEntity lycee = new EstablishmentEntity("0690001A", "Lycée professionnel Passerelle", "1 rue de l'Exemple, 69000 Lyon",
                "ce.0690001a@ac-exemple.fr");
        em.persist(lycee);
        person(em, lycee, Role.DDFPT, "ddfpt", "MARTIN", "Claire", hash);
        PersonEntity profMelec = person(em, lycee, Role.TEACHER, "prof.melec", "DURAND", "Paul", hash);
        PersonEntity profMspc = person(em, lycee, Role.TEACHER, "prof.mspc", "BERNARD", "Sophie", hash);
        PersonEntity master = person(em, lycee, Role.MASTER, "maitre.lefebvre", "LEFEBVRE", "Jacques", hash);

        SchoolClassEntity pmia = schoolClass(em, lycee, "PMIA", SchoolYear.SECONDE, "Seconde PMIA", "2PMIA");
        SchoolClassEntity mspc = schoolClass(em, lycee, "MSPC", SchoolYear.PREMIERE, "Première MSPC", "1MSPC");
        SchoolClassEntity melec = schoolClass(em, lycee, "MELEC", SchoolYear.PREMIERE, "Première MELEC", "1MELEC");
        SchoolClassEntity cap = schoolClass(em, lycee, "CAP_ELEC", SchoolYear.CAP1, "CAP Électricien 1re année", "CAP1ELEC");

        LearnerEntity lea = learner(em, lycee, pmia, profMspc, null, "0000000001A", "PETIT", "Léa", "2010-09-14", LearnerStatus.PUPIL, hash);
        LearnerEntity hugo = learner(em, lycee, pmia, profMspc, null, "0000000002B", "ROUX", "Hugo", "2010-03-02", LearnerStatus.PUPIL, hash);
        learner(em, lycee, mspc, profMspc, null, "0000000003C", "MOREAU", "Inès", "2009-05-21", LearnerStatus.PUPIL, hash);
        learner(em, lycee, mspc, profMspc, null, "0000000004D", "FOURNIER", "Adam", "2009-11-30", LearnerStatus.PUPIL, hash);
        LearnerEntity chloe = learner(em, lycee, melec, profMelec, null, "0000000005E", "GIRARD", "Chloé", "2009-01-08", LearnerStatus.PUPIL, hash);
        LearnerEntity lucas = learner(em, lycee, melec, profMelec, null, "0000000006F", "BONNET", "Lucas", "2009-07-17", LearnerStatus.PUPIL, hash);
        LearnerEntity nathan = learner(em, lycee, cap, profMelec, null, "0000000007G", "LAMBERT", "Nathan", "2010-02-25", LearnerStatus.PUPIL, hash);
        LearnerEntity yanis = learner(em, lycee, cap, profMelec, master, "0000000008H", "FONTAINE", "Yanis", "2008-12-03", LearnerStatus.APPRENTICE,
                hash);
        samplePeriod(em, pmia.classLevel(), lea, hugo);
        PlacementEntity chloePlacement = sampleFollowUps(em, melec.classLevel(), chloe, lucas, cap.classLevel(), yanis, nathan);
        org.passerelle.core.internal.evaluation.SampleAssessment.history(em, melec, profMelec, chloe, lucas, chloePlacement, System.currentTimeMillis());
    }

    /**
     * A prepared period of the 2de PMIA made from an annex of the shipped PMIA 1.0, so that « Périodes en entreprise »
     * shows something to try: Léa has filled her liaison sheet and started an activity sheet, Hugo has not yet.
     */
    private static void samplePeriod(EntityManager em, ClassLevelEntity level, LearnerEntity lea, LearnerEntity hugo) {
        AnnexEntity annex = new AnnexEntity(level, "Annexe PFMP 2de PMIA", "PMIA", "1.0",
                List.of("Découvrir l'organisation d'un service de maintenance", "Appliquer les règles de sécurité sur le site"),
                List.of("A1T1", "A2T1", "A3T4"));
        em.persist(annex);
        PeriodEntity period = new PeriodEntity(annex, "PFMP 1 — découverte", PeriodKind.PERIOD_1, "2027-01-11", "2027-02-05");
        em.persist(period);
        PlacementEntity leaPlacement = new PlacementEntity(period, lea);
        leaPlacement.place(new LiaisonPlace("Usinage du Rhône", "Maintenance industrielle", "Service maintenance", "12 rue des Ateliers, 69007 Lyon",
                "04 00 00 00 01", "Marc Lefort", "Technicien de maintenance", "06 00 00 00 01", "marc.lefort@usinage-rhone.example"));
        em.persist(leaPlacement);
        em.persist(new PlacementEntity(period, hugo));
        org.passerelle.core.internal.followup.SampleFollowUp.portfolio(em, leaPlacement, System.currentTimeMillis());
    }

    /**
     * Issue 11: a MELEC period where Chloé keeps activity sheets (Lucas not yet), and a CAP period where Yanis, an
     * apprentice, keeps his logbook, so that the follow-up pages show something filled. Returns Chloé's placement.
     */
    private static PlacementEntity sampleFollowUps(EntityManager em, ClassLevelEntity melec, LearnerEntity chloe, LearnerEntity lucas, ClassLevelEntity cap,
                                        LearnerEntity yanis, LearnerEntity nathan) {
        long now = System.currentTimeMillis();
        AnnexEntity melecAnnex = new AnnexEntity(melec, "Annexe PFMP 1re MELEC", "MELEC", "1.0",
                List.of("Réaliser une installation électrique en logement", "Communiquer avec le client"), List.of("T2-1", "T2-2", "T3-1"));
        em.persist(melecAnnex);
        PeriodEntity melecPeriod = new PeriodEntity(melecAnnex, "PFMP 2 — installations", PeriodKind.PERIOD_2, "2027-03-01", "2027-03-26");
        em.persist(melecPeriod);
        PlacementEntity chloePlacement = new PlacementEntity(melecPeriod, chloe);
        chloePlacement.place(new LiaisonPlace("Électricité Générale du Rhône", "Électricité du bâtiment", "Chantiers", "3 quai Perrache, 69002 Lyon",
                "04 78 00 00 00", "Zoé MARTIN", "Cheffe de chantier", "06 00 00 00 02", "zoe.martin@egr.example"));
        em.persist(chloePlacement);
        PlacementEntity lucasPlacement = new PlacementEntity(melecPeriod, lucas);
        em.persist(lucasPlacement);
        org.passerelle.core.internal.followup.SampleFollowUp.firstSheet(em, lucasPlacement, now);
        org.passerelle.core.internal.followup.SampleFollowUp.sheets(em, chloePlacement, now);

        AnnexEntity capAnnex = new AnnexEntity(cap, "Annexe CAP Électricien 1re année", "CAP_ELEC", "1.0",
                List.of("Participer à la préparation d'un chantier"), List.of("TA 2-1", "TA 2-2"));
        em.persist(capAnnex);
        PeriodEntity capPeriod = new PeriodEntity(capAnnex, "Période en entreprise — février", PeriodKind.PERIOD_1, "2027-02-01", "2027-02-19");
        em.persist(capPeriod);
        PlacementEntity yanisPlacement = new PlacementEntity(capPeriod, yanis);
        yanisPlacement.place(new LiaisonPlace("Lefebvre Électricité", "Électricité du bâtiment", null, "5 rue du Lac, 69003 Lyon", "04 72 00 00 00",
                null, null, null, null));
        em.persist(yanisPlacement);
        PlacementEntity nathanPlacement = new PlacementEntity(capPeriod, nathan);
        em.persist(nathanPlacement);
        org.passerelle.core.internal.followup.SampleFollowUp.firstSheet(em, nathanPlacement, now);
        org.passerelle.core.internal.followup.SampleFollowUp.logbook(em, yanisPlacement, now);
        return chloePlacement;
    }

    private static PersonEntity person(EntityManager em, EstablishmentEntity lycee, Role role, String login, String familyName, String firstName,
                                       String hash) {
        PersonEntity person = new PersonEntity(lycee, role, login, familyName, firstName, login + "@passerelle.invalid", hash);
        em.persist(person);
        return person;
    }

    private static SchoolClassEntity schoolClass(EntityManager em, EstablishmentEntity lycee, String referential, SchoolYear year, String label,
                                                 String code) {
        ClassLevelEntity level = new ClassLevelEntity(lycee, referential, year, label);
        em.persist(level);
        SchoolClassEntity schoolClass = new SchoolClassEntity(lycee, level, code, label);
        em.persist(schoolClass);
        return schoolClass;
    }

    private static LearnerEntity learner(EntityManager em, EstablishmentEntity lycee, SchoolClassEntity schoolClass, PersonEntity teacher,
                                PersonEntity master, String ine, String familyName, String firstName, String birthDate, LearnerStatus status,
                                String hash) {
        PersonEntity person = new PersonEntity(lycee, Role.LEARNER, Validation.loginFor(firstName, familyName), familyName, firstName, null, hash);
        em.persist(person);
        LearnerEntity learner = new LearnerEntity(person, lycee, ine, birthDate, status, schoolClass);
        learner.assign(teacher, master);
        em.persist(learner);
        return learner;
    }
}
