package org.passerelle.core.internal.schema;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.persistence.Entity;
import javax.persistence.EntityManager;
import javax.persistence.Transient;
import org.apache.aries.jpa.template.TransactionType;
import org.apache.openjpa.persistence.FetchPlan;
import org.apache.openjpa.persistence.OpenJPAPersistence;
import org.junit.ClassRule;
import org.junit.Test;
import org.passerelle.core.internal.audit.AuditEntryEntity;
import org.passerelle.core.internal.evaluation.CompanyReviewEntity;
import org.passerelle.core.internal.evaluation.IntermediateReviewEntity;
import org.passerelle.core.internal.organisation.ClassLevelEntity;
import org.passerelle.core.internal.organisation.EstablishmentEntity;
import org.passerelle.core.internal.organisation.LearnerEntity;
import org.passerelle.core.internal.organisation.PersonEntity;
import org.passerelle.core.internal.organisation.SchoolClassEntity;
import org.passerelle.core.internal.periods.ActivitySheetEntity;
import org.passerelle.core.internal.periods.AnnexEntity;
import org.passerelle.core.internal.periods.PeriodEntity;
import org.passerelle.core.internal.periods.PlacementEntity;
import org.passerelle.core.internal.referential.JpaSnapshotStore;
import org.passerelle.core.internal.referential.ReferentialSnapshotEntity;
import org.passerelle.core.internal.security.SessionEntity;
import org.passerelle.core.internal.security.TrainerLinkEntity;
import org.passerelle.core.organisation.LearnerStatus;
import org.passerelle.core.organisation.SchoolYear;
import org.passerelle.core.periods.LiaisonPlace;
import org.passerelle.core.periods.PeriodKind;
import org.passerelle.core.referential.ReferentialStatus;
import org.passerelle.core.security.Role;
import org.passerelle.core.testing.ShippedReferentials;
import org.passerelle.core.testing.TestDatabase;
import org.passerelle.referential.model.ReferentialParser;

/**
 * OpenJPA's mapping matches the migrated schema: one record of every entity, every field set to something other
 * than its default, is written and read back unchanged. (OpenJPA no longer builds the schema, so nothing else would
 * notice a column it maps and the changelog forgot, one too short, or of another type, before a user does.)
 */
public class EntityMappingTest {

    @ClassRule
    public static final TestDatabase DB = new TestDatabase();

