package org.passerelle.core.internal.audit;

import org.passerelle.core.internal.common.AccessRules;
import java.time.Instant;
import java.util.List;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.passerelle.core.audit.AuditEntry;
import org.passerelle.core.audit.AuditLog;
import org.passerelle.core.internal.common.Establishments;
import org.passerelle.core.security.Caller;
import org.passerelle.core.security.Role;

/** The audit log as read by ADMIN (all, or one establishment) and DDFPT (their establishment only). */
public final class JpaAuditLog implements AuditLog {

    private final JpaTemplate jpa;

    public JpaAuditLog(JpaTemplate jpa) {
        this.jpa = jpa;
    }

    @Override
    public List<AuditEntry> entries(Caller caller, Long establishmentId, int limit) {
        AccessRules.requireRole(caller, Role.ADMIN, Role.DDFPT);
        Long scope = establishmentId;
        if (!caller.isPlatformAdmin()) {
            if (establishmentId != null) {
                AccessRules.requireEstablishment(caller, establishmentId, "establishment-not-found", establishmentId);
            }
            scope = caller.establishmentId();
        } else if (establishmentId != null) {
            Establishments.requireExisting(jpa, caller, establishmentId);
        }
        Long where = scope;
        int max = Math.max(1, Math.min(limit, 1000));
        return jpa.txExpr(TransactionType.Supports, em -> {
            var query = where == null
                    ? em.createQuery("SELECT a FROM AuditEntryEntity a ORDER BY a.id DESC", AuditEntryEntity.class)
                    : em.createQuery("SELECT a FROM AuditEntryEntity a WHERE a.establishmentId = :e ORDER BY a.id DESC", AuditEntryEntity.class)
                            .setParameter("e", where);
            return query.setMaxResults(max).getResultList().stream()
                    .map(a -> new AuditEntry(a.id(), Instant.ofEpochMilli(a.at()), a.establishmentId(), a.actor(), a.action(), a.target(), a.detail()))
                    .toList();
        });
    }
}
