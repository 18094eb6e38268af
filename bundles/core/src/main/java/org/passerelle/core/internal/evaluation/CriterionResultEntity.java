package org.passerelle.core.internal.evaluation;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;
import javax.persistence.Version;
import org.passerelle.core.internal.organisation.PersonEntity;

/**
 * One level of an evaluation on a competency ({@code criterion} '' for the competency as a whole) or a criterion, with
 * its own version: two people on one review save level by level. A null level is a cleared one (not evaluated).
 */
@Entity
@Table(name = "CRITERION_RESULT")
public class CriterionResultEntity implements LevelRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "EVALUATION_ID", nullable = false)
    private EvaluationEntity evaluation;

    @Column(name = "COMPETENCY", nullable = false, length = 32)
    private String competency;

    @Column(name = "CRITERION", nullable = false, length = 32)
    private String criterion;

    /** A {@link org.passerelle.core.evaluation.SuccessLevel} name, or null. */
    @Column(name = "RESULT_LEVEL", length = 24)
    private String level;

    @ManyToOne
    @JoinColumn(name = "UPDATED_BY")
    private PersonEntity updatedBy;

    @Column(name = "UPDATED_AT", nullable = false)
    private long updatedAt;

    @Version
    @Column(name = "OPT_LOCK")
    private int version;

    protected CriterionResultEntity() {
    }

    public CriterionResultEntity(EvaluationEntity evaluation, String competency, String criterion) {
        this.evaluation = evaluation;
        this.competency = competency;
        this.criterion = criterion == null ? "" : criterion;
    }

    public long id() {
        return id;
    }

    public EvaluationEntity evaluation() {
        return evaluation;
    }

    public String competency() {
        return competency;
    }

    /** The criterion, or null for the competency as a whole. */
    public String criterion() {
        return criterion.isEmpty() ? null : criterion;
    }

    public String level() {
        return level;
    }

    public PersonEntity updatedBy() {
        return updatedBy;
    }

    public long updatedAt() {
        return updatedAt;
    }

    public int version() {
        return version;
    }

    public void set(String newLevel, PersonEntity by, long now) {
        this.level = newLevel;
        this.updatedBy = by;
        this.updatedAt = now;
    }
}
