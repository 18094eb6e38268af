package org.passerelle.core.internal.schema;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.persistence.Column;
import javax.persistence.JoinColumn;
import javax.persistence.Lob;
import javax.persistence.ManyToOne;
import javax.persistence.OneToOne;
import javax.persistence.Table;
import javax.persistence.metamodel.EntityType;
import org.junit.ClassRule;
import org.junit.Test;
import org.passerelle.core.testing.TestDatabase;

/**
 * What the changelog makes of a new database: every table the entities map, a foreign key for every relation with
 * the delete rule the model chose, the business keys under the names the 409 answers are mapped from, columns that
 * hold what the entities write; and a second run changes nothing.
 */
public class SchemaMigrationsTest {

    @ClassRule
    public static final TestDatabase DB = new TestDatabase();

    /** name → "CHILD.COLUMN -> PARENT ON DELETE rule" (002-integrity.xml, changesets 002-fk-…). */
    static final Map<String, String> FOREIGN_KEYS = Map.ofEntries(
            Map.entry("FK_CLASS_LEVEL_ESTABLISHMENT", "CLASS_LEVEL.ESTABLISHMENT_ID -> ESTABLISHMENT ON DELETE RESTRICT"),
            Map.entry("FK_SCHOOL_CLASS_ESTABLISHMENT", "SCHOOL_CLASS.ESTABLISHMENT_ID -> ESTABLISHMENT ON DELETE RESTRICT"),
            Map.entry("FK_SCHOOL_CLASS_CLASS_LEVEL", "SCHOOL_CLASS.CLASS_LEVEL_ID -> CLASS_LEVEL ON DELETE RESTRICT"),
            Map.entry("FK_PERSON_ESTABLISHMENT", "PERSON.ESTABLISHMENT_ID -> ESTABLISHMENT ON DELETE RESTRICT"),
            Map.entry("FK_LEARNER_PERSON", "LEARNER.PERSON_ID -> PERSON ON DELETE RESTRICT"),
            Map.entry("FK_LEARNER_ESTABLISHMENT", "LEARNER.ESTABLISHMENT_ID -> ESTABLISHMENT ON DELETE RESTRICT"),
            Map.entry("FK_LEARNER_CLASS", "LEARNER.CLASS_ID -> SCHOOL_CLASS ON DELETE SET NULL"),
            Map.entry("FK_LEARNER_REFERENT_TEACHER", "LEARNER.REFERENT_TEACHER_ID -> PERSON ON DELETE SET NULL"),
            Map.entry("FK_LEARNER_MASTER", "LEARNER.MASTER_ID -> PERSON ON DELETE SET NULL"),
            Map.entry("FK_PEDAGOGICAL_ANNEX_CLASS_LEVEL", "PEDAGOGICAL_ANNEX.CLASS_LEVEL_ID -> CLASS_LEVEL ON DELETE RESTRICT"),
            Map.entry("FK_PERIOD_ANNEX", "PERIOD.ANNEX_ID -> PEDAGOGICAL_ANNEX ON DELETE RESTRICT"),
            Map.entry("FK_PLACEMENT_PERIOD", "PLACEMENT.PERIOD_ID -> PERIOD ON DELETE RESTRICT"),
            Map.entry("FK_PLACEMENT_LEARNER", "PLACEMENT.LEARNER_ID -> LEARNER ON DELETE RESTRICT"),
            Map.entry("FK_PLACEMENT_TUTOR", "PLACEMENT.TUTOR_ID -> PERSON ON DELETE SET NULL"),
            Map.entry("FK_ACTIVITY_SHEET_LEARNER", "ACTIVITY_SHEET.LEARNER_ID -> LEARNER ON DELETE RESTRICT"),
            Map.entry("FK_ACTIVITY_SHEET_PLACEMENT", "ACTIVITY_SHEET.PLACEMENT_ID -> PLACEMENT ON DELETE SET NULL"),
            Map.entry("FK_ACTIVITY_SHEET_ORIGIN_PLACEMENT", "ACTIVITY_SHEET.ORIGIN_PLACEMENT_ID -> PLACEMENT ON DELETE SET NULL"),
            Map.entry("FK_COMPANY_REVIEW_PLACEMENT", "COMPANY_REVIEW.PLACEMENT_ID -> PLACEMENT ON DELETE RESTRICT"),
            Map.entry("FK_INTERMEDIATE_REVIEW_LEARNER", "INTERMEDIATE_REVIEW.LEARNER_ID -> LEARNER ON DELETE RESTRICT"),
            Map.entry("FK_USER_SESSION_PERSON", "USER_SESSION.PERSON_ID -> PERSON ON DELETE CASCADE"),
            Map.entry("FK_USER_SESSION_TRAINER_LINK", "USER_SESSION.TRAINER_LINK_ID -> TRAINER_LINK ON DELETE CASCADE"),
            Map.entry("FK_TRAINER_LINK_TRAINER", "TRAINER_LINK.TRAINER_ID -> PERSON ON DELETE CASCADE"),
            Map.entry("FK_AUDIT_ENTRY_ESTABLISHMENT", "AUDIT_ENTRY.ESTABLISHMENT_ID -> ESTABLISHMENT ON DELETE RESTRICT"),
            // 011-follow-up.xml: a learner's work never goes by cascade; a reader's marks go with the reader or the sheet.
            Map.entry("FK_PORTFOLIO_PAGE_LEARNER", "PORTFOLIO_PAGE.LEARNER_ID -> LEARNER ON DELETE RESTRICT"),
            Map.entry("FK_PORTFOLIO_PAGE_PLACEMENT", "PORTFOLIO_PAGE.PLACEMENT_ID -> PLACEMENT ON DELETE SET NULL"),
            Map.entry("FK_SHEET_PAGE_SHEET", "SHEET_PAGE.SHEET_ID -> ACTIVITY_SHEET ON DELETE RESTRICT"),
            Map.entry("FK_BOOKLET_PAGE_LEARNER", "BOOKLET_PAGE.LEARNER_ID -> LEARNER ON DELETE RESTRICT"),
            Map.entry("FK_FOLLOW_UP_COMMENT_LEARNER", "FOLLOW_UP_COMMENT.LEARNER_ID -> LEARNER ON DELETE RESTRICT"),
            Map.entry("FK_FOLLOW_UP_COMMENT_PLACEMENT", "FOLLOW_UP_COMMENT.PLACEMENT_ID -> PLACEMENT ON DELETE SET NULL"),
            Map.entry("FK_FOLLOW_UP_COMMENT_SHEET", "FOLLOW_UP_COMMENT.SHEET_ID -> ACTIVITY_SHEET ON DELETE RESTRICT"),
            Map.entry("FK_FOLLOW_UP_COMMENT_AUTHOR", "FOLLOW_UP_COMMENT.AUTHOR_ID -> PERSON ON DELETE SET NULL"),
            Map.entry("FK_SHEET_READ_SHEET", "SHEET_READ.SHEET_ID -> ACTIVITY_SHEET ON DELETE CASCADE"),
            Map.entry("FK_SHEET_READ_PERSON", "SHEET_READ.PERSON_ID -> PERSON ON DELETE CASCADE"),
            Map.entry("FK_STORED_FILE_LEARNER", "STORED_FILE.LEARNER_ID -> LEARNER ON DELETE RESTRICT"),
            Map.entry("FK_STORED_FILE_UPLOADED_BY", "STORED_FILE.UPLOADED_BY -> PERSON ON DELETE SET NULL"));

