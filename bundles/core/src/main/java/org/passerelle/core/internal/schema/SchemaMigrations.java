package org.passerelle.core.internal.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the database to the schema this release expects, at start and before anything uses the persistence unit:
 * the Liquibase changelog {@value #CHANGELOG} (baseline of the schema the first releases built, then one changeset
 * per change). OpenJPA never creates or alters a table. A failed migration stops the core from starting: the log
 * names the changeset, and the database is left as the last changeset that succeeded made it.
 *
 * <p>On H2 it also makes every commit reach the file before the commit returns ({@code WRITE_DELAY 0}; H2 delays
 * it by 500 ms by default, and an answered write could be lost when the process died: issue 8). The setting is
 * stored in the database, so installations whose datasource URL predates it get it too; so is a lock wait of 10 s
 * instead of 1 s, so that concurrent saves of one record end in a 409 rather than a timeout.
 */
public final class SchemaMigrations {

    /** The master changelog, a resource of this bundle. */
    public static final String CHANGELOG = "db/changelog/changelog.xml";

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrations.class);

    private final DataSource dataSource;

    public SchemaMigrations(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Blueprint init-method. */
    public void migrate() throws Exception {
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            if ("H2".equals(product)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET WRITE_DELAY 0");
                    // Two saves of the same record wait for each other (then one gets 409) rather than time out at 1 s.
                    statement.execute("SET DEFAULT_LOCK_TIMEOUT 10000");
                }
            }
            migrate(connection);
            LOG.info("Database schema ({}) up to date in {} ms", product, (System.nanoTime() - start) / 1_000_000);
        }
    }

    /** Runs the pending changesets on this connection (also used by the tests without a container). */
    public static void migrate(Connection connection) throws Exception {
        Map<String, Object> scope = new HashMap<>();
        // Nothing leaves the machine: Liquibase would otherwise send usage data, and show a banner.
        scope.put("liquibase.analytics.enabled", Boolean.FALSE);
        scope.put("liquibase.showBanner", Boolean.FALSE);
        scope.put(Scope.Attr.classLoader.name(), SchemaMigrations.class.getClassLoader());
        Scope.child(scope, () -> {
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Liquibase liquibase = new Liquibase(CHANGELOG, new ClassLoaderResourceAccessor(SchemaMigrations.class.getClassLoader()), database);
            if ("H2".equals(connection.getMetaData().getDatabaseProductName())) {
                // An H2 file is open in one process only: a migration lock found at start was left by a process that
                // died mid-migration, and would otherwise make this start wait 5 minutes, then fail.
                liquibase.forceReleaseLocks();
                dropAnUnfinishedBaseline(connection);
                InterruptedTableCopies.repair(connection);
            }
            liquibase.update(new Contexts(), new LabelExpression());
        });
        if (!connection.getAutoCommit()) {
            try {
                connection.commit();
            } catch (SQLException e) {
                LOG.debug("Nothing to commit after the migrations", e);
            }
        }
    }

    /** The tables the baseline (001-baseline.xml) creates. */
    private static final List<String> BASELINE_TABLES = List.of("ACTIVITY_SHEET", "AUDIT_ENTRY", "CLASS_LEVEL", "COMPANY_REVIEW",
            "ESTABLISHMENT", "INTERMEDIATE_REVIEW", "LEARNER", "PEDAGOGICAL_ANNEX", "PERIOD", "PERSON", "PLACEMENT",
            "REFERENTIAL_SNAPSHOT", "SCHOOL_CLASS", "TRAINER_LINK", "USER_SESSION");

    /**
     * H2 commits each DDL statement on its own: a first start killed while the baseline ran leaves some of its tables,
     * empty, and no record that it ran, and every later start would fail on "table already exists". Such tables are
     * dropped so that the baseline runs whole. Nothing is dropped once the baseline is recorded, nor when any of them
     * holds a row (a database of the first releases always holds its administrator).
     */
    static void dropAnUnfinishedBaseline(Connection connection) throws SQLException {
        if (tableExists(connection, "DATABASECHANGELOG")
                && count(connection, "SELECT COUNT(*) FROM DATABASECHANGELOG WHERE ID = '001-baseline'") > 0) {
            return;
        }
        List<String> present = BASELINE_TABLES.stream().filter(t -> {
            try {
                return tableExists(connection, t);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        if (present.isEmpty() || present.size() == BASELINE_TABLES.size() && count(connection, "SELECT COUNT(*) FROM PERSON") > 0) {
            return;
        }
        for (String table : present) {
            if (count(connection, "SELECT COUNT(*) FROM " + table) > 0) {
                return;
            }
        }
        try (Statement statement = connection.createStatement()) {
            for (String table : present) {
                statement.execute("DROP TABLE " + table + " CASCADE");
            }
        }
        LOG.warn("An unfinished first migration left {} empty table(s) {}: dropped, the baseline runs again", present.size(), present);
    }

    private static boolean tableExists(Connection connection, String table) throws SQLException {
        try (java.sql.ResultSet tables = connection.getMetaData().getTables(null, null, table, new String[] {"TABLE"})) {
            return tables.next();
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); java.sql.ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
