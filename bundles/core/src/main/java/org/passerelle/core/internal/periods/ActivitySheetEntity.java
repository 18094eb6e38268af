package org.passerelle.core.internal.periods;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;
import org.passerelle.core.internal.organisation.LearnerEntity;

/**
 * An activity sheet's place in the learner's folders. When its period is deleted it moves to the free-sheets
 * folder (placement null) and remembers where it came from, so that restoring the period brings it back.
 */
@Entity
@Table(name = "ACTIVITY_SHEET")
public class ActivitySheetEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "LEARNER_ID", nullable = false)
    private LearnerEntity learner;

    @ManyToOne
    @JoinColumn(name = "PLACEMENT_ID")
    private PlacementEntity placement;

    @Column(name = "ORIGIN_PLACEMENT_ID")
    private Long originPlacementId;

    @Column(name = "FORMER_PERIOD_NAME", length = 200)
    private String formerPeriodName;

    @Column(name = "TITLE", nullable = false, length = 200)
    private String title;

    @Column(name = "CREATED_AT", nullable = false)
    private long createdAt;

    /** The learner's last change (title, a page; for a weekly sheet, its week's entry in the logbook): read states count from it. */
    @Column(name = "UPDATED_AT", nullable = false)
    private long updatedAt;

    /** 0, or when the learner deleted it: a deleted sheet stays, readable by staff (issue 11, item 3). */
    @Column(name = "DELETED_AT", nullable = false)
    private long deletedAt;

    /** For an apprentice's weekly sheet, its ISO week ({@code 2027-W18}); null for a sheet the learner started. */
    @Column(name = "WEEK", length = 8)
    private String week;

    /** The tasks the teacher checked or added on « Relier au référentiel », as a JSON list of codes. */
    @javax.persistence.Lob
    @Column(name = "CHECKED_TASKS")
    private String checkedTasks;

    /** What the teacher chose to evaluate at the visit: a JSON list of {competency, criterion}. */
    @javax.persistence.Lob
    @Column(name = "SELECTIONS")
    private String selections;

    /** The referential version whose layout gives the sheet its pages (null for a sheet older than issue 11 whose placement is gone). */
    @Column(name = "REFERENTIAL_CODE", length = 32)
    private String referentialCode;

    @Column(name = "REFERENTIAL_VERSION", length = 32)
    private String referentialVersion;

    /** The teacher's link's own version (« Relier au référentiel »), raised by each link, apart from the learner's saves. */
    @Column(name = "LINK_VERSION", nullable = false)
    private int linkVersion;

    @javax.persistence.Version
    @Column(name = "OPT_LOCK")
    private int version;

    protected ActivitySheetEntity() {
    }

    public ActivitySheetEntity(PlacementEntity placement, String title, long createdAt) {
        this.learner = placement.learner();
        this.placement = placement;
        this.title = title;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
        this.referentialCode = placement.period().annex().referentialCode();
        this.referentialVersion = placement.period().annex().referentialVersion();
    }

    /** An apprentice's sheet for one week of the period (« Fiche activité : semaine NN [AAAA] »). */
    public static ActivitySheetEntity weekly(PlacementEntity placement, String weekKey, String title, long createdAt) {
        ActivitySheetEntity sheet = new ActivitySheetEntity(placement, title, createdAt);
        sheet.week = weekKey;
        return sheet;
    }

    public void rename(String newTitle, long now) {
        title = newTitle;
        touch(now);
    }

    /** The learner changed it (or, for a weekly sheet, its week's entry). */
    public void touch(long now) {
        updatedAt = Math.max(now, updatedAt + 1);
    }

    public void delete(long now) {
        deletedAt = now;
    }

    public void link(String tasksJson, String selectionsJson) {
        checkedTasks = tasksJson;
        selections = selectionsJson;
        linkVersion++;
    }

    public int linkVersion() {
        return linkVersion;
    }

    public long updatedAt() {
        return updatedAt;
    }

    public long deletedAt() {
        return deletedAt;
    }

    public boolean deleted() {
        return deletedAt > 0;
    }

    public String week() {
        return week;
    }

    public String checkedTasks() {
        return checkedTasks;
    }

    public String selections() {
        return selections;
    }

    public String referentialCode() {
        return referentialCode;
    }

    public String referentialVersion() {
        return referentialVersion;
    }

    public int version() {
        return version;
    }

    /** To the free-sheets folder, remembering the placement it leaves. */
    public void free() {
        if (placement != null) {
            originPlacementId = placement.id();
            formerPeriodName = placement.period().name();
            placement = null;
        }
    }

    /**
     * To the free-sheets folder for good: its learner was taken off the period, whose placement goes. The sheet
     * keeps the period's name so the learner recognises it.
     */
    public void leave() {
        if (placement != null) {
            formerPeriodName = placement.period().name();
            originPlacementId = null;
            placement = null;
        }
    }

    /** Back into the placement it came from. */
    public void restoreTo(PlacementEntity origin) {
        placement = origin;
        originPlacementId = null;
        formerPeriodName = null;
    }

    public long id() {
        return id;
    }

    public LearnerEntity learner() {
        return learner;
    }

    public PlacementEntity placement() {
        return placement;
    }

    public String title() {
        return title;
    }

    public Long originPlacementId() {
        return originPlacementId;
    }

    public String formerPeriodName() {
        return formerPeriodName;
    }

    public long createdAt() {
        return createdAt;
    }
}
