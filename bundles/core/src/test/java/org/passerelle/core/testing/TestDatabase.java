package org.passerelle.core.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.persistence.EntityManagerFactory;
import liquibase.Scope;
import liquibase.ui.LoggerUIService;
import org.apache.openjpa.persistence.PersistenceProviderImpl;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.rules.TestRule;
import org.junit.runner.Description;
import org.passerelle.core.internal.schema.SchemaMigrations;

/**
 * A new in-memory H2 database migrated by the real changelog ({@link SchemaMigrations#migrate(Connection)}), and the
 * persistence unit {@code passerelle} of {@code META-INF/persistence.xml} (the same entity list, enhanced at build
 * time in {@code target/classes}) opened on it as RESOURCE_LOCAL, behind a {@link LocalJpaTemplate}.
 *
 * <p>Use it as a class rule: one database per test class, dropped after it, so test methods of a class share it and
 * make their own records (see {@link Fixtures}, which numbers what must be unique):
 * <pre>
 * &#64;ClassRule public static final TestDatabase DB = new TestDatabase();
 * </pre>
 * or open one directly with {@link #open(String)} and close it.
 */
public final class TestDatabase implements TestRule, AutoCloseable {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    /** Kept here: java.util.logging holds its loggers weakly, a level set on a dropped one is lost. */
    private static final Logger LIQUIBASE_LOG = Logger.getLogger("liquibase");

    static {
        LIQUIBASE_LOG.setLevel(Level.WARNING);
    }

    private String url;
    private JdbcDataSource dataSource;
    private EntityManagerFactory emf;
    private LocalJpaTemplate jpa;

    /** For {@code @ClassRule}: the database is made before the class's first test and dropped after its last. */
    public TestDatabase() {
    }

    /** A database of its own, named after {@code name}; close it when done. */
    public static TestDatabase open(String name) {
        TestDatabase db = new TestDatabase();
        db.start(name);
        return db;
    }

    @Override
    public org.junit.runners.model.Statement apply(org.junit.runners.model.Statement base, Description description) {
        return new org.junit.runners.model.Statement() {
            @Override
            public void evaluate() throws Throwable {
                start(description.getTestClass() == null ? description.getDisplayName() : description.getTestClass().getSimpleName());
                try {
                    base.evaluate();
                } finally {
                    close();
                }
            }
        };
    }

    private void start(String name) {
        url = "jdbc:h2:mem:" + name.replaceAll("[^A-Za-z0-9_]", "_") + "-" + SEQUENCE.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
        dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("passerelle");
        dataSource.setPassword("");
        try (Connection connection = dataSource.getConnection()) {
            migrate(connection);
        } catch (Exception e) {
            throw new IllegalStateException("Migrating " + url + " failed", e);
        }
        emf = createEntityManagerFactory(dataSource);
        jpa = new LocalJpaTemplate(emf);
    }

    /**
     * {@link SchemaMigrations#migrate(Connection)}, with Liquibase's console messages (each changeset run, the
     * summary) sent to its log instead of the test output.
     */
    public static void migrate(Connection connection) throws Exception {
        Scope.child(Map.of(Scope.Attr.ui.name(), new LoggerUIService()), () -> SchemaMigrations.migrate(connection));
    }

    /** The unit "passerelle" as written in persistence.xml, but local transactions on this data source. */
    static EntityManagerFactory createEntityManagerFactory(JdbcDataSource dataSource) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("javax.persistence.transactionType", "RESOURCE_LOCAL");
        properties.put("openjpa.TransactionMode", "local");
        properties.put("openjpa.ConnectionFactoryMode", "local");
        properties.put("openjpa.ConnectionFactory", dataSource);
        EntityManagerFactory factory = new PersistenceProviderImpl().createEntityManagerFactory("passerelle", properties);
        if (factory == null) {
            throw new IllegalStateException("No persistence unit 'passerelle' found (META-INF/persistence.xml in target/classes)");
        }
        return factory;
    }

    /** The template the services take, as Aries JPA's in Karaf. */
    public LocalJpaTemplate jpa() {
        return jpa;
    }

    public EntityManagerFactory emf() {
        return emf;
    }

    /** A new JDBC connection to the database (close it), to look at what the services wrote. */
    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    public String url() {
        return url;
    }

    @Override
    public void close() {
        if (emf != null) {
            emf.close();
            emf = null;
        }
        if (dataSource != null) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            } catch (SQLException e) {
                // already gone
            }
            dataSource = null;
        }
    }
}
