package org.passerelle.core.internal.schema;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.passerelle.core.internal.schema.SchemaReader.foreignKeys;
import static org.passerelle.core.internal.schema.SchemaReader.uniqueKeys;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.Test;
import org.passerelle.core.testing.TestDatabase;

/**
 * A start killed in the middle of a migration, on H2, which commits each DDL statement on its own: the next start
 * must go on to the full schema, whatever the kill left done and unrecorded; and the upgrades that change a key
 * keep every row that the older key let in.
 */
public class InterruptedMigrationTest {

    /**
     * A process killed inside a changeset leaves its work done and unrecorded (H2 commits each DDL statement): every
     * changeset after the baseline then runs again over its own work, and the start goes on to the same schema.
     */
    @Test
    public void everyChangesetRunsAgainOverItsOwnWork() throws Exception {
        try (TestDatabase db = TestDatabase.open("rerun-over-own-work"); Connection c = db.connection(); Statement s = c.createStatement()) {
            Map<String, String> foreignKeys = foreignKeys(c);
            Map<String, String> uniqueKeys = uniqueKeys(c);
            int changesets = recorded(s);
            s.executeUpdate("DELETE FROM DATABASECHANGELOG WHERE ID <> '001-baseline'");
            TestDatabase.migrate(c);
            assertEquals(foreignKeys, foreignKeys(c));
            assertEquals(uniqueKeys, uniqueKeys(c));
            assertEquals("every changeset recorded again", changesets, recorded(s));
        }
    }

    /** Killed half-way through 002 and 006: the constraints not made yet are made at the next start, the others kept. */
    @Test
    public void aMigrationCutShortHalfWayIsCompletedAtTheNextStart() throws Exception {
        try (TestDatabase db = TestDatabase.open("half-done"); Connection c = db.connection(); Statement s = c.createStatement()) {
            Map<String, String> foreignKeys = foreignKeys(c);
            Map<String, String> uniqueKeys = uniqueKeys(c);
            List<String> dropped = new ArrayList<>();
            int i = 0;
            for (String name : new TreeSet<>(SchemaMigrationsTest.FOREIGN_KEYS.keySet())) {
                if (i++ % 2 == 0) {
                    s.execute("ALTER TABLE " + SchemaMigrationsTest.FOREIGN_KEYS.get(name).substring(0, SchemaMigrationsTest.FOREIGN_KEYS.get(name).indexOf('.')) + " DROP CONSTRAINT " + name);
                    dropped.add(name);
                }
            }
            s.execute("ALTER TABLE SCHOOL_CLASS DROP CONSTRAINT UK_CLASS_CODE_KEY");
            s.executeUpdate("DELETE FROM DATABASECHANGELOG WHERE ID NOT IN ('001-baseline', '002-orphans')");
            assertFalse(foreignKeys(c).keySet().containsAll(dropped));

            TestDatabase.migrate(c);

            assertEquals(foreignKeys, foreignKeys(c));
            assertEquals(uniqueKeys, uniqueKeys(c));
        }
    }

