package org.passerelle.core.internal.periods;

import org.passerelle.core.internal.common.AccessRules;
import java.time.LocalDate;
import java.util.List;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.passerelle.core.internal.organisation.LearnerEntity;
import org.passerelle.core.organisation.LearnerStatus;
import org.passerelle.core.periods.PlacementDocument;
import org.passerelle.core.referential.ReferentialEntry;
import org.passerelle.core.referential.ReferentialRegistry;
import org.passerelle.core.security.Caller;
import org.passerelle.core.security.Role;
import static org.passerelle.core.internal.periods.PeriodRecords.*;
import static org.passerelle.core.internal.periods.PeriodChecks.*;
import static org.passerelle.core.internal.periods.PeriodViews.*;

/**
 * What the pre-agreement and the attendance certificate print, for one placement or a whole period: the
 * establishment's logo and stamp, the referent teacher, the period's pre-agreement terms and the placement's
 * attendance details with the rest. Pupils only: an apprentice's placement answers 400 no-agreement-for-apprentice.
 */
final class PlacementDocuments {

    private final JpaTemplate jpa;
    private final ReferentialRegistry referentials;

    PlacementDocuments(JpaTemplate jpa, ReferentialRegistry referentials) {
        this.jpa = jpa;
        this.referentials = referentials;
    }

    public PlacementDocument document(Caller caller, long placementId) {
        AccessRules.signedIn(caller);
        return jpa.txExpr(TransactionType.Supports, em -> {
            PlacementEntity placement = readablePlacement(em, caller, placementId);
            DocumentFields.requirePupil(placement);
            return document(placement);
        });
    }

    /** Not for company trainers: the role is refused before the placement is looked up (nothing tells it exists). */
    public PlacementDocument preAgreement(Caller caller, long placementId) {
        AccessRules.requireRole(caller, Role.ADMIN, Role.DDFPT, Role.TEACHER, Role.LEARNER);
        return document(caller, placementId);
    }

    /** Every pupil of the period; apprentices have a contract instead (issue 10, item 7) and are left out. */
    public List<PlacementDocument> documents(Caller caller, long periodId) {
        AccessRules.signedIn(caller);
        return jpa.txExpr(TransactionType.Supports, em -> {
            PeriodEntity period = livePeriod(em, caller, periodId);
            AccessRules.requireStaffOf(caller, establishmentOf(period));
            return placementsOf(em, periodId).stream().filter(p -> p.learner().status() != LearnerStatus.APPRENTICE).map(this::document).toList();
        });
    }

    private PlacementDocument document(PlacementEntity p) {
        PeriodEntity period = p.period();
        LearnerEntity learner = p.learner();
        var establishment = learner.establishment();
        ReferentialEntry referential = pinned(referentials, period.annex().referentialCode(), period.annex().referentialVersion());
        List<PlacementDocument.Task> tasks = p.tasks().stream()
                .map(code -> new PlacementDocument.Task(code, referential.referential().task(code).map(t -> t.title()).orElse(code))).toList();
        var referent = learner.referentTeacher();
        var school = new PlacementDocument.School(establishment.name(), establishment.uai(), establishment.address(), establishment.imageBytes("logo"),
                establishment.imageBytes("stamp"));
        var who = new PlacementDocument.Learner(learner.person().firstName() + " " + learner.person().familyName(), LocalDate.parse(learner.birthDate()),
                learner.schoolClass() == null ? null : learner.schoolClass().code(),
                referent == null ? null : referent.firstName() + " " + referent.familyName());
        return new PlacementDocument(school, who, period.name(), period.kind(), LocalDate.parse(period.startDate()), LocalDate.parse(period.endDate()),
                referential.summary().code() + " — " + referential.referential().title(), p.place(), p.objectives(), tasks, period.preAgreementTerms(),
                p.attendance());
    }
}
