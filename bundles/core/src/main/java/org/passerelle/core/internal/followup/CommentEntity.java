package org.passerelle.core.internal.followup;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.Lob;
import javax.persistence.ManyToOne;
import javax.persistence.Table;
import org.passerelle.core.internal.organisation.LearnerEntity;
import org.passerelle.core.internal.organisation.PersonEntity;
import org.passerelle.core.internal.periods.ActivitySheetEntity;
import org.passerelle.core.internal.periods.PlacementEntity;

/**
 * A comment on a COMMENTS field of a portfolio or logbook page (placement set) or of a sheet (sheet set). The author's
 * name is kept with it, so that it still reads when the author's account is gone.
 */
@Entity
@Table(name = "FOLLOW_UP_COMMENT")
public class CommentEntity {

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

    @ManyToOne
    @JoinColumn(name = "SHEET_ID")
    private ActivitySheetEntity sheet;

    @Column(name = "PAGE_CODE", nullable = false, length = 64)
    private String pageCode;

    @Column(name = "FIELD_CODE", nullable = false, length = 64)
    private String fieldCode;

    @ManyToOne
    @JoinColumn(name = "AUTHOR_ID")
    private PersonEntity author;

    @Column(name = "AUTHOR_NAME", nullable = false, length = 210)
    private String authorName;

    @Column(name = "AUTHOR_ROLE", nullable = false, length = 16)
    private String authorRole;

    @Lob
    @Column(name = "TEXT", nullable = false)
    private String text;

    @Column(name = "CREATED_AT", nullable = false)
    private long createdAt;

    protected CommentEntity() {
    }

    public CommentEntity(LearnerEntity learner, PlacementEntity placement, ActivitySheetEntity sheet, String pageCode, String fieldCode,
                         PersonEntity author, String text, long createdAt) {
        this.learner = learner;
        this.placement = placement;
        this.sheet = sheet;
        this.pageCode = pageCode;
        this.fieldCode = fieldCode;
        this.author = author;
        this.authorName = author.firstName() + " " + author.familyName();
        this.authorRole = author.role().name();
        this.text = text;
        this.createdAt = createdAt;
    }

    public long id() {
        return id;
    }

    public String pageCode() {
        return pageCode;
    }

    public String fieldCode() {
        return fieldCode;
    }

    public String authorName() {
        return authorName;
    }

    public String authorRole() {
        return authorRole;
    }

    public String text() {
        return text;
    }

    public long createdAt() {
        return createdAt;
    }
}
