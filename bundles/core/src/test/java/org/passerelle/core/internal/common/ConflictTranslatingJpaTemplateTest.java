package org.passerelle.core.internal.common;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import javax.persistence.OptimisticLockException;
import javax.persistence.PersistenceException;
import org.junit.Test;
import org.passerelle.core.DomainException;

/**
 * What the database refuses becomes the answer a user understands: the duplicates are real H2 errors (and
 * PostgreSQL's messages as its driver words them), wrapped the way OpenJPA wraps them.
 */
public class ConflictTranslatingJpaTemplateTest {

    /** The SQLException H2 raises for the duplicate, wrapped as OpenJPA does, with the statement appended. */
    private static RuntimeException h2Duplicate(String ddl, String insert) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:conflicts" + System.nanoTime()); Statement s = c.createStatement()) {
            s.execute(ddl);
            s.execute(insert);
            s.execute(insert);
        } catch (SQLException e) {
            SQLException asOpenJpaReportsIt = new SQLException(e.getMessage() + " {prepstmnt 1 INSERT INTO T (A, B) VALUES (?, ?)} [code=23505, state=23505]",
                    e.getSQLState(), e.getErrorCode(), e);
            return new PersistenceException("The transaction has been rolled back", new RuntimeException(asOpenJpaReportsIt));
        }
        throw new AssertionError("no duplicate");
    }

    private static DomainException translated(RuntimeException e) {
        RuntimeException t = ConflictTranslatingJpaTemplate.translate(e);
        if (t instanceof DomainException d) {
            return d;
        }
        throw new AssertionError("not translated: " + t, t);
    }

    @Test
    public void aDuplicateLoginIsLoginTakenNamingTheLogin() throws Exception {
        DomainException e = translated(h2Duplicate("CREATE TABLE PERSON (ID INT PRIMARY KEY, LOGIN VARCHAR(80), CONSTRAINT UK_PERSON_LOGIN UNIQUE (LOGIN))",
                "INSERT INTO PERSON VALUES (1, 'jean.dupont')".replace("(1,", "((SELECT COALESCE(MAX(ID), 0) + 1 FROM PERSON),")));
        assertEquals(DomainException.Category.CONFLICT, e.category());
        assertEquals("login-taken", e.kind());
        assertEquals("login", e.field());
        assertArrayEquals(new Object[] {"jean.dupont"}, e.args());
    }

    @Test
    public void aDuplicateIneOfOneEstablishmentNamesTheIneNotTheEstablishment() throws Exception {
        DomainException e = translated(h2Duplicate("CREATE TABLE LEARNER (ID INT AUTO_INCREMENT PRIMARY KEY, ESTABLISHMENT_ID BIGINT, INE VARCHAR(11),"
                + " CONSTRAINT UK_LEARNER_INE UNIQUE (ESTABLISHMENT_ID, INE))", "INSERT INTO LEARNER (ESTABLISHMENT_ID, INE) VALUES (1, '0000000001A')"));
        assertEquals("ine-taken", e.kind());
        assertArrayEquals(new Object[] {"0000000001A"}, e.args());
    }

    @Test
    public void postgresqlDuplicatesAreReadFromItsDetailLine() {
        SQLException pg = new SQLException("ERROR: duplicate key value violates unique constraint \"uk_learner_ine\"\n"
                + "  Détail : Key (establishment_id, ine)=(1, 0000000001A) already exists.", "23505");
        DomainException e = translated(new PersistenceException(pg));
        assertEquals("ine-taken", e.kind());
        assertArrayEquals(new Object[] {"0000000001A"}, e.args());
        SQLException uai = new SQLException("ERROR: duplicate key value violates unique constraint \"uk_establishment_uai\"\n"
                + "  Detail: Key (uai)=(0690001A) already exists.", "23505");
        assertArrayEquals(new Object[] {"0690001A"}, translated(new PersistenceException(uai)).args());
    }

    @Test
    public void aDuplicateOfAnUnnamedKeyIsAConcurrentWrite() {
        assertEquals("concurrent-write", translated(new PersistenceException(new SQLException("duplicate key PK_SIGN_IN_THROTTLE", "23505"))).kind());
    }

    @Test
    public void aVersionLostAtCommitIsStaleAndTheEditAddsTheCurrentState() {
        DomainException stale = translated(new PersistenceException(new OptimisticLockException("row changed")));
        assertEquals("stale-version", stale.kind());
        assertNull(stale.current());
        try {
            ConflictTranslatingJpaTemplate.withCurrent(() -> {
                throw stale;
            }, () -> "the record as it is now");
            fail("no conflict");
        } catch (DomainException e) {
            assertEquals("stale-version", e.kind());
            assertEquals("the record as it is now", e.current());
        }
    }

    @Test
    public void onAPageSavedFromAVersionAConcurrentWriteIsAStaleVersionWithTheCurrentState() {
        try {
            ConflictTranslatingJpaTemplate.withCurrent(() -> {
                throw DomainException.conflict("concurrent-write", null);
            }, () -> "the record as it is now");
            fail("no conflict");
        } catch (DomainException e) {
            assertEquals("stale-version", e.kind());
            assertEquals("the record as it is now", e.current());
        }
    }

    @Test
    public void lockTimeoutsDeadlocksAndVanishedParentsAreConcurrentWrites() {
        for (String state : new String[] {"HYT00", "40001", "40P01", "55P03", "23503", "23506", "90131"}) {
            assertEquals(state, "concurrent-write", translated(new RuntimeException(new SQLException("busy", state))).kind());
        }
    }

    @Test
    public void anythingElseGoesThroughUnchanged() {
        RuntimeException other = new IllegalStateException("a bug", new SQLException("syntax error", "42000"));
        assertSame(other, ConflictTranslatingJpaTemplate.translate(other));
        DomainException domain = DomainException.invalid("required", "name");
        assertSame(domain, ConflictTranslatingJpaTemplate.translate(domain));
    }
}