    /** name → "TABLE(COLUMNS)": the business keys (002-uk-…, 006-uk-class-code-key) and the token hashes of the baseline. */
    private static final Map<String, String> UNIQUE_KEYS = Map.ofEntries(
            Map.entry("UK_ACTIVITY_SHEET_WEEK", "ACTIVITY_SHEET(PLACEMENT_ID,WEEK)"),
            Map.entry("UK_PORTFOLIO_PAGE", "PORTFOLIO_PAGE(PLACEMENT_ID,PAGE_CODE)"),
            Map.entry("UK_SHEET_PAGE", "SHEET_PAGE(SHEET_ID,PAGE_CODE)"),
            Map.entry("UK_BOOKLET_PAGE", "BOOKLET_PAGE(LEARNER_ID,PAGE_CODE)"),
            Map.entry("UK_SHEET_READ", "SHEET_READ(SHEET_ID,PERSON_ID)"),
            Map.entry("UK_PERSON_LOGIN", "PERSON(LOGIN)"),
            Map.entry("UK_ESTABLISHMENT_UAI", "ESTABLISHMENT(UAI)"),
            Map.entry("UK_LEARNER_INE", "LEARNER(ESTABLISHMENT_ID,INE)"),
            Map.entry("UK_LEARNER_PERSON", "LEARNER(PERSON_ID)"),
            Map.entry("UK_CLASS_CODE_KEY", "SCHOOL_CLASS(ESTABLISHMENT_ID,CODE_KEY)"),
            Map.entry("UK_PLACEMENT", "PLACEMENT(PERIOD_ID,LEARNER_ID)"),
            Map.entry("UK_COMPANY_REVIEW_PLACEMENT", "COMPANY_REVIEW(PLACEMENT_ID)"),
            Map.entry("UK_SNAPSHOT_VERSION", "REFERENTIAL_SNAPSHOT(CODE,REF_VERSION)"),
            Map.entry("U_SR_SSSN_TOKEN_HASH", "USER_SESSION(TOKEN_HASH)"),
            Map.entry("U_TRNRLNK_TOKEN_HASH", "TRAINER_LINK(TOKEN_HASH)"));

