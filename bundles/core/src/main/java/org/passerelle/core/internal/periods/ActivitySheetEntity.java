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

    protected ActivitySheetEntity() {
    }

    public ActivitySheetEntity(PlacementEntity placement, String title, long createdAt) {
        this.learner = placement.learner();
        this.placement = placement;
        this.title = title;
        this.createdAt = createdAt;
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

    public String formerPeriodName() {
        return formerPeriodName;
    }

    public long createdAt() {
        return createdAt;
    }
}
