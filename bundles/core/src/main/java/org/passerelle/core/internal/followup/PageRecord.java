package org.passerelle.core.internal.followup;

import javax.persistence.Column;
import javax.persistence.Lob;
import javax.persistence.MappedSuperclass;
import javax.persistence.Version;

/**
 * The values of one layout page as the learner (or the team, for the booklet) saved them: JSON by field code, checked
 * against the layout before every save ({@link LayoutValues}), with its own version so that two pages are saved apart.
 */
@MappedSuperclass
public abstract class PageRecord {

    @Column(name = "PAGE_CODE", nullable = false, length = 64)
    private String pageCode;

    @Lob
    @Column(name = "PAGE_VALUES", nullable = false)
    private String values;

    @Column(name = "COMPLETE", nullable = false)
    private boolean complete;

    @Column(name = "UPDATED_AT", nullable = false)
    private long updatedAt;

    @Version
    @Column(name = "OPT_LOCK")
    private int version;

    protected PageRecord() {
    }

    protected PageRecord(String pageCode) {
        this.pageCode = pageCode;
        this.values = "{}";
    }

    public void save(String json, boolean isComplete, long now) {
        this.values = json;
        this.complete = isComplete;
        this.updatedAt = now;
    }

    public String pageCode() {
        return pageCode;
    }

    public String values() {
        return values;
    }

    public boolean complete() {
        return complete;
    }

    public long updatedAt() {
        return updatedAt;
    }

    public int version() {
        return version;
    }
}
