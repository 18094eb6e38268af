package org.passerelle.core.internal.organisation;

import org.passerelle.core.internal.common.Validation;
import org.passerelle.core.internal.common.AccessRules;
import java.util.List;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.passerelle.core.DomainException;
import org.passerelle.core.internal.common.Establishments;
import org.passerelle.core.organisation.ClassLevel;
import org.passerelle.core.organisation.SchoolClass;
import org.passerelle.core.organisation.SchoolYear;
import org.passerelle.core.referential.ReferentialRegistry;
import org.passerelle.core.referential.ReferentialStatus;
import org.passerelle.core.security.Caller;
import static org.passerelle.core.internal.organisation.OrganisationRecords.*;

/**
 * Class levels (each on an active referential) and classes of an establishment.
 */
final class SchoolClasses {

    private final JpaTemplate jpa;
    private final ReferentialRegistry referentials;

    SchoolClasses(JpaTemplate jpa, ReferentialRegistry referentials) {
        this.jpa = jpa;
        this.referentials = referentials;
    }

    public List<ClassLevel> classLevels(Caller caller, long establishmentId) {
        AccessRules.requireStaffOf(caller, establishmentId);
        Establishments.requireExisting(jpa, caller, establishmentId);
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "SELECT c FROM ClassLevelEntity c WHERE c.establishment.id = :e ORDER BY c.referentialCode, c.year", ClassLevelEntity.class)
                .setParameter("e", establishmentId).getResultList().stream().map(Views::classLevel).toList());
    }

    public ClassLevel createClassLevel(Caller caller, long establishmentId, String referentialCode, SchoolYear year, String label) {
        AccessRules.requireManagerOf(caller, establishmentId);
        Establishments.requireExisting(jpa, caller, establishmentId);
        String code = Validation.required(referentialCode, "referentialCode", 32);
        boolean usable = referentials.find(code, null).map(r -> r.summary().status() == ReferentialStatus.ACTIVE).orElse(false);
        if (!usable) {
            throw DomainException.invalid("unknown-referential", "referentialCode", code);
        }
        Validation.present(year, "year");
        String text = Validation.required(label, "label", 120);
        return jpa.txExpr(TransactionType.Required, em -> {
            ClassLevelEntity created = new ClassLevelEntity(establishmentEntity(em, establishmentId), code, year, text);
            em.persist(created);
            em.flush();
            return Views.classLevel(created);
        });
    }

    public List<SchoolClass> classes(Caller caller, long establishmentId) {
        AccessRules.requireStaffOf(caller, establishmentId);
        Establishments.requireExisting(jpa, caller, establishmentId);
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "SELECT c FROM SchoolClassEntity c WHERE c.establishment.id = :e ORDER BY c.code", SchoolClassEntity.class)
                .setParameter("e", establishmentId).getResultList().stream().map(c -> Views.schoolClass(c, learnerCount(em, c.id()))).toList());
    }

    public SchoolClass createClass(Caller caller, long establishmentId, String code, String label, long classLevelId) {
        AccessRules.requireManagerOf(caller, establishmentId);
        Establishments.requireExisting(jpa, caller, establishmentId);
        String classCode = Validation.matching(Validation.required(code, "code", 32), Validation.CLASS_CODE, "code", "invalid-class-code");
        String text = Validation.required(label, "label", 120);
        return jpa.txExpr(TransactionType.Required, em -> {
            ClassLevelEntity level = em.find(ClassLevelEntity.class, classLevelId);
            if (level == null || level.establishment().id() != establishmentId) {
                throw DomainException.invalid("unknown-class-level", "classLevelId", classLevelId);
            }
            if (classByCode(em, establishmentId, classCode) != null) {
                throw DomainException.conflict("class-code-taken", "code", classCode);
            }
            SchoolClassEntity created = new SchoolClassEntity(level.establishment(), level, classCode, text);
            em.persist(created);
            em.flush();
            return Views.schoolClass(created, 0);
        });
    }

    private static long learnerCount(EntityManager em, long classId) {
        return (Long) em.createQuery("SELECT COUNT(l) FROM LearnerEntity l WHERE l.schoolClass.id = :c").setParameter("c", classId).getSingleResult();
    }
}
