package org.passerelle.core.internal.evaluation;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.OneToOne;
import javax.persistence.Table;
import org.passerelle.core.internal.organisation.LearnerEntity;

/**
 * One column of a learner's dashboard: their part of a school evaluation, or their placement's company review (one
 * of the two). Made with the first level saved; its results are {@link CriterionResultEntity} rows.
 */
@Entity
@Table(name = "EVALUATION")
public class EvaluationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "LEARNER_ID", nullable = false)
    private LearnerEntity learner;

    @ManyToOne
    @JoinColumn(name = "SCHOOL_EVALUATION_ID")
    private SchoolEvaluationEntity schoolEvaluation;

    @OneToOne
    @JoinColumn(name = "COMPANY_REVIEW_ID")
    private CompanyReviewEntity companyReview;

    protected EvaluationEntity() {
    }

    private EvaluationEntity(LearnerEntity learner, SchoolEvaluationEntity schoolEvaluation, CompanyReviewEntity companyReview) {
        this.learner = learner;
        this.schoolEvaluation = schoolEvaluation;
        this.companyReview = companyReview;
    }

    public static EvaluationEntity atSchool(LearnerEntity learner, SchoolEvaluationEntity evaluation) {
        return new EvaluationEntity(learner, evaluation, null);
    }

    public static EvaluationEntity inCompany(CompanyReviewEntity review) {
        return new EvaluationEntity(review.placement().learner(), null, review);
    }

    public long id() {
        return id;
    }

    public LearnerEntity learner() {
        return learner;
    }

    public SchoolEvaluationEntity schoolEvaluation() {
        return schoolEvaluation;
    }

    public CompanyReviewEntity companyReview() {
        return companyReview;
    }
}