    /**
     * Classes that the first releases let differ only by the case of their code (their key compared exactly) are both
     * kept with their codes when the key starts ignoring case: the later one gets a key of its own.
     */
    @Test
    public void classCodesThatDifferOnlyByCaseAreKeptWhenTheKeyStartsIgnoringCase() throws Exception {
        try (TestDatabase db = TestDatabase.open("class-code-case"); Connection c = db.connection(); Statement s = c.createStatement()) {
            // The schema as 005 left it: the exact key on CODE, no CODE_KEY.
            s.execute("ALTER TABLE SCHOOL_CLASS DROP CONSTRAINT UK_CLASS_CODE_KEY");
            s.execute("ALTER TABLE SCHOOL_CLASS DROP COLUMN CODE_KEY");
            s.execute("ALTER TABLE SCHOOL_CLASS ADD CONSTRAINT UK_CLASS_CODE UNIQUE (ESTABLISHMENT_ID, CODE)");
            s.executeUpdate("DELETE FROM DATABASECHANGELOG WHERE ID LIKE '006-%'");
            s.executeUpdate("INSERT INTO ESTABLISHMENT (ID, UAI, NAME, OPT_LOCK) VALUES (501, '0999001A', 'Lycée A', 0)");
            s.executeUpdate("INSERT INTO CLASS_LEVEL (ID, ESTABLISHMENT_ID, LABEL, REFERENTIAL_CODE, SCHOOL_YEAR) VALUES (502, 501, 'Seconde', 'PMIA', '2026-2027')");
            s.executeUpdate("INSERT INTO SCHOOL_CLASS (ID, ESTABLISHMENT_ID, CLASS_LEVEL_ID, CODE, LABEL) VALUES (503, 501, 502, '2PMIA', 'A'),"
                    + " (504, 501, 502, '2pmia', 'B'), (505, 501, 502, '1MELEC', 'C')");

            TestDatabase.migrate(c);

            Map<Long, String> keys = new TreeMap<>();
            try (ResultSet rs = s.executeQuery("SELECT ID, CODE || ' ' || CODE_KEY FROM SCHOOL_CLASS WHERE ESTABLISHMENT_ID = 501")) {
                while (rs.next()) {
                    keys.put(rs.getLong(1), rs.getString(2));
                }
            }
            assertEquals(Map.of(503L, "2PMIA 2PMIA", 504L, "2pmia 2PMIA~504", 505L, "1MELEC 1MELEC"), keys);
            try {
                s.executeUpdate("INSERT INTO SCHOOL_CLASS (ESTABLISHMENT_ID, CLASS_LEVEL_ID, CODE, CODE_KEY, LABEL) VALUES (501, 502, '1melec', '1MELEC', 'D')");
                fail("a code differing only by case is refused by the key");
            } catch (SQLException expected) {
                assertTrue(expected.getMessage(), expected.getMessage().toUpperCase(Locale.ROOT).contains("UK_CLASS_CODE_KEY"));
            }
        }
    }

    /**
     * Killed inside an H2 ALTER TABLE (found by a probe: during 003's DROP COLUMN on PERSON), which left an empty
     * PERSON_COPY_3_0 with foreign keys from other tables pointing at it, refusing every new learner: the next start
     * drops the copy and its keys; a copy whose table is gone takes its place.
     */
    @Test
    public void aTableCopyLeftByAKilledAlterTableIsRepairedAtTheNextStart() throws Exception {
        try (TestDatabase db = TestDatabase.open("table-copy"); Connection c = db.connection(); Statement s = c.createStatement()) {
            Map<String, String> foreignKeys = foreignKeys(c);
            s.execute("CREATE TABLE PERSON_COPY_3_0 (ID INT PRIMARY KEY)");
            s.execute("ALTER TABLE LEARNER ADD CONSTRAINT PERSON_COPY_3_0_FK_LEARNER_PERSON FOREIGN KEY (PERSON_ID) REFERENCES PERSON_COPY_3_0(ID)");
            s.execute("CREATE TABLE AUDIT_ENTRY_COPY_5_1 AS SELECT * FROM AUDIT_ENTRY");
            s.execute("INSERT INTO AUDIT_ENTRY_COPY_5_1 (ID, OCCURRED_AT, ACTOR, ACTION) VALUES (77, 1, 'x', 'y')");
            s.execute("DROP TABLE AUDIT_ENTRY");
            s.executeUpdate("DELETE FROM DATABASECHANGELOG WHERE ID LIKE '003-%'");

            TestDatabase.migrate(c);

            assertEquals(foreignKeys.keySet().stream().filter(k -> !k.contains("AUDIT")).collect(java.util.stream.Collectors.toSet()),
                    foreignKeys(c).keySet().stream().filter(k -> !k.contains("AUDIT")).collect(java.util.stream.Collectors.toSet()));
            assertFalse(SchemaReader.tables(c).contains("PERSON_COPY_3_0"));
            try (ResultSet rs = s.executeQuery("SELECT ACTOR FROM AUDIT_ENTRY WHERE ID = 77")) {
                assertTrue("the copy took its table's place, rows included", rs.next());
            }
        }
    }

    private static int recorded(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM DATABASECHANGELOG")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
