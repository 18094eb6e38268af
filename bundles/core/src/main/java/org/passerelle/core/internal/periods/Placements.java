package org.passerelle.core.internal.periods;

import org.passerelle.core.internal.common.Validation;
import org.passerelle.core.internal.common.AccessRules;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.passerelle.core.DomainException;
import org.passerelle.core.internal.common.ConflictTranslatingJpaTemplate;
import org.passerelle.core.internal.organisation.LearnerEntity;
import org.passerelle.core.organisation.LearnerStatus;
import org.passerelle.core.internal.security.JpaTrainerLinks;
import org.passerelle.core.internal.evaluation.Locks;
import org.passerelle.core.periods.LiaisonPlace;
import org.passerelle.core.periods.Placement;
import org.passerelle.core.referential.ReferentialRegistry;
import org.passerelle.core.security.Caller;
import org.passerelle.core.security.Role;
import org.passerelle.core.security.TrainerLinks;
import static org.passerelle.core.internal.periods.PeriodRecords.*;
import static org.passerelle.core.internal.periods.PeriodChecks.*;
import static org.passerelle.core.internal.periods.PeriodViews.*;

/**
 * Placements and their liaison sheets: the place, the individualisation, the re-alignment on the period, the pupil's
 * tutor and the link sent to them.
 */
final class Placements {

    private final JpaTemplate jpa;
    private final ReferentialRegistry referentials;
    private final TrainerLinks trainerLinks;
    private final java.time.Clock clock;

    Placements(JpaTemplate jpa, ReferentialRegistry referentials, TrainerLinks trainerLinks, java.time.Clock clock) {
        this.jpa = jpa;
        this.referentials = referentials;
        this.trainerLinks = trainerLinks;
        this.clock = clock;
    }

    public List<Placement> placements(Caller caller, long periodId) {
        AccessRules.signedIn(caller);
        return jpa.txExpr(TransactionType.Supports, em -> {
            PeriodEntity period = livePeriod(em, caller, periodId);
            AccessRules.requireStaffOf(caller, establishmentOf(period));
            Map<Long, Long> counts = sheetCounts(em, periodId);
            boolean locked = Locks.periodLocked(em, periodId);
            List<PlacementEntity> placements = placementsOf(em, periodId);
            Map<Long, org.passerelle.core.internal.security.TrainerLinkEntity> links = PeriodViews.newestLinks(em, placements);
            java.util.Set<Long> edited = PeriodViews.editedPortfolios(em, placements.stream().map(PlacementEntity::id).toList());
            return placements.stream().map(p -> view(p, counts.getOrDefault(p.id(), 0L), locked, links.get(p.id()), edited.contains(p.id()))).toList();
        });
    }

    public Placement placement(Caller caller, long placementId) {
        AccessRules.signedIn(caller);
        return jpa.txExpr(TransactionType.Supports, em -> view(em, readablePlacement(em, caller, placementId)));
    }

    public Placement updatePlace(Caller caller, long placementId, LiaisonPlace place, Integer version) {
        return editPlacement(caller, placementId, version, Set.of(Role.ADMIN, Role.DDFPT, Role.TEACHER, Role.LEARNER),
                p -> p.place(place(Validation.present(place, "place"), p.learner().status() == org.passerelle.core.organisation.LearnerStatus.APPRENTICE)));
    }

    public Placement individualise(Caller caller, long placementId, List<String> objectives, List<String> tasks, Integer version) {
        AccessRules.signedIn(caller);
        return ConflictTranslatingJpaTemplate.withCurrent(() -> jpa.txExpr(TransactionType.Required, em -> {
            PlacementEntity placement = readablePlacement(em, caller, placementId);
            requireWriter(caller, placement, Set.of(Role.ADMIN, Role.DDFPT, Role.TEACHER, Role.MASTER));
            PeriodEntity period = placement.period();
            List<String> checkedObjectives = objectives(Validation.present(objectives, "objectives"));
            List<String> checkedTasks = tasks(Validation.present(tasks, "tasks"), pinned(referentials, period.annex().referentialCode(), period.annex().referentialVersion()));
            requireVersion(em, placement, version);
            placement.individualise(checkedObjectives, checkedTasks);
            em.flush();
            return view(em, placement);
        }), () -> placement(caller, placementId));
    }

    public Placement realign(Caller caller, long placementId, Integer version) {
        return editPlacement(caller, placementId, version, Set.of(Role.ADMIN, Role.DDFPT, Role.TEACHER), PlacementEntity::followPeriod);
    }

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
}
