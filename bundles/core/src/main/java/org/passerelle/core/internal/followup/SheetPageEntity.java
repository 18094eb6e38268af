package org.passerelle.core.internal.followup;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;
import org.passerelle.core.internal.periods.ActivitySheetEntity;

/** A page of an activity sheet (context, sheet, link to referential, annexes in MELEC's layout). */
@Entity
@Table(name = "SHEET_PAGE", uniqueConstraints = @UniqueConstraint(name = "UK_SHEET_PAGE", columnNames = {"SHEET_ID", "PAGE_CODE"}))
public class SheetPageEntity extends PageRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "SHEET_ID", nullable = false)
    private ActivitySheetEntity sheet;

    protected SheetPageEntity() {
    }

    public SheetPageEntity(ActivitySheetEntity sheet, String pageCode) {
        super(pageCode);
        this.sheet = sheet;
    }

    public long id() {
        return id;
    }

    public ActivitySheetEntity sheet() {
        return sheet;
    }
}
