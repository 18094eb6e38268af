package org.passerelle.core.internal.followup;

import javax.persistence.EntityManager;
import org.passerelle.core.DomainException;
import org.passerelle.core.internal.organisation.LearnerEntity;
import org.passerelle.core.internal.organisation.PersonEntity;
import org.passerelle.core.internal.periods.ActivitySheetEntity;
import org.passerelle.core.internal.periods.PlacementEntity;
import org.passerelle.core.security.Caller;
import org.passerelle.referential.model.Field;
import org.passerelle.referential.model.FieldType;
import org.passerelle.referential.model.Page;

/** Comments on COMMENTS fields: one row each, with the author's name kept. */
final class Comments {

    private Comments() {
    }

    static Field requireCommentsField(Page page, String fieldCode) {
        org.passerelle.core.internal.common.Validation.present(fieldCode, "field");
        Field field = page.fields().stream().filter(f -> f.code().equals(fieldCode)).findFirst()
                .orElseThrow(() -> DomainException.invalid("unknown-field", page.code() + "." + fieldCode, fieldCode, page.title()));
        if (field.type() != FieldType.COMMENTS) {
            throw DomainException.invalid("not-a-comments-field", page.code() + "." + fieldCode, field.label());
        }
        return field;
    }

    static CommentEntity add(EntityManager em, Caller caller, LearnerEntity learner, PlacementEntity placement, ActivitySheetEntity sheet,
                             String pageCode, String fieldCode, String text, long now) {
        Field field = new Field(fieldCode, fieldCode, FieldType.LONG_TEXT, null, null, null, null, null);
        String checked = text == null ? null
                : LeafValues.longText(FollowUpRecords.JSON.getNodeFactory().textNode(text), pageCode + "." + fieldCode, field);
        if (checked == null) {
            throw DomainException.invalid("required", "text");
        }
        if (checked.length() > Portfolios.COMMENT_MAX) {
            throw DomainException.invalid("too-long", "text", Portfolios.COMMENT_MAX);
        }
        PersonEntity author = em.find(PersonEntity.class, caller.personId());
        if (author == null) {
            throw DomainException.unauthenticated("not-signed-in", null);
        }
        CommentEntity comment = new CommentEntity(learner, placement, sheet, pageCode, fieldCode, author, checked, now);
        em.persist(comment);
        em.flush();
        return comment;
    }
}
