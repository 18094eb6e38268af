package org.passerelle.core.testing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import org.apache.aries.jpa.template.TransactionType;
import org.junit.ClassRule;
import org.junit.Test;
import org.passerelle.core.DomainException;
import org.passerelle.core.internal.organisation.EstablishmentEntity;

/** The harness's template behaves as the services expect of Aries JPA's over JTA. */
public class LocalJpaTemplateTest {

    @ClassRule
    public static final TestDatabase DB = new TestDatabase();

    private final LocalJpaTemplate jpa = DB.jpa();

    private long count(String uai) {
        return jpa.txExpr(TransactionType.Supports, em -> (Long) em.createQuery("SELECT COUNT(e) FROM EstablishmentEntity e WHERE e.uai = :u")
                .setParameter("u", uai).getSingleResult());
    }

    private static EstablishmentEntity establishment(String uai) {
        return new EstablishmentEntity(uai, "Lycée " + uai, null, null);
    }

    @Test
    public void aRequiredCallCommitsWhenItEnds() {
        String uai = Fixtures.uai();
        jpa.tx(TransactionType.Required, em -> em.persist(establishment(uai)));
        assertEquals(1, count(uai));
    }

    @Test
    public void aNestedRequiredCallJoinsTheOuterTransactionAndItsEntityManager() {
        String uai = Fixtures.uai();
        jpa.tx(TransactionType.Required, outer -> {
            outer.persist(establishment(uai));
            jpa.tx(TransactionType.Required, inner -> {
                assertSame("one entity manager per outermost call, as Aries keeps one per coordination", outer, inner);
                assertTrue(jpa.inTransaction());
            });
            jpa.tx(TransactionType.Supports, inner -> assertSame(outer, inner));
        });
        assertEquals(1, count(uai));
    }

    @Test
    public void aRuntimeExceptionRollsBackAndIsRethrownAsIs() {
        String uai = Fixtures.uai();
        DomainException thrown = DomainException.conflict("uai-taken", "uai", uai);
        DomainException caught = assertThrows(DomainException.class, () -> jpa.tx(TransactionType.Required, em -> {
            em.persist(establishment(uai));
            em.flush();
            throw thrown;
        }));
        assertSame(thrown, caught);
        assertEquals(0, count(uai));
    }

    @Test
    public void anInnerFailureRollsBackTheWholeTransactionEvenWhenTheOuterCallCatchesIt() {
        String uai = Fixtures.uai();
        jpa.tx(TransactionType.Required, em -> {
            em.persist(establishment(uai));
            try {
                jpa.tx(TransactionType.Required, inner -> {
                    throw new IllegalStateException("inner");
                });
            } catch (IllegalStateException expected) {
                // Aries marks the JTA transaction rollback-only; it is rolled back at the end, silently
            }
        });
        assertEquals(0, count(uai));
    }

    @Test
    public void supportsWithoutTransactionReadsAndARequiredCallInsideItCommitsOnItsOwn() {
        String uai = Fixtures.uai();
        jpa.tx(TransactionType.Supports, em -> {
            assertFalse(jpa.inTransaction());
            jpa.tx(TransactionType.Required, inner -> inner.persist(establishment(uai)));
            assertFalse(jpa.inTransaction());
        });
        assertEquals(1, count(uai));
    }

    @Test
    public void mandatoryWithoutTransactionAndNeverWithinOneAreRefused() {
        assertThrows(IllegalStateException.class, () -> jpa.tx(TransactionType.Mandatory, em -> { }));
        assertThrows(IllegalStateException.class, () -> jpa.tx(TransactionType.Required, em -> jpa.tx(TransactionType.Never, inner -> { })));
    }

    @Test
    public void requiresNewCommitsEvenWhenTheOuterTransactionRollsBack() {
        String kept = Fixtures.uai();
        String lost = Fixtures.uai();
        assertThrows(IllegalStateException.class, () -> jpa.tx(TransactionType.Required, em -> {
            em.persist(establishment(lost));
            jpa.tx(TransactionType.RequiresNew, inner -> inner.persist(establishment(kept)));
            throw new IllegalStateException("outer");
        }));
        assertEquals(1, count(kept));
        assertEquals(0, count(lost));
    }
}
