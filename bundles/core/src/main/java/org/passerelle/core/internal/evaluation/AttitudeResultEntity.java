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
import org.passerelle.core.internal.periods.PlacementEntity;

/**
 * One level of a placement's professional attitudes review, on one side: the company's (tutor or master) or the
 * school's (the teacher completing or correcting it). Each side its own row and version, so that neither overwrites
 * the other.
 */
@Entity
@Table(name = "ATTITUDE_RESULT")
public class AttitudeResultEntity implements LevelRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "PLACEMENT_ID", nullable = false)
    private PlacementEntity placement;

    @Column(name = "ATTITUDE", nullable = false, length = 32)
    private String attitude;

    /** {@link org.passerelle.core.evaluation.AttitudesReview.Side} name. */
    @Column(name = "SIDE", nullable = false, length = 8)
    private String side;

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

    protected AttitudeResultEntity() {
    }

    public AttitudeResultEntity(PlacementEntity placement, String attitude, String side) {
        this.placement = placement;
        this.attitude = attitude;
        this.side = side;
    }

    public PlacementEntity placement() {
        return placement;
    }

    public String attitude() {
        return attitude;
    }

    public String side() {
        return side;
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
