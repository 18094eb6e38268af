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
import org.passerelle.core.internal.organisation.PersonEntity;
import org.passerelle.core.internal.periods.ActivitySheetEntity;

/** When a reader (teacher, tutor, master) last opened a sheet: the sheet is new to them if it changed since. */
@Entity
@Table(name = "SHEET_READ", uniqueConstraints = @UniqueConstraint(name = "UK_SHEET_READ", columnNames = {"SHEET_ID", "PERSON_ID"}))
public class SheetReadEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "SHEET_ID", nullable = false)
    private ActivitySheetEntity sheet;

    @ManyToOne(optional = false)
    @JoinColumn(name = "PERSON_ID", nullable = false)
    private PersonEntity person;

    @Column(name = "READ_AT", nullable = false)
    private long readAt;

    protected SheetReadEntity() {
    }

    public SheetReadEntity(ActivitySheetEntity sheet, PersonEntity person, long readAt) {
        this.sheet = sheet;
        this.person = person;
        this.readAt = readAt;
    }

    public void read(long at) {
        readAt = Math.max(readAt, at);
    }

    public long readAt() {
        return readAt;
    }
}
