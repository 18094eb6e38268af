package org.passerelle.core.internal.periods;

import org.passerelle.core.internal.common.Validation;
import org.passerelle.core.internal.common.AccessRules;
import java.util.List;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.passerelle.core.DomainException;
import org.passerelle.core.internal.common.Establishments;
import org.passerelle.core.internal.common.ConflictTranslatingJpaTemplate;
import org.passerelle.core.internal.organisation.ClassLevelEntity;
import org.passerelle.core.periods.Annex;
import org.passerelle.core.periods.AnnexForm;
import org.passerelle.core.referential.ReferentialEntry;
import org.passerelle.core.referential.ReferentialRegistry;
import org.passerelle.core.referential.ReferentialStatus;
import org.passerelle.core.security.Caller;
import static org.passerelle.core.internal.periods.PeriodRecords.*;
import static org.passerelle.core.internal.periods.PeriodChecks.*;
import static org.passerelle.core.internal.periods.PeriodViews.*;

/**
 * Pedagogical annexes: listed, created and changed by the staff of their establishment; each pins the referential
 * version of its class level, and the periods made from it keep their own copy.
 */
final class Annexes {

    private final JpaTemplate jpa;
    private final ReferentialRegistry referentials;

    Annexes(JpaTemplate jpa, ReferentialRegistry referentials) {
        this.jpa = jpa;
        this.referentials = referentials;
    }

    public List<Annex> annexes(Caller caller, long establishmentId) {
        AccessRules.requireStaffOf(caller, establishmentId);
        Establishments.requireExisting(jpa, caller, establishmentId);
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "SELECT a FROM AnnexEntity a WHERE a.classLevel.establishment.id = :e ORDER BY a.id", AnnexEntity.class)
                .setParameter("e", establishmentId).getResultList().stream().map(PeriodViews::annex).toList());
    }

    public Annex createAnnex(Caller caller, long establishmentId, AnnexForm form) {
        AccessRules.requireStaffOf(caller, establishmentId);
        Establishments.requireExisting(jpa, caller, establishmentId);
        String name = Validation.required(form.name(), "name", 200);
        Long classLevelId = Validation.present(form.classLevelId(), "classLevelId");
        // A missing or null list is a mistake, never "none" (issue 9): an empty list says none.
        List<String> objectives = objectives(Validation.present(form.objectives(), "objectives"));
        return jpa.txExpr(TransactionType.Required, em -> {
            ClassLevelEntity level = em.find(ClassLevelEntity.class, classLevelId);
            if (level == null || level.establishment().id() != establishmentId) {
                throw DomainException.invalid("unknown-class-level", "classLevelId", classLevelId);
            }
            // The annex keeps the version it was made under: a newer referential never changes it.
            ReferentialEntry referential = referentials.find(level.referentialCode(), null)
                    .filter(r -> r.summary().status() == ReferentialStatus.ACTIVE)
                    .orElseThrow(() -> DomainException.invalid("unknown-referential", "classLevelId", level.referentialCode()));
            AnnexEntity annex = new AnnexEntity(level, name, referential.summary().code(), referential.summary().version(), objectives,
                    tasks(Validation.present(form.tasks(), "tasks"), referential));
            em.persist(annex);
            em.flush();
            return annex(annex);
        });
    }

    public Annex updateAnnex(Caller caller, long annexId, AnnexForm form) {
        AccessRules.signedIn(caller);
        return ConflictTranslatingJpaTemplate.withCurrent(() -> jpa.txExpr(TransactionType.Required, em -> {
            AnnexEntity annex = em.find(AnnexEntity.class, annexId);
            if (annex == null || !AccessRules.sees(caller, annex.classLevel().establishment().id())) {
                throw DomainException.notFound("annex-not-found", annexId);
            }
            AccessRules.requireStaffOf(caller, annex.classLevel().establishment().id());
            // What the request says is judged only once the caller may make it.
            String name = Validation.required(form.name(), "name", 200);
            List<String> objectives = objectives(Validation.present(form.objectives(), "objectives"));
            Integer version = Validation.version(form.version(), "version");
            if (annex.version() != version) {
                throw DomainException.staleVersion(annex(annex));
            }
            em.lock(annex, javax.persistence.LockModeType.OPTIMISTIC); // a save that changes nothing is checked at commit too
            annex.update(name, objectives, tasks(Validation.present(form.tasks(), "tasks"), pinned(referentials, annex.referentialCode(), annex.referentialVersion())));
            em.flush();
            return annex(annex);
        }), () -> jpa.txExpr(TransactionType.Supports, em -> annex(em.find(AnnexEntity.class, annexId))));
    }
}