    /** Names of the baseline that 002 replaced: a new database must not carry both. */
    private static final Set<String> REPLACED_KEYS = Set.of("U_PERSON_LOGIN", "U_STBLMNT_UAI", "U_LEARNER_INE", "U_LEARNER_PERSON_ID",
            "U_CMPNRVW_PLACEMENT_ID", "UK_SNAPSHOT_KEY", "UK_CLASS_CODE");

    @Test
    public void everyEntityHasItsTable() throws SQLException {
        Set<String> tables = tables();
        for (EntityType<?> entity : DB.emf().getMetamodel().getEntities()) {
            String table = table(entity.getJavaType());
            assertTrue(entity.getName() + " maps table " + table + ", which the migrations do not create; tables: " + tables, tables.contains(table));
        }
        assertTrue(tables.containsAll(Set.of("DATABASECHANGELOG", "DATABASECHANGELOGLOCK")));
    }

    @Test
    public void everyRelationHasItsForeignKeyWithTheChosenDeleteRule() throws SQLException {
        Map<String, String> found = foreignKeys();
        List<String> wrong = new ArrayList<>();
        FOREIGN_KEYS.forEach((name, expected) -> {
            if (!expected.equals(found.get(name))) {
                wrong.add(name + ": expected " + expected + ", found " + found.get(name));
            }
        });
        assertEquals("foreign keys", List.of(), wrong);
    }

