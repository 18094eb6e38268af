package org.passerelle.core.internal.referential;

import java.util.List;
import java.util.Map;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.passerelle.core.referential.ReferentialStatus;
import org.passerelle.referential.model.ParsedDescriptor;
import org.passerelle.referential.model.Referential;

/** {@link SnapshotStore} on the JPA unit "passerelle", one transaction per call. */
public final class JpaSnapshotStore implements SnapshotStore {

    private final JpaTemplate jpa;

    public JpaSnapshotStore(JpaTemplate jpa) {
        this.jpa = jpa;
    }

    @Override
    public List<StoredSnapshot> loadAll() {
        return jpa.txExpr(TransactionType.Supports, em -> em.createNamedQuery("ReferentialSnapshot.all", ReferentialSnapshotEntity.class)
                .getResultList().stream().map(StoredSnapshot::of).toList());
    }

    @Override
    public StoredSnapshot findOrCreate(ParsedDescriptor descriptor, String bundleName, ReferentialStatus status) {
        Referential r = descriptor.referential();
        return jpa.txExpr(TransactionType.Required, em -> {
            List<ReferentialSnapshotEntity> existing = em.createNamedQuery("ReferentialSnapshot.byVersion", ReferentialSnapshotEntity.class)
                    .setParameter("code", r.code()).setParameter("version", r.version()).getResultList();
            if (!existing.isEmpty()) {
                return StoredSnapshot.of(existing.get(0));
            }
            ReferentialSnapshotEntity created = new ReferentialSnapshotEntity(r.code(), r.version(), descriptor.contentHash(),
                    r.title(), descriptor.json(), bundleName, status, System.currentTimeMillis());
            em.persist(created);
            em.flush();
            return StoredSnapshot.of(created);
        });
    }

    @Override
    public void updateStatuses(Map<Long, ReferentialStatus> statuses) {
        if (statuses.isEmpty()) {
            return;
        }
        long now = System.currentTimeMillis();
        jpa.tx(TransactionType.Required, em -> statuses.forEach((id, status) -> {
            ReferentialSnapshotEntity entity = em.find(ReferentialSnapshotEntity.class, id);
            if (entity != null) {
                entity.changeStatus(status, now);
            }
        }));
    }

    @Override
    public boolean ping() {
        try {
            return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT COUNT(s) FROM ReferentialSnapshotEntity s").getSingleResult() != null);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
