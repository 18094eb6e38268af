package org.passerelle.core.internal.audit;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** One sensitive action; written in the same transaction as the action itself, never changed. */
@Entity
@Table(name = "AUDIT_ENTRY")
public class AuditEntryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;

    @Column(name = "OCCURRED_AT", nullable = false)
    private long at;

    @Column(name = "ESTABLISHMENT_ID")
    private Long establishmentId;

    @Column(name = "ACTOR", nullable = false, length = 80)
    private String actor;

    @Column(name = "ACTION", nullable = false, length = 40)
    private String action;

    @Column(name = "TARGET", length = 200)
    private String target;

    @Column(name = "DETAIL", length = 1000)
    private String detail;

    /** What happened, in French, with names (issue 10); null in entries written before. */
    @Column(name = "SUMMARY", length = 1000)
    private String summary;

    protected AuditEntryEntity() {
    }

    public AuditEntryEntity(long at, Long establishmentId, String actor, String action, String target, String detail, String summary) {
        this.summary = summary;
        this.at = at;
        this.establishmentId = establishmentId;
        this.actor = actor;
        this.action = action;
        this.target = target;
        this.detail = detail;
    }

    public long id() {
        return id;
    }

    public long at() {
        return at;
    }

    public Long establishmentId() {
        return establishmentId;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String target() {
        return target;
    }

    public String detail() {
        return detail;
    }

    public String summary() {
        return summary;
    }
}
