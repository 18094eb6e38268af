package org.passerelle.core.internal.evaluation;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;
import org.passerelle.core.internal.organisation.LearnerEntity;

/** An intermediate competency review of a learner; for now its date and whether it is finalised. */
@Entity
@Table(name = "INTERMEDIATE_REVIEW")
public class IntermediateReviewEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "LEARNER_ID", nullable = false)
    private LearnerEntity learner;

    @Column(name = "REVIEW_DATE", nullable = false, length = 10)
    private String reviewDate;

    @Column(name = "FINALISED", nullable = false)
    private boolean finalised;

    protected IntermediateReviewEntity() {
    }

    public IntermediateReviewEntity(LearnerEntity learner, String reviewDate, boolean finalised) {
        this.learner = learner;
        this.reviewDate = reviewDate;
        this.finalised = finalised;
    }
}
