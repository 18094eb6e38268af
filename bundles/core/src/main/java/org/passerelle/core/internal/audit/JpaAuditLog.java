package org.passerelle.core.internal.audit;

import org.passerelle.core.internal.common.AccessRules;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.passerelle.core.internal.common.Audit;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.passerelle.core.audit.AuditEntry;
import org.passerelle.core.audit.AuditLog;
import org.passerelle.core.internal.common.Establishments;
import org.passerelle.core.security.Caller;
import org.passerelle.core.security.Role;

/**
 * The audit log as read by ADMIN (all, or one establishment) and DDFPT (their establishment only): each entry with its
 * French sentence and the name of who did it (one query for the names of a page of entries).
 */
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
            List<AuditEntryEntity> found = query.setMaxResults(max).getResultList();
            Map<String, String> names = new HashMap<>();
            List<String> logins = found.stream().map(AuditEntryEntity::actor).distinct().toList();
            for (int from = 0; from < logins.size(); from += 500) {
                em.createQuery("SELECT p.login, p.firstName, p.familyName FROM PersonEntity p WHERE p.login IN :l", Object[].class)
                        .setParameter("l", logins.subList(from, Math.min(logins.size(), from + 500))).getResultList()
                        .forEach(row -> names.put((String) row[0], row[1] + " " + row[2]));
            }
            return found.stream().map(a -> new AuditEntry(a.id(), Instant.ofEpochMilli(a.at()), a.establishmentId(), a.actor(),
                    names.get(a.actor()), a.action(), a.target(), a.detail(), a.summary() != null ? a.summary() : Audit.label(a.action()))).toList();
        });
    }
}
