package org.passerelle.core.testing;

import java.util.Objects;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;
import org.apache.aries.jpa.template.EmConsumer;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;

/**
 * A {@link JpaTemplate} on a RESOURCE_LOCAL unit that behaves, for the services, like the one Aries JPA registers
 * over JTA in Karaf ({@code XAJpaTemplate}):
 * <ul>
 * <li>the outermost call opens one {@link EntityManager}; every nested call on the same thread shares it (Aries keeps
 *     one per coordination), so what an outer call loaded is what the inner one sees;</li>
 * <li>{@code Required} begins a transaction when none is active and commits it when that same call ends; a nested
 *     {@code Required} (or {@code Supports}, {@code Mandatory}) joins it;</li>
 * <li>a {@link RuntimeException} or {@link Error} from the code is rethrown as is; the transaction is rolled back by
 *     the call that began it, or marked rollback-only when the call joined an outer one. Like JTA under Aries, an
 *     outer call that catches such an inner failure and ends normally then has its transaction rolled back
 *     <em>silently</em> (Aries' {@code finish} rolls back a transaction marked for rollback instead of committing);</li>
 * <li>{@code RequiresNew} and {@code NotSupported} run on an entity manager of their own; {@code Mandatory} without a
 *     transaction and {@code Never} within one are refused with an {@link IllegalStateException}, as in Aries.</li>
 * </ul>
 * One difference: a failure at commit (a version or a unique key checked only when the changes are flushed) arrives
 * as {@link javax.persistence.RollbackException} whose cause is the provider's exception; in Karaf it arrives as a
 * {@code RuntimeException} around {@code javax.transaction.RollbackException}. Code that maps such failures should
 * look along the cause chain, which holds the provider's exception in both cases.
 */
public final class LocalJpaTemplate implements JpaTemplate {

    private final EntityManagerFactory emf;
    private final ThreadLocal<EntityManager> current = new ThreadLocal<>();

    public LocalJpaTemplate(EntityManagerFactory emf) {
        this.emf = Objects.requireNonNull(emf);
    }

    @Override
    public <R> R txExpr(TransactionType type, EmFunction<R> code) {
        EntityManager outer = current.get();
        boolean outerTx = outer != null && outer.getTransaction().isActive();
        if (type == TransactionType.Mandatory && !outerTx) {
            throw new IllegalStateException("This method has transaction attr MANDATORY but no active transaction was found.");
        }
        if (type == TransactionType.Never && outerTx) {
            throw new IllegalStateException("This method has transaction attr NEVER but a transaction is active.");
        }
        boolean ownEm = outer == null || type == TransactionType.RequiresNew || (type == TransactionType.NotSupported && outerTx);
        EntityManager em = ownEm ? emf.createEntityManager() : outer;
        EntityTransaction tx = em.getTransaction();
        boolean begins = (type == TransactionType.Required || type == TransactionType.RequiresNew) && !tx.isActive();
        current.set(em);
        try {
            if (begins) {
                tx.begin();
            }
            R result;
            try {
                result = code.apply(em);
            } catch (RuntimeException | Error e) {
                if (tx.isActive()) {
                    if (begins) {
                        tx.rollback();
                    } else {
                        tx.setRollbackOnly();
                    }
                }
                throw e;
            }
            if (begins) {
                if (tx.getRollbackOnly()) {
                    tx.rollback();
                } else {
                    tx.commit();
                }
            }
            return result;
        } finally {
            if (ownEm) {
                try {
                    if (tx.isActive()) {
                        tx.rollback();
                    }
                } finally {
                    em.close();
                }
            }
            if (outer == null) {
                current.remove();
            } else {
                current.set(outer);
            }
        }
    }

    @Override
    public void tx(TransactionType type, EmConsumer code) {
        txExpr(type, em -> {
            code.accept(em);
            return null;
        });
    }

    @Override
    public <R> R txExpr(EmFunction<R> code) {
        return txExpr(TransactionType.Required, code);
    }

    @Override
    public void tx(EmConsumer code) {
        tx(TransactionType.Required, code);
    }

    /** True while a call of this template runs on this thread with an active transaction (for the template's own tests). */
    public boolean inTransaction() {
        EntityManager em = current.get();
        return em != null && em.getTransaction().isActive();
    }
}
