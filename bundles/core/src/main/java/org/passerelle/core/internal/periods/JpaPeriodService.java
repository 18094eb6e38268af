package org.passerelle.core.internal.periods;

import java.time.Clock;
import java.util.List;
import org.apache.aries.jpa.template.JpaTemplate;
import org.passerelle.core.periods.Annex;
import org.passerelle.core.periods.AnnexForm;
import org.passerelle.core.periods.LearnerPeriod;
import org.passerelle.core.periods.LiaisonPlace;
import org.passerelle.core.periods.Period;
import org.passerelle.core.periods.PeriodInformation;
import org.passerelle.core.periods.PeriodService;
import org.passerelle.core.periods.Placement;
import org.passerelle.core.periods.PlacementDocument;
import org.passerelle.core.periods.PreAgreementTerms;
import org.passerelle.core.periods.AttendanceDetails;
import org.passerelle.core.referential.ReferentialRegistry;
import org.passerelle.core.security.Caller;
import org.passerelle.core.security.TrainerLinks;

/**
 * {@link PeriodService} on JPA, one class per aggregate behind it: {@link Annexes}, {@link Periods},
 * {@link Placements}, {@link PlacementDocuments}, {@link DocumentFields}; what they share is in {@link PeriodRecords}
 * (access), {@link PeriodChecks} (validation) and {@link PeriodViews} (answers). Every call checks access first, then
 * runs in one transaction.
 */
public final class JpaPeriodService implements PeriodService {

    private final Annexes annexRecords;
    private final Periods periodRecords;
    private final Placements placementRecords;
    private final PlacementDocuments documentRecords;
    private final DocumentFields documentFields;

    public JpaPeriodService(JpaTemplate jpa, ReferentialRegistry referentials, TrainerLinks trainerLinks) {
        this(jpa, referentials, trainerLinks, Clock.systemUTC());
    }

    /** With the clock that dates deletions and sheets and judges the 30-day restore window (tests move it). */
    public JpaPeriodService(JpaTemplate jpa, ReferentialRegistry referentials, TrainerLinks trainerLinks, Clock clock) {
        this.annexRecords = new Annexes(jpa, referentials);
        this.periodRecords = new Periods(jpa, referentials, clock);
        this.placementRecords = new Placements(jpa, referentials, trainerLinks, clock);
        this.documentRecords = new PlacementDocuments(jpa, referentials);
        this.documentFields = new DocumentFields(jpa);
    }

    @Override
    public List<Annex> annexes(Caller caller, long establishmentId) {
        return annexRecords.annexes(caller, establishmentId);
    }

    @Override
    public Annex createAnnex(Caller caller, long establishmentId, AnnexForm form) {
        return annexRecords.createAnnex(caller, establishmentId, form);
    }

    @Override
    public Annex updateAnnex(Caller caller, long annexId, AnnexForm form) {
        return annexRecords.updateAnnex(caller, annexId, form);
    }

    @Override
    public Period createPeriod(Caller caller, long annexId, PeriodInformation information, List<Long> learnerIds) {
        return periodRecords.createPeriod(caller, annexId, information, learnerIds);
    }

    @Override
    public List<Period> periods(Caller caller, long establishmentId, Long classLevelId) {
        return periodRecords.periods(caller, establishmentId, classLevelId);
    }

    @Override
    public Period period(Caller caller, long periodId) {
        return periodRecords.period(caller, periodId);
    }

    @Override
    public Period updateInformation(Caller caller, long periodId, PeriodInformation information, Integer version) {
        return periodRecords.updateInformation(caller, periodId, information, version);
    }

    @Override
    public Period updateLearners(Caller caller, long periodId, List<Long> learnerIds, Integer version) {
        return periodRecords.updateLearners(caller, periodId, learnerIds, version);
    }

    @Override
    public Period updateObjectives(Caller caller, long periodId, List<String> objectives, Integer version) {
        return periodRecords.updateObjectives(caller, periodId, objectives, version);
    }

    @Override
    public Period updateTasks(Caller caller, long periodId, List<String> tasks, Integer version) {
        return periodRecords.updateTasks(caller, periodId, tasks, version);
    }

    @Override
    public void deletePeriod(Caller caller, long periodId, boolean confirm) {
        periodRecords.deletePeriod(caller, periodId, confirm);
    }

    @Override
    public Period restorePeriod(Caller caller, long periodId) {
        return periodRecords.restorePeriod(caller, periodId);
    }

    @Override
    public List<Period> deletedPeriods(Caller caller, long establishmentId) {
        return periodRecords.deletedPeriods(caller, establishmentId);
    }

    @Override
    public List<Placement> placements(Caller caller, long periodId) {
        return placementRecords.placements(caller, periodId);
    }

    @Override
    public List<LearnerPeriod> learnerPeriods(Caller caller, long learnerId) {
        return periodRecords.learnerPeriods(caller, learnerId);
    }

    @Override
    public PlacementDocument document(Caller caller, long placementId) {
        return documentRecords.document(caller, placementId);
    }

    @Override
    public PlacementDocument preAgreement(Caller caller, long placementId) {
        return documentRecords.preAgreement(caller, placementId);
    }

    @Override
    public List<PlacementDocument> documents(Caller caller, long periodId) {
        return documentRecords.documents(caller, periodId);
    }

    @Override
    public Placement placement(Caller caller, long placementId) {
        return placementRecords.placement(caller, placementId);
    }

    @Override
    public Placement updatePlace(Caller caller, long placementId, LiaisonPlace place, Integer version) {
        return placementRecords.updatePlace(caller, placementId, place, version);
    }

    @Override
    public Placement individualise(Caller caller, long placementId, List<String> objectives, List<String> tasks, Integer version) {
        return placementRecords.individualise(caller, placementId, objectives, tasks, version);
    }

    @Override
    public Placement realign(Caller caller, long placementId, Integer version) {
        return placementRecords.realign(caller, placementId, version);
    }

    @Override
    public Placement createTutor(Caller caller, long placementId, String familyName, String firstName, String email) {
        return placementRecords.createTutor(caller, placementId, familyName, firstName, email);
    }

    @Override
    public org.passerelle.core.security.TrainerLink sendTutorLink(Caller caller, long placementId, String accessUrlPrefix) {
        return placementRecords.sendTutorLink(caller, placementId, accessUrlPrefix);
    }

    @Override
    public PreAgreementTerms preAgreementTerms(Caller caller, long periodId) {
        return documentFields.terms(caller, periodId);
    }

    @Override
    public PreAgreementTerms updatePreAgreementTerms(Caller caller, long periodId, PreAgreementTerms terms) {
        return documentFields.updateTerms(caller, periodId, terms);
    }

    @Override
    public AttendanceDetails attendance(Caller caller, long placementId) {
        return documentFields.attendance(caller, placementId);
    }

    @Override
    public AttendanceDetails updateAttendance(Caller caller, long placementId, AttendanceDetails details) {
        return documentFields.updateAttendance(caller, placementId, details);
    }
}