    /** The entity's fields and those of its mapped superclasses (a page's values, version and dates: PageRecord). */
    static List<Field> mappedFields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && (c == type || c.isAnnotationPresent(javax.persistence.MappedSuperclass.class)); c = c.getSuperclass()) {
            fields.addAll(List.of(c.getDeclaredFields()));
        }
        return fields;
    }

    @Test
    public void everyMappedRelationOfAnEntityIsAForeignKeyToTheTableOfItsTarget() throws SQLException {
        Set<String> relations = new TreeSet<>();
        foreignKeys().values().forEach(v -> relations.add(v.substring(0, v.indexOf(" ON DELETE"))));
        List<String> missing = new ArrayList<>();
        for (EntityType<?> entity : DB.emf().getMetamodel().getEntities()) {
            for (Field field : mappedFields(entity.getJavaType())) {
                if (field.isAnnotationPresent(ManyToOne.class) || field.isAnnotationPresent(OneToOne.class)) {
                    String relation = table(entity.getJavaType()) + "." + field.getAnnotation(JoinColumn.class).name() + " -> " + table(field.getType());
                    if (!relations.contains(relation)) {
                        missing.add(entity.getName() + "." + field.getName() + " (" + relation + ")");
                    }
                }
            }
        }
        assertEquals("relations without a foreign key", List.of(), missing);
    }

    @Test
    public void businessKeysAreUniqueUnderTheirNames() throws SQLException {
        Map<String, String> found = uniqueKeys();
        List<String> wrong = new ArrayList<>();
        UNIQUE_KEYS.forEach((name, expected) -> {
            if (!expected.equals(found.get(name))) {
                wrong.add(name + ": expected " + expected + ", found " + found.get(name));
            }
        });
        REPLACED_KEYS.stream().filter(found::containsKey).forEach(name -> wrong.add(name + " is still there: " + found.get(name)));
        assertEquals("unique constraints", List.of(), wrong);
    }

    /**
     * The schema holds what the entities write: each mapped column exists, is long enough for the length the entity
     * accepts, and each column the database requires is one the entity writes.
     */
    @Test
    public void columnsHoldWhatTheEntitiesWrite() throws SQLException {
        List<String> problems = new ArrayList<>();
        try (Connection c = DB.connection()) {
            DatabaseMetaData meta = c.getMetaData();
            for (EntityType<?> entity : DB.emf().getMetamodel().getEntities()) {
                String table = table(entity.getJavaType());
                Map<String, int[]> columns = new TreeMap<>(); // name -> {size, nullable}
                try (ResultSet rs = meta.getColumns(null, "PUBLIC", table, null)) {
                    while (rs.next()) {
                        columns.put(rs.getString("COLUMN_NAME"), new int[] {rs.getInt("COLUMN_SIZE"), rs.getInt("NULLABLE")});
                    }
                }
                Set<String> mapped = new TreeSet<>();
                for (Field field : mappedFields(entity.getJavaType())) {
                    Column column = field.getAnnotation(Column.class);
                    JoinColumn join = field.getAnnotation(JoinColumn.class);
                    String name = column != null ? column.name() : join != null ? join.name() : null;
                    if (name == null) {
                        continue;
                    }
                    mapped.add(name);
                    int[] found = columns.get(name);
                    if (found == null) {
                        problems.add(table + "." + name + " (" + entity.getName() + "." + field.getName() + ") does not exist");
                    } else if (column != null && field.getType() == String.class && !field.isAnnotationPresent(Lob.class) && found[0] < column.length()) {
                        problems.add(table + "." + name + " holds " + found[0] + " characters, the entity accepts " + column.length());
                    }
                }
                columns.forEach((name, found) -> {
                    if (found[1] == DatabaseMetaData.columnNoNulls && !mapped.contains(name)) {
                        problems.add(table + "." + name + " is NOT NULL but " + entity.getName() + " never writes it");
                    }
                });
            }
        }
        assertEquals("columns", List.of(), problems);
    }

    @Test
    public void migratingTwiceChangesNothingAndKeepsTheData() throws Exception {
        try (Connection c = DB.connection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO ESTABLISHMENT (UAI, NAME, OPT_LOCK) VALUES ('0999999Z', 'Lycée témoin', 0)");
        }
        Set<String> tables = tables();
        Map<String, String> foreignKeys = foreignKeys();
        Map<String, String> uniqueKeys = uniqueKeys();
        List<String> ran = changesets();

        try (Connection c = DB.connection()) {
            TestDatabase.migrate(c);
        }

        assertEquals("no changeset runs again", ran, changesets());
        assertEquals(tables, tables());
        assertEquals(foreignKeys, foreignKeys());
        assertEquals(uniqueKeys, uniqueKeys());
        try (Connection c = DB.connection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT NAME FROM ESTABLISHMENT WHERE UAI = '0999999Z'")) {
            assertTrue(rs.next());
            assertEquals("Lycée témoin", rs.getString(1));
        }
    }

    /** A process killed mid-migration leaves Liquibase's lock taken: on H2 (one process per file) the next start goes on. */
    @Test
    public void aMigrationLockLeftByADeadProcessDoesNotHoldTheNextStart() throws Exception {
        try (Connection c = DB.connection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE DATABASECHANGELOGLOCK SET LOCKED = TRUE, LOCKGRANTED = CURRENT_TIMESTAMP, LOCKEDBY = 'killed (1.2.3.4)'");
        }
        try (Connection c = DB.connection()) {
            TestDatabase.migrate(c);
        }
        try (Connection c = DB.connection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT LOCKED FROM DATABASECHANGELOGLOCK")) {
            assertTrue(rs.next());
            assertFalse("released after the migration", rs.getBoolean(1));
        }
    }

    /** A first start killed while the baseline ran (H2 commits each CREATE TABLE) leaves empty tables: the next start goes on. */
    @Test
    public void aBaselineCutShortByAKillRunsWholeAtTheNextStart() throws Exception {
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:h2:mem:cut-short-baseline;DB_CLOSE_DELAY=-1");
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE ACTIVITY_SHEET (ID INT PRIMARY KEY)");
            s.execute("CREATE TABLE AUDIT_ENTRY (ID INT PRIMARY KEY)");
            TestDatabase.migrate(c);
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM DATABASECHANGELOG WHERE ID = '001-baseline' AND EXECTYPE = 'EXECUTED'")) {
                assertTrue(rs.next());
                assertEquals("the baseline ran whole", 1, rs.getInt(1));
            }
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM ACTIVITY_SHEET WHERE PLACEMENT_ID IS NULL")) {
                assertTrue("the baseline's own ACTIVITY_SHEET, with its columns", rs.next());
            }
        }
    }

    /** Tables that hold rows are never dropped, recorded baseline or not. */
    @Test
    public void tablesHoldingRowsAreNeverDroppedToRerunTheBaseline() throws Exception {
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:h2:mem:not-ours;DB_CLOSE_DELAY=-1"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE AUDIT_ENTRY (ID INT PRIMARY KEY)");
            s.execute("INSERT INTO AUDIT_ENTRY VALUES (1)");
            SchemaMigrations.dropAnUnfinishedBaseline(c);
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM AUDIT_ENTRY")) {
                assertTrue(rs.next());
                assertEquals(1, rs.getInt(1));
            }
        }
    }

    @Test
    public void everyChangesetOfTheChangelogRanOnANewDatabase() throws SQLException {
        List<String> ran = changesets();
        assertTrue("changesets run: " + ran, ran.containsAll(List.of("001-baseline", "002-orphans", "002-fk-learner-class", "002-uk-person-login", "002-not-null",
                "003-throttle-table", "004-mail-outbox-table", "006-uk-class-code-key")));
        try (Connection c = DB.connection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM DATABASECHANGELOG WHERE EXECTYPE <> 'EXECUTED'")) {
            rs.next();
            assertEquals("a new database runs every changeset, none is only marked as run", 0, rs.getInt(1));
        }
    }

    // --- reading the schema -------------------------------------------------------------------------------------

    static String table(Class<?> entity) {
        Table table = entity.getAnnotation(Table.class);
        if (table == null) {
            fail(entity.getName() + " has no @Table: its table name would be OpenJPA's guess");
        }
        return table.name();
    }

    private static Set<String> tables() throws SQLException {
        try (Connection c = DB.connection()) {
            return SchemaReader.tables(c);
        }
    }

    private static Map<String, String> foreignKeys() throws SQLException {
        try (Connection c = DB.connection()) {
            return SchemaReader.foreignKeys(c);
        }
    }

    private static Map<String, String> uniqueKeys() throws SQLException {
        try (Connection c = DB.connection()) {
            return SchemaReader.uniqueKeys(c);
        }
    }

    private static List<String> changesets() throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection c = DB.connection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT ID FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }
}
