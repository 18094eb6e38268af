package org.passerelle.core.internal.periods;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.passerelle.core.DomainException;
import org.passerelle.core.internal.common.Establishments;
import org.passerelle.core.internal.common.ConflictTranslatingJpaTemplate;
import org.passerelle.core.internal.organisation.ClassLevelEntity;
import org.passerelle.core.internal.organisation.LearnerEntity;
import org.passerelle.core.organisation.LearnerStatus;
import org.passerelle.core.internal.organisation.Validation;
import org.passerelle.core.internal.security.AccessRules;
import org.passerelle.core.internal.security.JpaTrainerLinks;
import org.passerelle.core.internal.evaluation.Locks;
import org.passerelle.core.periods.ActivitySheet;
import org.passerelle.core.periods.Annex;
import org.passerelle.core.periods.LearnerPeriod;
import org.passerelle.core.periods.AnnexForm;
import org.passerelle.core.periods.LiaisonPlace;
import org.passerelle.core.periods.Period;
import org.passerelle.core.periods.PeriodInformation;
import org.passerelle.core.periods.PeriodService;
import org.passerelle.core.periods.Placement;
import org.passerelle.core.periods.PlacementDocument;
import org.passerelle.core.referential.ReferentialEntry;
import org.passerelle.core.referential.ReferentialRegistry;
import org.passerelle.core.referential.ReferentialStatus;
import org.passerelle.core.security.Caller;
import org.passerelle.core.security.Role;
import org.passerelle.core.security.TrainerLinks;

/** {@link PeriodService} on JPA: access rules first, then one transaction per call. */
public final class JpaPeriodService implements PeriodService {

    private static final int MAX_ITEMS = 60;
    private final JpaTemplate jpa;
    private final ReferentialRegistry referentials;
    private final TrainerLinks trainerLinks;
    private final java.time.Clock clock;

    public JpaPeriodService(JpaTemplate jpa, ReferentialRegistry referentials, TrainerLinks trainerLinks) {
        this(jpa, referentials, trainerLinks, java.time.Clock.systemUTC());
    }

    /** With the clock that dates deletions and sheets and judges the 30-day restore window (tests move it). */
    public JpaPeriodService(JpaTemplate jpa, ReferentialRegistry referentials, TrainerLinks trainerLinks, java.time.Clock clock) {
        this.jpa = jpa;
        this.referentials = referentials;
        this.trainerLinks = trainerLinks;
        this.clock = clock;
    }

    // --- annexes ----------------------------------------------------------------------------------------------

