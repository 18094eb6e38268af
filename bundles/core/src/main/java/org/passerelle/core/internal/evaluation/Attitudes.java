package org.passerelle.core.internal.evaluation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.passerelle.core.DomainException;
import org.passerelle.core.evaluation.AttitudesReview;
import org.passerelle.core.evaluation.AttitudesReview.Side;
import org.passerelle.core.evaluation.SuccessLevel;
import org.passerelle.core.internal.common.Validation;
import org.passerelle.core.internal.organisation.PersonEntity;
import org.passerelle.core.internal.periods.PeriodAccess;
import org.passerelle.core.internal.periods.PlacementEntity;
import org.passerelle.core.security.Caller;
import org.passerelle.referential.model.Item;
import org.passerelle.referential.model.Referential;

/**
 * The professional attitudes review (issue 12, item 4; guide 000): the tutor or master gives the company's levels, the
 * teacher completes or corrects them on the school's side; both are kept and shown. A save holds the placement's row,
 * each level is checked against its own version. Like the company review of the same placement, it is no longer changed
 * once taken into account by a finalised intermediate review (the period is locked then too).
 */
final class Attitudes {

    static final int MAX = 100;

    private final JpaTemplate jpa;
    private final CompanyReviewViews views;
    private final Clock clock;

    Attitudes(JpaTemplate jpa, CompanyReviewViews views, Clock clock) {
        this.jpa = jpa;
        this.views = views;
        this.clock = clock;
    }

    AttitudesReview read(Caller caller, long placementId) {
        return jpa.txExpr(TransactionType.Supports, em -> view(em, caller, PeriodAccess.placement(em, caller, placementId)));
    }

    AttitudesReview save(Caller caller, long placementId, List<AttitudesReview.Change> changes) {
        return jpa.txExpr(TransactionType.Required, em -> {
            PlacementEntity placement = PeriodAccess.placement(em, caller, placementId);
            Side side = side(caller);
            if (side == null) {
                throw DomainException.forbidden("role-not-allowed", caller.role());
            }
            // Taken into account with the placement's company review: answered as such whatever the body says.
            if (Locks.reviewTakenIntoAccount(em, placementId)) {
                throw DomainException.conflict("attitudes-taken-into-account", null);
            }
            Referential referential = views.referential(placement);
            List<AttitudesReview.Change> given = Validation.present(changes, "results");
            if (given.isEmpty() || given.size() > MAX) {
                throw given.isEmpty() ? DomainException.invalid("required", "results") : DomainException.invalid("too-many", "results", MAX);
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < given.size(); i++) {
                AttitudesReview.Change change = Validation.present(given.get(i), "results[" + i + "]");
                String code = Validation.required(change.attitude(), "results[" + i + "].attitude", 32);
                if (referential.attitudes().stream().noneMatch(a -> a.code().equals(code))) {
                    throw DomainException.invalid("unknown-attitude", "results[" + i + "].attitude", code, referential.code(), referential.version());
                }
                Validation.version(change.version(), "results[" + i + "].version");
                if (!seen.add(code)) {
                    throw DomainException.invalid("duplicate-result", "results[" + i + "]", code);
                }
            }
            em.refresh(placement, LockModeType.PESSIMISTIC_WRITE);
            if (Locks.reviewTakenIntoAccount(em, placementId)) {
                throw DomainException.conflict("attitudes-taken-into-account", null);
            }
            Map<String, AttitudeResultEntity> rows = rows(em, placementId, side);
            for (AttitudesReview.Change change : given) {
                if (!LevelRow.fresh(rows.get(change.attitude().trim()), change.level() == null ? null : change.level().name(), change.version())) {
                    throw DomainException.staleVersion(view(em, caller, placement));
                }
            }
            PersonEntity by = em.find(PersonEntity.class, caller.personId());
            long now = clock.millis();
            for (AttitudesReview.Change change : given) {
                String code = change.attitude().trim();
                LevelRow.write(em, rows.get(code), () -> new AttitudeResultEntity(placement, code, side.name()),
                        change.level() == null ? null : change.level().name(), by, now);
            }
            em.flush();
            return view(em, caller, placement);
        });
    }

    /** The side a caller writes: the company's for the tutor and the master, the school's for staff; none for a learner. */
    static Side side(Caller caller) {
        return switch (caller.role()) {
            case TUTOR, MASTER -> Side.COMPANY;
            case ADMIN, DDFPT, TEACHER -> Side.SCHOOL;
            case LEARNER -> null;
        };
    }

    /** The side's levels of the placement, by attitude code. */
    private static Map<String, AttitudeResultEntity> rows(EntityManager em, long placementId, Side side) {
        Map<String, AttitudeResultEntity> rows = new HashMap<>();
        em.createQuery("SELECT a FROM AttitudeResultEntity a WHERE a.placement.id = :p AND a.side = :s", AttitudeResultEntity.class)
                .setParameter("p", placementId).setParameter("s", side.name()).getResultList().forEach(a -> rows.put(a.attitude(), a));
        return rows;
    }

    private AttitudesReview view(EntityManager em, Caller caller, PlacementEntity placement) {
        boolean locked = Locks.reviewTakenIntoAccount(em, placement.id());
        Referential referential = views.referential(placement);
        Map<String, AttitudeResultEntity> rows = new HashMap<>();
        em.createQuery("SELECT a FROM AttitudeResultEntity a WHERE a.placement.id = :p", AttitudeResultEntity.class)
                .setParameter("p", placement.id()).getResultList().forEach(a -> rows.put(a.side() + "/" + a.attitude(), a));
        List<AttitudesReview.Attitude> attitudes = referential.attitudes().stream().map((Item a) -> new AttitudesReview.Attitude(a.code(), a.title(),
                level(rows.get(Side.COMPANY.name() + "/" + a.code())), level(rows.get(Side.SCHOOL.name() + "/" + a.code())))).toList();
        var learner = placement.learner().person();
        return new AttitudesReview(placement.id(), placement.learner().id(), learner.firstName() + " " + learner.familyName(), placement.period().name(),
                LocalDate.parse(placement.period().startDate()), LocalDate.parse(placement.period().endDate()), placement.place().companyName(),
                referential.code(), referential.version(), attitudes, locked ? null : side(caller), locked);
    }

    private static AttitudesReview.Level level(AttitudeResultEntity row) {
        if (row == null) {
            return new AttitudesReview.Level(null, null, null, 0);
        }
        return new AttitudesReview.Level(row.level() == null ? null : SuccessLevel.valueOf(row.level()), ResultRows.name(row.updatedBy()),
                row.updatedAt() == 0 ? null : Instant.ofEpochMilli(row.updatedAt()), row.version());
    }
}
