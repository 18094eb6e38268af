package org.passerelle.core.internal.evaluation;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.Lob;
import javax.persistence.OneToOne;
import javax.persistence.Table;
import javax.persistence.Version;
import org.passerelle.core.internal.periods.PlacementEntity;

/**
 * The company review of a placement: its header (meeting date, which places it in the learner's chronology,
 * engagement, comment, tasks, modes as JSON); its levels are {@link CriterionResultEntity} rows of its
 * {@link EvaluationEntity}, each with its own version.
 */
@Entity
@Table(name = "COMPANY_REVIEW")
public class CompanyReviewEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;

    @OneToOne(optional = false)
    @JoinColumn(name = "PLACEMENT_ID", nullable = false, unique = true)
    private PlacementEntity placement;

    /** ISO date as text: compares as dates do. */
    @Column(name = "MEETING_DATE", nullable = false, length = 10)
    private String meetingDate;

    @Column(name = "ENGAGEMENT")
    private Integer engagement;

    @Lob
    @Column(name = "REVIEW_COMMENT")
    private String comment;

    /** JSON list of task codes. */
    @Lob
    @Column(name = "TASKS")
    private String tasks;

    /** JSON object: competency code → GLOBAL or CRITERIA. */
    @Lob
    @Column(name = "MODES")
    private String modes;

    @Column(name = "UPDATED_AT", nullable = false)
    private long updatedAt;

    /** Who saved the header last. */
    @javax.persistence.ManyToOne
    @JoinColumn(name = "UPDATED_BY")
    private org.passerelle.core.internal.organisation.PersonEntity updatedBy;

    @Version
    @Column(name = "OPT_LOCK")
    private int version;

    protected CompanyReviewEntity() {
    }

    public CompanyReviewEntity(PlacementEntity placement, String meetingDate) {
        this.placement = placement;
        this.meetingDate = meetingDate;
    }

    public long id() {
        return id;
    }

    public PlacementEntity placement() {
        return placement;
    }

    public String meetingDate() {
        return meetingDate;
    }

    public void meetingDate(String date) {
        this.meetingDate = date;
    }

    public Integer engagement() {
        return engagement;
    }

    public String comment() {
        return comment;
    }

    public String tasks() {
        return tasks;
    }

    public String modes() {
        return modes;
    }

    public long updatedAt() {
        return updatedAt;
    }

    public int version() {
        return version;
    }

    /** The header as its writer saved it. */
    public org.passerelle.core.internal.organisation.PersonEntity updatedBy() {
        return updatedBy;
    }

    public void header(String newMeetingDate, Integer newEngagement, String newComment, String tasksJson, String modesJson,
                       org.passerelle.core.internal.organisation.PersonEntity by, long now) {
        this.updatedBy = by;
        this.meetingDate = newMeetingDate;
        this.engagement = newEngagement;
        this.comment = newComment;
        this.tasks = tasksJson;
        this.modes = modesJson;
        this.updatedAt = now;
    }
}