    @Override
    public List<Annex> annexes(Caller caller, long establishmentId) {
        AccessRules.requireStaffOf(caller, establishmentId);
        Establishments.requireExisting(jpa, caller, establishmentId);
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "SELECT a FROM AnnexEntity a WHERE a.classLevel.establishment.id = :e ORDER BY a.id", AnnexEntity.class)
                .setParameter("e", establishmentId).getResultList().stream().map(JpaPeriodService::annex).toList());
    }

    @Override
    public Annex createAnnex(Caller caller, long establishmentId, AnnexForm form) {
        AccessRules.requireStaffOf(caller, establishmentId);
        Establishments.requireExisting(jpa, caller, establishmentId);
        String name = Validation.required(form.name(), "name", 200);
        Long classLevelId = Validation.present(form.classLevelId(), "classLevelId");
        List<String> objectives = objectives(form.objectives());
        return jpa.txExpr(TransactionType.Required, em -> {
            ClassLevelEntity level = em.find(ClassLevelEntity.class, classLevelId);
            if (level == null || level.establishment().id() != establishmentId) {
                throw DomainException.invalid("unknown-class-level", "classLevelId", classLevelId);
            }
            // The annex keeps the version it was made under: a newer referential never changes it.
            ReferentialEntry referential = referentials.find(level.referentialCode(), null)
                    .filter(r -> r.summary().status() == ReferentialStatus.ACTIVE)
                    .orElseThrow(() -> DomainException.invalid("unknown-referential", "classLevelId", level.referentialCode()));
            AnnexEntity annex = new AnnexEntity(level, name, referential.summary().code(), referential.summary().version(), objectives,
                    tasks(form.tasks(), referential));
            em.persist(annex);
            em.flush();
            return annex(annex);
        });
    }

    @Override
    public Annex updateAnnex(Caller caller, long annexId, AnnexForm form) {
        AccessRules.signedIn(caller);
        return ConflictTranslatingJpaTemplate.withCurrent(() -> jpa.txExpr(TransactionType.Required, em -> {
            AnnexEntity annex = em.find(AnnexEntity.class, annexId);
            if (annex == null || !AccessRules.sees(caller, annex.classLevel().establishment().id())) {
                throw DomainException.notFound("annex-not-found", annexId);
            }
            AccessRules.requireStaffOf(caller, annex.classLevel().establishment().id());
            // What the request says is judged only once the caller may make it.
            String name = Validation.required(form.name(), "name", 200);
            List<String> objectives = objectives(Validation.present(form.objectives(), "objectives"));
            Integer version = Validation.present(form.version(), "version");
            if (annex.version() != version) {
                throw DomainException.staleVersion(annex(annex));
            }
            annex.update(name, objectives, tasks(Validation.present(form.tasks(), "tasks"), pinned(annex.referentialCode(), annex.referentialVersion())));
            em.flush();
            return annex(annex);
        }), () -> jpa.txExpr(TransactionType.Supports, em -> annex(em.find(AnnexEntity.class, annexId))));
    }

    // --- periods ----------------------------------------------------------------------------------------------

    @Override
    public Period createPeriod(Caller caller, long annexId, PeriodInformation information, List<Long> learnerIds) {
        AccessRules.signedIn(caller);
        return jpa.txExpr(TransactionType.Required, em -> {
            AnnexEntity annex = em.find(AnnexEntity.class, annexId);
            if (annex == null || !AccessRules.sees(caller, annex.classLevel().establishment().id())) {
                throw DomainException.notFound("annex-not-found", annexId);
            }
            AccessRules.requireStaffOf(caller, annex.classLevel().establishment().id());
            Dates dates = dates(information);
            String name = Validation.required(information.name(), "name", 200);
            var kind = Validation.present(information.kind(), "kind");
            PeriodEntity period = new PeriodEntity(annex, name, kind, dates.start().toString(), dates.end().toString());
            em.persist(period);
            for (LearnerEntity learner : learners(em, learnerIds, establishmentOf(period))) {
                em.persist(new PlacementEntity(period, learner));
            }
            em.flush();
            return view(em, period);
        });
    }

    @Override
    public List<Period> periods(Caller caller, long establishmentId, Long classLevelId) {
        AccessRules.requireStaffOf(caller, establishmentId);
        Establishments.requireExisting(jpa, caller, establishmentId);
        return jpa.txExpr(TransactionType.Supports, em -> {
            var query = em.createQuery("SELECT p FROM PeriodEntity p WHERE p.annex.classLevel.establishment.id = :e AND p.deletedAt = 0"
                    + (classLevelId == null ? "" : " AND p.annex.classLevel.id = :l") + " ORDER BY p.id", PeriodEntity.class)
                    .setParameter("e", establishmentId);
            if (classLevelId != null) {
                query.setParameter("l", classLevelId);
            }
            return views(em, query.getResultList());
        });
    }

    @Override
    public Period period(Caller caller, long periodId) {
        AccessRules.signedIn(caller);
        return jpa.txExpr(TransactionType.Supports, em -> {
            PeriodEntity period = readablePeriod(em, caller, periodId);
            return view(em, period);
        });
    }

    @Override
    public Period updateInformation(Caller caller, long periodId, PeriodInformation information, Integer version) {
        return editPeriod(caller, periodId, version, (em, period) -> {
            Dates dates = dates(information);
            String name = Validation.required(information.name(), "name", 200);
            var kind = Validation.present(information.kind(), "kind");
            period.inform(name, kind, dates.start().toString(), dates.end().toString());
        });
    }

    @Override
    public Period updateLearners(Caller caller, long periodId, List<Long> learnerIds, Integer version) {
        return editPeriod(caller, periodId, version, (em, period) -> {
            // A missing list is a mistake, never "take everyone off".
            List<LearnerEntity> wanted = learners(em, Validation.present(learnerIds, "learnerIds"), establishmentOf(period));
            Set<Long> wantedIds = new LinkedHashSet<>();
            wanted.forEach(l -> wantedIds.add(l.id()));
            Set<Long> present = new LinkedHashSet<>();
            for (PlacementEntity placement : placementsOf(em, period.id())) {
                if (wantedIds.contains(placement.learner().id())) {
                    present.add(placement.learner().id());
                } else {
                    removePlacement(em, placement);
                }
            }
            for (LearnerEntity learner : wanted) {
                if (!present.contains(learner.id())) {
                    em.persist(new PlacementEntity(period, learner));
                }
            }
        });
    }

    /**
     * A learner taken off a period: their activity sheets go to their free-sheets folder (nothing they wrote is
     * lost), the tutor's links to that liaison sheet stop working, then the placement goes. A company review already
     * written for it keeps it (409): an evaluation is never deleted with a click.
     */
    private static void removePlacement(EntityManager em, PlacementEntity placement) {
        long reviews = (Long) em.createQuery("SELECT COUNT(r) FROM CompanyReviewEntity r WHERE r.placement.id = :p")
                .setParameter("p", placement.id()).getSingleResult();
        if (reviews > 0) {
            throw DomainException.conflict("placement-has-review", "learnerIds", placement.learner().person().firstName() + " "
                    + placement.learner().person().familyName());
        }
        em.createQuery("SELECT s FROM ActivitySheetEntity s WHERE s.placement.id = :p", ActivitySheetEntity.class)
                .setParameter("p", placement.id()).getResultList().forEach(ActivitySheetEntity::leave);
        JpaTrainerLinks.revokeGrant(em, "placement:" + placement.id(), System.currentTimeMillis());
        em.flush();
        em.remove(placement);
    }

    @Override
    public Period updateObjectives(Caller caller, long periodId, List<String> objectives, Integer version) {
        return editPeriod(caller, periodId, version, (em, period) -> {
            period.changeObjectives(objectives(Validation.present(objectives, "objectives")));
            followers(em, period).forEach(PlacementEntity::followPeriod);
        });
    }

    @Override
    public Period updateTasks(Caller caller, long periodId, List<String> tasks, Integer version) {
        return editPeriod(caller, periodId, version, (em, period) -> {
            period.changeTasks(tasks(Validation.present(tasks, "tasks"), pinned(period.annex().referentialCode(), period.annex().referentialVersion())));
            followers(em, period).forEach(PlacementEntity::followPeriod);
        });
    }

    /** Sheets that were not individualised: they follow every change of their period. */
    private static List<PlacementEntity> followers(EntityManager em, PeriodEntity period) {
        return placementsOf(em, period.id()).stream().filter(p -> !p.individualised()).toList();
    }

    /**
     * One page of the period: its version checked, then bumped whatever the page changes (its learners live in other
     * rows), so that of two saves made from the same version exactly one wins and the other gets 409 with the current
     * state, whether the check or the commit catches it.
     */
    private Period editPeriod(Caller caller, long periodId, Integer version, PeriodEdit edit) {
        AccessRules.signedIn(caller);
        return ConflictTranslatingJpaTemplate.withCurrent(() -> jpa.txExpr(TransactionType.Required, em -> {
            PeriodEntity period = livePeriod(em, caller, periodId);
            AccessRules.requireStaffOf(caller, establishmentOf(period));
            if (Locks.periodLocked(em, periodId)) {
                throw DomainException.conflict("period-locked", null);
            }
            if (period.version() != Validation.present(version, "version")) {
                throw DomainException.staleVersion(view(em, period));
            }
            em.lock(period, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            edit.apply(em, period);
            em.flush();
            return view(em, period);
        }), () -> jpa.txExpr(TransactionType.Supports, em -> view(em, livePeriod(em, caller, periodId))));
    }

    @FunctionalInterface
    private interface PeriodEdit {
        void apply(EntityManager em, PeriodEntity period);
    }

    static final long RESTORE_WINDOW_MS = java.time.Duration.ofDays(30).toMillis();

    @Override
    public void deletePeriod(Caller caller, long periodId, boolean confirm) {
        AccessRules.signedIn(caller);
        jpa.tx(TransactionType.Required, em -> {
            PeriodEntity period = livePeriod(em, caller, periodId);
            AccessRules.requireStaffOf(caller, establishmentOf(period));
            if (!confirm) {
                throw DomainException.invalid("confirmation-required", "confirm", period.name());
            }
            if (Locks.periodLocked(em, periodId)) {
                throw DomainException.conflict("period-locked", null);
            }
            period.delete(clock.millis());
            sheetsOfPeriod(em, periodId).forEach(ActivitySheetEntity::free);
        });
    }

    @Override
    public Period restorePeriod(Caller caller, long periodId) {
        AccessRules.signedIn(caller);
        return jpa.txExpr(TransactionType.Required, em -> {
            PeriodEntity period = em.find(PeriodEntity.class, periodId);
            if (period == null || !period.deleted() || !AccessRules.sees(caller, establishmentOf(period))) {
                throw DomainException.notFound("period-not-found", periodId);
            }
            AccessRules.requireStaffOf(caller, establishmentOf(period));
            if (clock.millis() - period.deletedAt() > RESTORE_WINDOW_MS) {
                throw DomainException.conflict("restore-expired", null, period.name());
            }
            period.restore();
            for (PlacementEntity placement : placementsOf(em, periodId)) {
                em.createQuery("SELECT s FROM ActivitySheetEntity s WHERE s.originPlacementId = :p", ActivitySheetEntity.class)
                        .setParameter("p", placement.id()).getResultList().forEach(s -> s.restoreTo(placement));
            }
            em.flush();
            return view(em, period);
        });
    }

    @Override
    public List<Period> deletedPeriods(Caller caller, long establishmentId) {
        AccessRules.requireStaffOf(caller, establishmentId);
        Establishments.requireExisting(jpa, caller, establishmentId);
        // Listed exactly as long as restorePeriod accepts: deleted at most RESTORE_WINDOW_MS ago.
        long since = clock.millis() - RESTORE_WINDOW_MS;
        return jpa.txExpr(TransactionType.Supports, em -> views(em, em.createQuery(
                "SELECT p FROM PeriodEntity p WHERE p.annex.classLevel.establishment.id = :e AND p.deletedAt >= :since AND p.deletedAt > 0 ORDER BY p.id", PeriodEntity.class)
                .setParameter("e", establishmentId).setParameter("since", since).getResultList()));
    }

    @Override
    public List<LearnerPeriod> learnerPeriods(Caller caller, long learnerId) {
        AccessRules.signedIn(caller);
        return jpa.txExpr(TransactionType.Supports, em -> {
            readableLearner(em, caller, learnerId);
            List<PlacementEntity> placements = em.createQuery("SELECT p FROM PlacementEntity p WHERE p.learner.id = :l AND p.period.deletedAt = 0"
                    + " ORDER BY p.period.startDate", PlacementEntity.class).setParameter("l", learnerId).getResultList();
            Map<Long, Long> counts = new HashMap<>();
            em.createQuery("SELECT s.placement.id, COUNT(s) FROM ActivitySheetEntity s WHERE s.placement.learner.id = :l GROUP BY s.placement.id",
                    Object[].class).setParameter("l", learnerId).getResultList().forEach(row -> counts.put((Long) row[0], (Long) row[1]));
            Set<Long> locked = Locks.lockedPeriods(em, placements.stream().map(p -> p.period().id()).toList());
            return placements.stream()
                    .map(p -> new LearnerPeriod(p.id(), p.period().id(), p.period().name(), p.period().kind(), LocalDate.parse(p.period().startDate()),
                            LocalDate.parse(p.period().endDate()), counts.getOrDefault(p.id(), 0L), locked.contains(p.period().id())))
                    .toList();
        });
    }

    @Override
    public List<ActivitySheet> freeSheets(Caller caller, long learnerId) {
        AccessRules.signedIn(caller);
        return jpa.txExpr(TransactionType.Supports, em -> {
            readableLearner(em, caller, learnerId);
            return em.createQuery("SELECT s FROM ActivitySheetEntity s WHERE s.learner.id = :l AND s.placement IS NULL ORDER BY s.id",
                    ActivitySheetEntity.class).setParameter("l", learnerId).getResultList().stream().map(JpaPeriodService::sheet).toList();
        });
    }

    @Override
    public List<ActivitySheet> sheets(Caller caller, long placementId) {
        AccessRules.signedIn(caller);
        return jpa.txExpr(TransactionType.Supports, em -> {
            PlacementEntity placement = readablePlacement(em, caller, placementId);
            // The tutor's link opens the liaison sheet and its certificate, not the learner's portfolio.
            if (caller.role() == Role.TUTOR) {
                throw DomainException.notFound("placement-not-found", placementId);
            }
            return em.createQuery("SELECT s FROM ActivitySheetEntity s WHERE s.placement.id = :p ORDER BY s.id", ActivitySheetEntity.class)
                    .setParameter("p", placement.id()).getResultList().stream().map(JpaPeriodService::sheet).toList();
        });
    }

    @Override
    public ActivitySheet createSheet(Caller caller, long placementId, String title) {
        AccessRules.requireRole(caller, Role.LEARNER);
        return jpa.txExpr(TransactionType.Required, em -> {
            PlacementEntity placement = readablePlacement(em, caller, placementId);
            String text = Validation.required(title, "title", 200);
            ActivitySheetEntity created = new ActivitySheetEntity(placement, text, clock.millis());
            em.persist(created);
            em.flush();
            return sheet(created);
        });
    }

    @Override
    public PlacementDocument document(Caller caller, long placementId) {
        AccessRules.signedIn(caller);
        return jpa.txExpr(TransactionType.Supports, em -> document(readablePlacement(em, caller, placementId)));
    }

    @Override
    public List<PlacementDocument> documents(Caller caller, long periodId) {
        AccessRules.signedIn(caller);
        return jpa.txExpr(TransactionType.Supports, em -> {
            PeriodEntity period = livePeriod(em, caller, periodId);
            AccessRules.requireStaffOf(caller, establishmentOf(period));
            return placementsOf(em, periodId).stream().map(this::document).toList();
        });
    }

    private PlacementDocument document(PlacementEntity p) {
        PeriodEntity period = p.period();
        LearnerEntity learner = p.learner();
        var establishment = learner.establishment();
        ReferentialEntry referential = pinned(period.annex().referentialCode(), period.annex().referentialVersion());
        List<PlacementDocument.Task> tasks = p.tasks().stream()
                .map(code -> new PlacementDocument.Task(code, referential.referential().task(code).map(t -> t.title()).orElse(code))).toList();
        return new PlacementDocument(establishment.name(), establishment.uai(), establishment.address(),
                learner.person().firstName() + " " + learner.person().familyName(), LocalDate.parse(learner.birthDate()),
                learner.schoolClass() == null ? null : learner.schoolClass().code(), period.name(), period.kind(), LocalDate.parse(period.startDate()),
                LocalDate.parse(period.endDate()), referential.summary().code() + " — " + referential.referential().title(), p.place(), p.objectives(),
                tasks);
    }

    /** Staff of the learner's establishment, the learner, their master (a trainer's link opens placements, not learners). */
    private static LearnerEntity readableLearner(EntityManager em, Caller caller, long learnerId) {
        LearnerEntity learner = em.find(LearnerEntity.class, learnerId);
        if (learner == null || !readsLearner(caller, learner)) {
            throw DomainException.notFound("learner-not-found", learnerId);
        }
        return learner;
    }

    private static boolean readsLearner(Caller caller, LearnerEntity learner) {
        return AccessRules.readsLearner(caller, learner.id(), learner.establishment().id(), learner.person().id(),
                learner.master() == null ? null : learner.master().id(), false);
    }

    private static List<ActivitySheetEntity> sheetsOfPeriod(EntityManager em, long periodId) {
        return em.createQuery("SELECT s FROM ActivitySheetEntity s WHERE s.placement.period.id = :p", ActivitySheetEntity.class)
                .setParameter("p", periodId).getResultList();
    }

    private static long sheetCount(EntityManager em, long placementId) {
        return (Long) em.createQuery("SELECT COUNT(s) FROM ActivitySheetEntity s WHERE s.placement.id = :p").setParameter("p", placementId)
                .getSingleResult();
    }

    private static ActivitySheet sheet(ActivitySheetEntity s) {
        return new ActivitySheet(s.id(), s.learner().id(), s.placement() == null ? null : s.placement().id(), s.title(), s.formerPeriodName(),
                java.time.Instant.ofEpochMilli(s.createdAt()));
    }

    // --- placements and liaison sheets -------------------------------------------------------------------------

    @Override
    public List<Placement> placements(Caller caller, long periodId) {
        AccessRules.signedIn(caller);
        return jpa.txExpr(TransactionType.Supports, em -> {
            PeriodEntity period = livePeriod(em, caller, periodId);
            AccessRules.requireStaffOf(caller, establishmentOf(period));
            Map<Long, Long> counts = sheetCounts(em, periodId);
            boolean locked = Locks.periodLocked(em, periodId);
            return placementsOf(em, periodId).stream().map(p -> view(p, counts.getOrDefault(p.id(), 0L), locked)).toList();
        });
    }

    @Override
    public Placement placement(Caller caller, long placementId) {
        AccessRules.signedIn(caller);
        return jpa.txExpr(TransactionType.Supports, em -> view(em, readablePlacement(em, caller, placementId)));
    }

    @Override
    public Placement updatePlace(Caller caller, long placementId, LiaisonPlace place, Integer version) {
        return editPlacement(caller, placementId, version, Set.of(Role.ADMIN, Role.DDFPT, Role.TEACHER, Role.LEARNER),
                p -> p.place(place(Validation.present(place, "place"))));
    }

    @Override
    public Placement individualise(Caller caller, long placementId, List<String> objectives, List<String> tasks, Integer version) {
        AccessRules.signedIn(caller);
        return ConflictTranslatingJpaTemplate.withCurrent(() -> jpa.txExpr(TransactionType.Required, em -> {
            PlacementEntity placement = readablePlacement(em, caller, placementId);
            requireWriter(caller, placement, Set.of(Role.ADMIN, Role.DDFPT, Role.TEACHER, Role.MASTER));
            PeriodEntity period = placement.period();
            List<String> checkedObjectives = objectives(Validation.present(objectives, "objectives"));
            List<String> checkedTasks = tasks(Validation.present(tasks, "tasks"), pinned(period.annex().referentialCode(), period.annex().referentialVersion()));
            requireVersion(em, placement, version);
            placement.individualise(checkedObjectives, checkedTasks);
            em.flush();
            return view(em, placement);
        }), () -> placement(caller, placementId));
    }

    @Override
    public Placement realign(Caller caller, long placementId, Integer version) {
        return editPlacement(caller, placementId, version, Set.of(Role.ADMIN, Role.DDFPT, Role.TEACHER), PlacementEntity::followPeriod);
    }

    @Override
    public Placement createTutor(Caller caller, long placementId, String familyName, String firstName, String email) {
        AccessRules.signedIn(caller);
        return jpa.txExpr(TransactionType.Required, em -> {
            PlacementEntity placement = readablePlacement(em, caller, placementId);
            requireWriter(caller, placement, Set.of(Role.ADMIN, Role.DDFPT, Role.TEACHER));
            LearnerEntity learner = placement.learner();
            // DOMAIN.md: the referent teacher creates the tutor; a learner without one is the whole team's.
            if (caller.role() == Role.TEACHER && learner.referentTeacher() != null && learner.referentTeacher().id() != caller.personId()) {
                throw DomainException.forbidden("not-referent-teacher", placementId);
            }
            if (learner.status() == LearnerStatus.APPRENTICE) {
                throw DomainException.invalid("apprentice-has-master", "placementId", placementId);
            }
            String family = Validation.required(familyName, "familyName", 100);
            String first = Validation.required(firstName, "firstName", 100);
            String address = Validation.email(email, "email", true);
            String grant = "placement:" + placementId;
            // A new tutor replaces the former one: the former's links to this sheet stop working.
            if (placement.tutor() != null) {
                JpaTrainerLinks.revokeGrant(em, grant, clock.millis());
            }
            placement.tutor(JpaTrainerLinks.persistTrainer(em, caller, learner.establishment(), family, first, address));
            em.flush();
            return view(em, placement);
        });
    }

    @Override
    public org.passerelle.core.security.TrainerLink sendTutorLink(Caller caller, long placementId, String accessUrlPrefix) {
        AccessRules.signedIn(caller);
        long tutorId = jpa.txExpr(TransactionType.Supports, em -> {
            PlacementEntity placement = readablePlacement(em, caller, placementId);
            requireWriter(caller, placement, Set.of(Role.ADMIN, Role.DDFPT, Role.TEACHER));
            if (placement.tutor() == null) {
                throw DomainException.invalid("no-tutor-yet", "placementId", placementId);
            }
            return placement.tutor().id();
        });
        return trainerLinks.issue(caller, tutorId, "placement:" + placementId, accessUrlPrefix);
    }

    private Placement editPlacement(Caller caller, long placementId, Integer version, Set<Role> writers, java.util.function.Consumer<PlacementEntity> edit) {
        AccessRules.signedIn(caller);
        return ConflictTranslatingJpaTemplate.withCurrent(() -> jpa.txExpr(TransactionType.Required, em -> {
            PlacementEntity placement = readablePlacement(em, caller, placementId);
            requireWriter(caller, placement, writers);
            requireVersion(em, placement, version);
            edit.accept(placement);
            em.flush();
            return view(em, placement);
        }), () -> placement(caller, placementId));
    }

    private static void requireWriter(Caller caller, PlacementEntity placement, Set<Role> writers) {
        if (!writers.contains(caller.role())) {
            throw DomainException.forbidden("role-not-allowed", caller.role());
        }
    }

    private static void requireVersion(EntityManager em, PlacementEntity placement, Integer version) {
        if (placement.version() != Validation.present(version, "version")) {
            throw DomainException.staleVersion(view(em, placement));
        }
    }

    /** Staff of the establishment; the learner of the placement; their master; a trainer whose link grants it. */
    private static PlacementEntity readablePlacement(EntityManager em, Caller caller, long placementId) {
        PlacementEntity placement = em.find(PlacementEntity.class, placementId);
        if (placement == null || placement.period().deleted() || !AccessRules.sees(caller, establishmentOf(placement.period()))) {
            throw DomainException.notFound("placement-not-found", placementId);
        }
        // A tutor's link grants one placement; everyone else reads the placement as they read its learner.
        boolean allowed = caller.role() == Role.TUTOR ? caller.granted("placement:" + placementId) : readsLearner(caller, placement.learner());
        if (!allowed) {
            throw DomainException.notFound("placement-not-found", placementId);
        }
        return placement;
    }

    /** A period that exists, is not deleted and is of the caller's establishment; otherwise "not found". */
    private static PeriodEntity livePeriod(EntityManager em, Caller caller, long periodId) {
        PeriodEntity period = em.find(PeriodEntity.class, periodId);
        if (period == null || period.deleted() || !AccessRules.sees(caller, establishmentOf(period))) {
            throw DomainException.notFound("period-not-found", periodId);
        }
        return period;
    }

    private static PeriodEntity readablePeriod(EntityManager em, Caller caller, long periodId) {
        PeriodEntity period = livePeriod(em, caller, periodId);
        boolean allowed = caller.role().isStaff() || placementsOf(em, periodId).stream().anyMatch(p -> readsLearner(caller, p.learner()));
        if (!allowed) {
            throw DomainException.notFound("period-not-found", periodId);
        }
        return period;
    }

    // --- checks -----------------------------------------------------------------------------------------------

    private record Dates(LocalDate start, LocalDate end) {
    }

    private static Dates dates(PeriodInformation information) {
        Validation.present(information, "information");
        LocalDate start = date(information.startDate(), "startDate");
        LocalDate end = date(information.endDate(), "endDate");
        if (end.isBefore(start)) {
            throw DomainException.invalid("dates-reversed", "endDate", start, end);
        }
        return new Dates(start, end);
    }

    private static LocalDate date(String value, String field) {
        String text = Validation.required(value, field, 10);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("invalid-date", field, text);
        }
    }

    private static List<String> objectives(List<String> objectives) {
        List<String> values = objectives == null ? List.of() : objectives;
        if (values.size() > MAX_ITEMS) {
            throw DomainException.invalid("too-many", "objectives", MAX_ITEMS);
        }
        List<String> checked = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            checked.add(Validation.required(values.get(i), "objectives[" + i + "]", 500));
        }
        return checked;
    }

    /** Task codes of the pinned referential version, each once. */
    private static List<String> tasks(List<String> tasks, ReferentialEntry referential) {
        List<String> values = tasks == null ? List.of() : tasks;
        if (values.size() > MAX_ITEMS * 2) {
            throw DomainException.invalid("too-many", "tasks", MAX_ITEMS * 2);
        }
        Set<String> checked = new LinkedHashSet<>();
        for (int i = 0; i < values.size(); i++) {
            String code = Validation.required(values.get(i), "tasks[" + i + "]", 32);
            if (referential.referential().task(code).isEmpty()) {
                throw DomainException.invalid("unknown-task", "tasks[" + i + "]", code, referential.summary().code(), referential.summary().version());
            }
            checked.add(code);
        }
        return List.copyOf(checked);
    }

    private ReferentialEntry pinned(String code, String version) {
        return referentials.find(code, version).orElseThrow(() -> new IllegalStateException("referential " + code + " " + version + " is gone"));
    }

    private static LiaisonPlace place(LiaisonPlace p) {
        return new LiaisonPlace(Validation.required(p.companyName(), "companyName", 200), Validation.required(p.sector(), "sector", 200),
                Validation.optional(p.service(), "service", 200), Validation.optional(p.address(), "address", 500),
                Validation.optional(p.phone(), "phone", 40), Validation.required(p.tutorName(), "tutorName", 200),
                Validation.optional(p.tutorFunction(), "tutorFunction", 200), Validation.optional(p.tutorPhone(), "tutorPhone", 40),
                Validation.email(p.tutorEmail(), "tutorEmail", false));
    }

    private static List<LearnerEntity> learners(EntityManager em, List<Long> ids, long establishmentId) {
        List<LearnerEntity> found = new ArrayList<>();
        Set<Long> seen = new LinkedHashSet<>();
        for (Long id : ids == null ? List.<Long>of() : ids) {
            if (id == null || !seen.add(id)) {
                continue;
            }
            LearnerEntity learner = em.find(LearnerEntity.class, id);
            // Another establishment's learner is refused like one that does not exist.
            if (learner == null || learner.establishment().id() != establishmentId) {
                throw DomainException.invalid("unknown-learner", "learnerIds", id);
            }
            found.add(learner);
        }
        return found;
    }

    private static long establishmentOf(PeriodEntity period) {
        return period.annex().classLevel().establishment().id();
    }

    private static List<PlacementEntity> placementsOf(EntityManager em, long periodId) {
        return em.createQuery("SELECT p FROM PlacementEntity p WHERE p.period.id = :p ORDER BY p.learner.person.familyName, p.learner.person.firstName",
                PlacementEntity.class).setParameter("p", periodId).getResultList();
    }

    // --- views ------------------------------------------------------------------------------------------------

    private static Annex annex(AnnexEntity a) {
        return new Annex(a.id(), a.classLevel().establishment().id(), a.classLevel().id(), a.name(), a.referentialCode(), a.referentialVersion(),
                a.objectives(), a.tasks(), a.version());
    }

    private static Period view(EntityManager em, PeriodEntity p) {
        return views(em, List.of(p)).get(0);
    }

    /** Views of several periods with two queries in all (their learners, their locks), not two per period. */
    private static List<Period> views(EntityManager em, List<PeriodEntity> periods) {
        if (periods.isEmpty()) {
            return List.of();
        }
        List<Long> ids = periods.stream().map(PeriodEntity::id).toList();
        Map<Long, List<Long>> learners = new HashMap<>();
        em.createQuery("SELECT pl.period.id, pl.learner.id FROM PlacementEntity pl WHERE pl.period.id IN :ids"
                        + " ORDER BY pl.learner.person.familyName, pl.learner.person.firstName", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(row -> learners.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((Long) row[1]));
        Set<Long> locked = Locks.lockedPeriods(em, ids);
        return periods.stream().map(p -> new Period(p.id(), establishmentOf(p), p.annex().id(), p.annex().classLevel().id(), p.name(), p.kind(),
                LocalDate.parse(p.startDate()), LocalDate.parse(p.endDate()), p.annex().referentialCode(), p.annex().referentialVersion(),
                p.objectives(), p.tasks(), learners.getOrDefault(p.id(), List.of()), locked.contains(p.id()), p.version())).toList();
    }

    private static Placement view(EntityManager em, PlacementEntity p) {
        return view(p, sheetCount(em, p.id()), Locks.periodLocked(em, p.period().id()));
    }

    private static Placement view(PlacementEntity p, long sheetCount, boolean locked) {
        var person = p.learner().person();
        var t = p.tutor();
        PeriodEntity period = p.period();
        Placement.Tutor tutor = t == null ? null : new Placement.Tutor(t.id(), t.familyName(), t.firstName(), t.email());
        return new Placement(p.id(), period.id(), period.name(), period.kind(), LocalDate.parse(period.startDate()), LocalDate.parse(period.endDate()),
                period.annex().referentialCode(), period.annex().referentialVersion(), p.learner().id(),
                person.familyName() + " " + person.firstName(), p.learner().status() == LearnerStatus.APPRENTICE, p.place(), p.objectives(),
                p.tasks(), p.individualised(), p.differsFromPeriod(), tutor, sheetCount, locked, p.version());
    }

    /** Placement id → count of its activity sheets, for every placement of the period that has some. */
    private static Map<Long, Long> sheetCounts(EntityManager em, long periodId) {
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery("SELECT s.placement.id, COUNT(s) FROM ActivitySheetEntity s WHERE s.placement.period.id = :p GROUP BY s.placement.id",
                Object[].class).setParameter("p", periodId).getResultList().forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }
}
