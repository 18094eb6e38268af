package org.passerelle.core.internal.evaluation;

import java.time.Clock;
import java.util.List;
import org.apache.aries.jpa.template.JpaTemplate;
import org.passerelle.core.evaluation.AttitudesReview;
import org.passerelle.core.evaluation.CompanyReview;
import org.passerelle.core.evaluation.CompanyReviewChange;
import org.passerelle.core.evaluation.Dashboard;
import org.passerelle.core.evaluation.EvaluationService;
import org.passerelle.core.evaluation.ResultChange;
import org.passerelle.core.evaluation.SchoolEvaluation;
import org.passerelle.core.evaluation.SchoolEvaluationDraft;
import org.passerelle.core.evaluation.SchoolEvaluationSummary;
import org.passerelle.core.referential.ReferentialRegistry;
import org.passerelle.core.security.Caller;

/** The evaluation service over JPA: each operation one transaction (see the pieces it delegates to). */
public class JpaEvaluationService implements EvaluationService {

    private final CompanyReviews companyReviews;
    private final SchoolEvaluations schoolEvaluations;
    private final Dashboards dashboards;
    private final Attitudes attitudes;
    private final Syntheses syntheses;

    public JpaEvaluationService(JpaTemplate jpa, ReferentialRegistry referentials, Clock clock) {
        CompanyReviewViews views = new CompanyReviewViews(referentials);
        this.companyReviews = new CompanyReviews(jpa, views, clock);
        this.attitudes = new Attitudes(jpa, views, clock);
        this.syntheses = new Syntheses(jpa);
        this.schoolEvaluations = new SchoolEvaluations(jpa, referentials, clock);
        this.dashboards = new Dashboards(jpa, referentials);
    }

    @Override
    public CompanyReview companyReview(Caller caller, long placementId) {
        return companyReviews.read(caller, placementId);
    }

    @Override
    public CompanyReview saveCompanyReview(Caller caller, long placementId, CompanyReviewChange change) {
        return companyReviews.save(caller, placementId, change);
    }

    @Override
    public AttitudesReview attitudesReview(Caller caller, long placementId) {
        return attitudes.read(caller, placementId);
    }

    @Override
    public AttitudesReview saveAttitudes(Caller caller, long placementId, List<AttitudesReview.Change> changes) {
        return attitudes.save(caller, placementId, changes);
    }

    @Override
    public SchoolEvaluation createSchoolEvaluation(Caller caller, SchoolEvaluationDraft draft) {
        return schoolEvaluations.create(caller, draft);
    }

    @Override
    public List<SchoolEvaluationSummary> schoolEvaluations(Caller caller, long classId) {
        return schoolEvaluations.list(caller, classId);
    }

    @Override
    public SchoolEvaluation schoolEvaluation(Caller caller, long evaluationId) {
        return schoolEvaluations.read(caller, evaluationId);
    }

    @Override
    public SchoolEvaluation editSchoolEvaluation(Caller caller, long evaluationId, SchoolEvaluationDraft draft, Integer version) {
        return schoolEvaluations.edit(caller, evaluationId, draft, version);
    }

    @Override
    public void deleteSchoolEvaluation(Caller caller, long evaluationId, Integer version) {
        schoolEvaluations.delete(caller, evaluationId, version);
    }

    @Override
    public SchoolEvaluation saveSchoolResults(Caller caller, long evaluationId, List<ResultChange> results) {
        return schoolEvaluations.save(caller, evaluationId, results);
    }

    @Override
    public Dashboard dashboard(Caller caller, long learnerId) {
        return dashboards.dashboard(caller, learnerId);
    }

    @Override
    public org.passerelle.core.evaluation.ActivityView activities(Caller caller, long learnerId) {
        return dashboards.activities(caller, learnerId);
    }

    @Override
    public org.passerelle.core.evaluation.PfmpSynthesis synthesis(Caller caller, long learnerId) {
        return syntheses.learner(caller, learnerId);
    }

    @Override
    public List<org.passerelle.core.evaluation.PfmpSynthesis> levelSynthesis(Caller caller, long classLevelId) {
        return syntheses.level(caller, classLevelId);
    }
}
