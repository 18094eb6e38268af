package org.passerelle.core.internal.periods;

import static org.passerelle.core.internal.periods.PeriodRecords.establishmentOf;
import static org.passerelle.core.internal.periods.PeriodRecords.livePeriod;
import static org.passerelle.core.internal.periods.PeriodRecords.readablePlacement;
import static org.passerelle.core.internal.periods.PeriodRecords.requireWriter;

import java.math.BigDecimal;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.passerelle.core.DomainException;
import org.passerelle.core.internal.common.AccessRules;
import org.passerelle.core.internal.common.ConflictTranslatingJpaTemplate;
import org.passerelle.core.internal.common.Validation;
import org.passerelle.core.internal.evaluation.Locks;
import org.passerelle.core.organisation.LearnerStatus;
import org.passerelle.core.periods.AttendanceDetails;
import org.passerelle.core.periods.PreAgreementTerms;
import org.passerelle.core.security.Caller;
import org.passerelle.core.security.Role;

/**
 * The data that only the documents print (issue 10, item 6): a period's pre-agreement terms and a placement's
 * attendance details. The teaching team of the establishment reads and writes both; an apprentice's placement has
 * neither (their apprenticeship contract stands for them, item 7).
 */
final class DocumentFields {

    /** Longest terms: a paragraph or two, as the guide's fields are. */
    static final int MAX_TERMS = 2000;
    /** Hours of one period: a whole school year in company stays under it. */
    static final BigDecimal MAX_HOURS = new BigDecimal("2000");

    private static final Set<Role> STAFF = Set.of(Role.ADMIN, Role.DDFPT, Role.TEACHER);

    private final JpaTemplate jpa;

    DocumentFields(JpaTemplate jpa) {
        this.jpa = jpa;
    }

    PreAgreementTerms terms(Caller caller, long periodId) {
        AccessRules.signedIn(caller);
        return jpa.txExpr(TransactionType.Supports, em -> {
            PeriodEntity period = livePeriod(em, caller, periodId);
            AccessRules.requireStaffOf(caller, establishmentOf(period));
            return period.preAgreementTerms();
        });
    }

    /** Like the period's four pages: 409 period-locked once a company review is taken into account, 409 stale-version. */
    PreAgreementTerms updateTerms(Caller caller, long periodId, PreAgreementTerms terms) {
        AccessRules.signedIn(caller);
        return ConflictTranslatingJpaTemplate.withCurrent(() -> jpa.txExpr(TransactionType.Required, em -> {
            PeriodEntity period = livePeriod(em, caller, periodId);
            AccessRules.requireStaffOf(caller, establishmentOf(period));
            PreAgreementTerms form = Validation.present(terms, "terms");
            PreAgreementTerms checked = new PreAgreementTerms(Validation.optional(form.consultation(), "consultation", MAX_TERMS),
                    Validation.optional(form.derogationWork(), "derogationWork", MAX_TERMS),
                    Validation.optional(form.assessment(), "assessment", MAX_TERMS), null);
            if (Locks.periodLocked(em, periodId)) {
                throw DomainException.conflict("period-locked", null);
            }
            if (period.version() != Validation.version(form.version(), "version")) {
                throw DomainException.staleVersion(period.preAgreementTerms());
            }
            em.lock(period, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            period.preAgreementTerms(checked);
            em.flush();
            return period.preAgreementTerms();
        }), () -> terms(caller, periodId));
    }

    AttendanceDetails attendance(Caller caller, long placementId) {
        AccessRules.signedIn(caller);
        return jpa.txExpr(TransactionType.Supports, em -> staffPlacement(em, caller, placementId).attendance());
    }

    AttendanceDetails updateAttendance(Caller caller, long placementId, AttendanceDetails details) {
        AccessRules.signedIn(caller);
        return ConflictTranslatingJpaTemplate.withCurrent(() -> jpa.txExpr(TransactionType.Required, em -> {
            PlacementEntity placement = staffPlacement(em, caller, placementId);
            AttendanceDetails form = Validation.present(details, "attendance");
            AttendanceDetails checked = new AttendanceDetails(Validation.optional(form.representativeName(), "representativeName", 200),
                    Validation.optional(form.headOfficeAddress(), "headOfficeAddress", 500),
                    Validation.optional(form.learnerAddress(), "learnerAddress", 500), hours(form.totalHours()),
                    Validation.optional(form.gratification(), "gratification", 200), Validation.optional(form.signedAt(), "signedAt", 100), null);
            if (placement.version() != Validation.version(form.version(), "version")) {
                throw DomainException.staleVersion(placement.attendance());
            }
            em.lock(placement, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            placement.attendance(checked);
            em.flush();
            return placement.attendance();
        }), () -> attendance(caller, placementId));
    }

    /** Staff of the establishment only (a learner, tutor or master is refused before anything is read), pupils only. */
    private static PlacementEntity staffPlacement(EntityManager em, Caller caller, long placementId) {
        AccessRules.requireRole(caller, Role.ADMIN, Role.DDFPT, Role.TEACHER);
        PlacementEntity placement = readablePlacement(em, caller, placementId);
        requireWriter(caller, placement, STAFF);
        requirePupil(placement);
        return placement;
    }

    /** An apprentice has a contract, not a pre-agreement, and no attendance certificate (issue 10, item 7). */
    static void requirePupil(PlacementEntity placement) {
        if (placement.learner().status() == LearnerStatus.APPRENTICE) {
            throw DomainException.invalid("no-agreement-for-apprentice", "placementId", placement.id());
        }
    }

    /** Empty, or 0 to {@link #MAX_HOURS} with at most one decimal (« 137,5 h »). */
    static BigDecimal hours(BigDecimal hours) {
        if (hours == null) {
            return null;
        }
        if (hours.signum() < 0 || hours.compareTo(MAX_HOURS) > 0 || hours.stripTrailingZeros().scale() > 1) {
            throw DomainException.invalid("hours-out-of-range", "totalHours", MAX_HOURS);
        }
        return hours.setScale(1, java.math.RoundingMode.UNNECESSARY);
    }
}