    @Test
    public void everyEntityClassIsInThePersistenceUnit() throws IOException, URISyntaxException {
        Path classes = Paths.get(EstablishmentEntity.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<String> annotated;
        try (Stream<Path> files = Files.walk(classes)) {
            annotated = files.map(p -> classes.relativize(p).toString())
                    .filter(f -> f.endsWith(".class") && !f.contains("$"))
                    .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.').replace('\\', '.'))
                    .filter(EntityMappingTest::isEntity)
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> inUnit = DB.emf().getMetamodel().getEntities().stream().map(e -> e.getJavaType().getName())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals("@Entity classes and the classes of persistence.xml", annotated, inUnit);
    }

    private static boolean isEntity(String className) {
        try {
            return Class.forName(className, false, EntityMappingTest.class.getClassLoader()).isAnnotationPresent(Entity.class);
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    @Test
    public void everyEntityIsWrittenAndReadBackUnchanged() throws Exception {
        // A snapshot is made only by its store (package-private constructor): stored, then its status changed.
        JpaSnapshotStore store = new JpaSnapshotStore(DB.jpa());
        store.findOrCreate(new ReferentialParser().parse(ShippedReferentials.get("MELEC").bytes()), "passerelle-referential-melec/1.0.0",
                ReferentialStatus.ACTIVE);
        long snapshotId = DB.jpa().txExpr(TransactionType.Supports, em -> (Long) id(em.createQuery(
                "SELECT s FROM ReferentialSnapshotEntity s WHERE s.code = 'MELEC'", ReferentialSnapshotEntity.class).getSingleResult()));
        store.updateStatuses(Map.of(snapshotId, ReferentialStatus.UNAVAILABLE));

        List<Object> written = DB.jpa().txExpr(TransactionType.Required, em -> {
            List<Object> all = new ArrayList<>();
            all.add(em.find(ReferentialSnapshotEntity.class, snapshotId));

            EstablishmentEntity establishment = new EstablishmentEntity("0690099Z", "Lycée professionnel « Les Canuts »", "12 rue d'Austerlitz\n69004 Lyon",
                    "ce.0690099z@ac-lyon.fr");
            establishment.image("logo", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, 3, (byte) 0xFF}, "image/png");
            establishment.image("stamp", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 9, 8, 7}, "image/jpeg");
            establishment.changeTimeZone("Pacific/Tahiti");
            persist(em, all, establishment);
            ClassLevelEntity level = persist(em, all, new ClassLevelEntity(establishment, "MELEC", SchoolYear.TERMINALE, "Terminale MELEC"));
            SchoolClassEntity schoolClass = persist(em, all, new SchoolClassEntity(establishment, level, "TMELEC-B", "Terminale MELEC groupe B"));

            PersonEntity teacher = persist(em, all, new PersonEntity(establishment, Role.TEACHER, "prof.durand", "DURAND", "Paul",
                    "paul.durand@ac-lyon.fr", "pbkdf2-sha256$600000$c2FsdA$aGFzaA"));
            persist(em, all, new org.passerelle.core.internal.security.SignInThrottleEntity("prof.durand", 1_756_713_600_123L));
            PersonEntity master = persist(em, all, new PersonEntity(establishment, Role.MASTER, "maitre.lefebvre", "LEFEBVRE", "Jacques",
                    "j.lefebvre@entreprise.fr", "pbkdf2-sha256$600000$c2Vs$aA"));
            PersonEntity tutor = persist(em, all, new PersonEntity(establishment, Role.TUTOR, "tuteur-abc", "MARTIN", "Zoé", "zoe@atelier.fr",
                    "none$trainer"));
            PersonEntity learnerPerson = persist(em, all, new PersonEntity(establishment, Role.LEARNER, "yanis.fontaine", "FONTAINE", "Yanis", null,
                    "pbkdf2-sha256$600000$eA$eQ"));
            LearnerEntity learner = new LearnerEntity(learnerPerson, establishment, "070803070AJ", "2008-02-14", LearnerStatus.APPRENTICE, schoolClass);
            learner.assign(teacher, master);
            persist(em, all, learner);
            // A learner who left (issue 10): LEFT_ON set, no class, account closed.
            PersonEntity leftPerson = persist(em, all, new PersonEntity(establishment, Role.LEARNER, "lea.partie", "PARTIE", "Léa", null,
                    "pbkdf2-sha256$600000$eA$eQ"));
            LearnerEntity left = new LearnerEntity(leftPerson, establishment, "070803070BK", "2009-03-01", LearnerStatus.PUPIL, schoolClass);
            left.assign(teacher, null);
            left.leave("2026-11-15");
            persist(em, all, left);

            AnnexEntity annex = persist(em, all, new AnnexEntity(level, "Annexe PFMP Terminale", "MELEC", "1.0",
                    List.of("Découvrir l'entreprise", "Réaliser une installation « complète »"), List.of("T1.1", "T2.3")));
            PeriodEntity period = new PeriodEntity(annex, "PFMP 3 — chantier", PeriodKind.OTHER, "2025-11-03", "2025-11-28");
            period.changeObjectives(List.of("Objectif propre à la période"));
            period.preAgreementTerms(new org.passerelle.core.periods.PreAgreementTerms("Visite à mi-période.\nAppel le vendredi.",
                    "Travaux sous tension (B1V)", "Épreuve E31", null));
            period.delete(1_756_800_000_000L);
            persist(em, all, period);
            PlacementEntity placement = new PlacementEntity(period, learner);
            placement.place(new LiaisonPlace("Électricité Générale du Rhône", "Bâtiment", "Chantiers", "3 quai Perrache, 69002 Lyon", "04 78 00 00 00",
                    "Zoé MARTIN", "Cheffe de chantier", "06 00 00 00 00", "zoe@atelier.fr"));
            placement.individualise(List.of("Objectif individualisé"), List.of("T2.3"));
            placement.attendance(new org.passerelle.core.periods.AttendanceDetails("Marc DUPUIS", "12 avenue Jean Jaurès, 69007 Lyon",
                    "8 rue des Lilas, 69100 Villeurbanne", new java.math.BigDecimal("137.5"), "Aucune", "Lyon", null));
            placement.tutor(tutor);
            persist(em, all, placement);

            persist(em, all, new ActivitySheetEntity(placement, "Pose d'un tableau de répartition", 1_756_720_000_000L));
            ActivitySheetEntity freed = persist(em, all, new ActivitySheetEntity(placement, "Mise en service", 1_756_730_000_000L));
            freed.free();
            // Issue 11: a weekly sheet linked by the teacher, a portfolio page, a sheet's page, a booklet section, a comment, a read mark.
            ActivitySheetEntity week = ActivitySheetEntity.weekly(placement, "2025-W45", "Fiche activité : semaine 45 [2025]", 1_756_740_000_000L);
            week.link("[\"T2.3\"]", "[{\"competency\":\"C1\",\"criterion\":null}]");
            week.delete(1_756_790_000_000L);
            persist(em, all, week);
            var page = new org.passerelle.core.internal.followup.PortfolioPageEntity(placement, "entrepriseAccueil");
            page.save("{\"raisonSociale\":\"Électricité « Générale »\"}", true, 1_756_740_100_000L);
            persist(em, all, page);
            var sheetPage = new org.passerelle.core.internal.followup.SheetPageEntity(week, "contexte");
            sheetPage.save("{\"conditions\":\"seul\"}", false, 1_756_740_200_000L);
            persist(em, all, sheetPage);
            var booklet = new org.passerelle.core.internal.followup.BookletPageEntity(learner, "contacts");
            booklet.save("{}", false, 1_756_740_300_000L);
            persist(em, all, booklet);
            persist(em, all, new org.passerelle.core.internal.followup.CommentEntity(learner, placement, week, "semaine", "commentairesMaitre", master,
                    "Bon travail.\nContinue ainsi « vraiment ».", 1_756_740_400_000L));
            persist(em, all, new org.passerelle.core.internal.followup.SheetReadEntity(week, teacher, 1_756_740_500_000L));
            CompanyReviewEntity review = persist(em, all, new CompanyReviewEntity(placement, "2025-11-27"));
            review.header("2025-11-26", 3, "Très bonne implication « sur le chantier ».\nÀ poursuivre.", "[\"T2.3\"]", "{\"C1\":\"CRITERIA\"}",
                    teacher, 1_756_750_000_000L);
            // Issue 12: a school evaluation of the class, a column of the learner's dashboard for it and one for the review, levels.
            var schoolEvaluation = persist(em, all, new org.passerelle.core.internal.evaluation.SchoolEvaluationEntity(schoolClass, "TP « câblage »",
                    "2025-10-14", "INTERMEDIATE", "MELEC", "1.0", "[{\"competency\":\"C1\",\"criterion\":\"C1-1\"}]", teacher, 1_756_751_000_000L));
            var atSchool = persist(em, all, org.passerelle.core.internal.evaluation.EvaluationEntity.atSchool(learner, schoolEvaluation));
            persist(em, all, org.passerelle.core.internal.evaluation.EvaluationEntity.inCompany(review));
            var result = new org.passerelle.core.internal.evaluation.CriterionResultEntity(atSchool, "C1", "C1-1");
            result.set("ACHIEVED_WITH_HELP", teacher, 1_756_752_000_000L);
            persist(em, all, result);
            persist(em, all, new org.passerelle.core.internal.evaluation.CriterionResultEntity(atSchool, "C2", null));
            var attitude = new org.passerelle.core.internal.evaluation.AttitudeResultEntity(placement, "AP1", "COMPANY");
            attitude.set("PARTIAL", tutor, 1_756_753_000_000L);
            persist(em, all, attitude);
            persist(em, all, new IntermediateReviewEntity(learner, "2025-12-15", true));
            // A draft review with its findings, advice, kept mark and a level; the establishment's mark mapping.
            IntermediateReviewEntity draft = persist(em, all, new IntermediateReviewEntity(learner, "COMPANY_ACTIVITY", "2026-01-20", "MELEC", "1.0",
                    master, 1_756_754_000_000L));
            draft.edit("2026-01-21", "Constats « précis ».\nDeuxième ligne.", "Conseils.", new java.math.BigDecimal("12.75"), 1_756_755_000_000L);
            persist(em, all, new org.passerelle.core.internal.evaluation.ReviewLevelEntity(draft, "C1", "PARTLY_ACQUIRED", "TERMINAL"));
            var mapping = new org.passerelle.core.internal.evaluation.MarkMappingEntity(establishment);
            mapping.shares("1", "2/3", "1/3", "0");
            persist(em, all, mapping);
            persist(em, all, new org.passerelle.core.internal.files.StoredFileEntity(learner, "Calendrier d'alternance « 2025 ».pdf", "application/pdf",
                    new byte[] {'%', 'P', 'D', 'F', 0, (byte) 0xFF, 7}, "e".repeat(64), 1_756_720_500_000L, teacher));

            TrainerLinkEntity link = new TrainerLinkEntity(tutor, "a".repeat(64), "placement:" + placement.id(), 1_756_700_000_000L, 1_772_252_000_000L,
                    "prof.durand");
            link.revoke(1_756_710_000_000L);
            persist(em, all, link);
            SessionEntity session = new SessionEntity("b".repeat(64), tutor, 1_756_700_100_000L, 1_756_743_300_000L, "placement:" + placement.id(),
                    link.id());
            session.revoke(1_756_710_000_000L);
            persist(em, all, session);
            persist(em, all, new SessionEntity("c".repeat(64), teacher, 1_756_700_200_000L, 1_756_743_400_000L));
            TrainerLinkEntity queuedLink = persist(em, all, new TrainerLinkEntity(tutor, "d".repeat(64), "learner:" + learner.id(),
                    1_756_700_000_000L, 1_772_252_000_000L, "prof.durand"));
            all.add(org.passerelle.core.internal.mail.MailOutboxEntity.queue(em, queuedLink.id(),
                    new org.passerelle.mail.MailMessage("zoe@atelier.fr", "Zoé MARTIN", "Votre lien d'accès", "Bonjour Zoé,\nvoici le lien."),
                    1_756_700_000_500L));
            em.flush();
            persist(em, all, new AuditEntryEntity(1_756_700_300_000L, establishment.id(), "prof.durand", "TRAINER_LINK_ISSUED", "link " + link.id(),
                    "person " + tutor.id() + ", by SMTP — « détail » " + "x".repeat(900),
                    "Lien d'accès envoyé à Zoé MARTIN pour la fiche de liaison de Léa PETIT (PFMP 1) — " + "é".repeat(900)));
            return all;
        });

        Set<Class<?>> covered = new TreeSet<>((a, b) -> a.getName().compareTo(b.getName()));
        written.forEach(e -> covered.add(e.getClass()));
        assertEquals("one record of every entity", DB.emf().getMetamodel().getEntities().size(), covered.size());

        List<String> differences = new ArrayList<>();
        DB.jpa().tx(TransactionType.Supports, em -> {
            // Lazy fields too (an establishment's logo and stamp): the comparison reads fields, not getters.
            OpenJPAPersistence.cast(em).getFetchPlan().addFetchGroup(FetchPlan.GROUP_ALL);
            for (Object expected : written) {
                Object actual = em.find(expected.getClass(), id(expected));
                assertNotNull(expected.getClass().getSimpleName() + " " + id(expected) + " was not found", actual);
                compare(expected, actual, differences);
            }
        });
        assertEquals("fields that did not come back as written", List.of(), differences);
    }

    private static <T> T persist(EntityManager em, List<Object> all, T entity) {
        em.persist(entity);
        em.flush();
        all.add(entity);
        return entity;
    }

    /** The value of the entity's {@code @Id} field (most are "id"; the sign-in throttle is keyed by login). */
    private static Object id(Object entity) {
        for (Field field : entity.getClass().getDeclaredFields()) {
            if (field.isAnnotationPresent(javax.persistence.Id.class)) {
                return read(entity, field.getName());
            }
        }
        throw new IllegalStateException("no @Id in " + entity.getClass());
    }

    /** Every persistent field (not OpenJPA's pc* fields, not static, not transient): equal, or the same record by id. */
    private static void compare(Object expected, Object actual, List<String> differences) {
        for (Field field : SchemaMigrationsTest.mappedFields(expected.getClass())) {
            if (Modifier.isStatic(field.getModifiers()) || Modifier.isTransient(field.getModifiers()) || field.getName().startsWith("pc")
                    || field.isAnnotationPresent(Transient.class)) {
                continue;
            }
            Object e = read(expected, field);
            Object a = read(actual, field);
            String where = expected.getClass().getSimpleName() + "." + field.getName();
            if (e != null && e.getClass().isAnnotationPresent(Entity.class)) {
                if (a == null || !id(e).equals(id(a))) {
                    differences.add(where + ": expected record " + id(e) + ", read " + (a == null ? null : id(a)));
                }
            } else if (e instanceof byte[] bytes) {
                try {
                    assertArrayEquals(bytes, (byte[]) a);
                } catch (AssertionError x) {
                    differences.add(where + ": bytes differ");
                }
            } else if (e == null ? a != null : !e.equals(a)) {
                differences.add(where + ": expected " + e + ", read " + a);
            }
        }
    }

    private static Object read(Object entity, String fieldName) {
        try {
            return read(entity, entity.getClass().getDeclaredField(fieldName));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A field's value, the field possibly declared by a mapped superclass (PageRecord). */
    private static Object read(Object entity, Field field) {
        try {
            field.setAccessible(true);
            return field.get(entity);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
