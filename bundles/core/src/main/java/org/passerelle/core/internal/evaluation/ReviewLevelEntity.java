package org.passerelle.core.internal.evaluation;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;

/** One competency's level in a competency review, against intermediate or terminal objectives (null in a company-activity review). */
@Entity
@Table(name = "REVIEW_LEVEL")
public class ReviewLevelEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "REVIEW_ID", nullable = false)
    private IntermediateReviewEntity review;

    @Column(name = "COMPETENCY", nullable = false, length = 32)
    private String competency;

    /** A {@link org.passerelle.core.evaluation.ReviewLevel} name. */
    @Column(name = "REVIEW_LEVEL", nullable = false, length = 24)
    private String level;

    /** A {@link org.passerelle.core.evaluation.CompetencyReview.Objective} name, or null. */
    @Column(name = "OBJECTIVE", length = 16)
    private String objective;

    protected ReviewLevelEntity() {
    }

    public ReviewLevelEntity(IntermediateReviewEntity review, String competency, String level, String objective) {
        this.review = review;
        this.competency = competency;
        this.level = level;
        this.objective = objective;
    }

    public IntermediateReviewEntity review() {
        return review;
    }

    public String competency() {
        return competency;
    }

    public String level() {
        return level;
    }

    public String objective() {
        return objective;
    }

    public void set(String newLevel, String newObjective) {
        this.level = newLevel;
        this.objective = newObjective;
    }
}
