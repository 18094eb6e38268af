package org.passerelle.core.internal.mail;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.persistence.EntityManagerFactory;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.apache.openjpa.persistence.PersistenceProviderImpl;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.passerelle.core.internal.schema.SchemaMigrations;
import org.passerelle.mail.MailMessage;

/**
 * The queue's table as the changelog makes it (changeset 004) and the store's JPQL as OpenJPA runs it, on H2: claims
 * that only one caller wins, marks conditional on the claim, a revocation that cancels, the foreign key's cascade.
 * With {@code -Dpasserelle.test.postgresUrl=jdbc:postgresql://host:port/db} (user and password in
 * {@code passerelle.test.postgresUser} / {@code passerelle.test.postgresPassword}), the same on that PostgreSQL
 * database, whose {@code public} schema each test empties first: use a scratch database.
 */
public class JpaOutboxStoreTest {

    private static final long NOW = 1_800_000_000_000L;

    private String url;
    private Connection sql;
    private EntityManagerFactory emf;
    private JpaTemplate jpa;
    private JpaOutboxStore store;
    private long linkA;
    private long linkB;

    private static final String POSTGRES_URL = System.getProperty("passerelle.test.postgresUrl", "");
    private String user = "sa";
    private String password = "";

    @Before
    public void schema() throws Exception {
        if (POSTGRES_URL.isBlank()) {
            url = "jdbc:h2:mem:outbox-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        } else {
            url = POSTGRES_URL;
            user = System.getProperty("passerelle.test.postgresUser", "postgres");
            password = System.getProperty("passerelle.test.postgresPassword", "");
        }
        sql = DriverManager.getConnection(url, user, password);
        if (!POSTGRES_URL.isBlank()) {
            try (Statement s = sql.createStatement()) {
                s.execute("DROP SCHEMA public CASCADE");
                s.execute("CREATE SCHEMA public");
            }
        }
        SchemaMigrations.migrate(sql);
        sql.setAutoCommit(true);
        try (Statement s = sql.createStatement()) {
            s.execute("INSERT INTO ESTABLISHMENT (NAME, UAI, OPT_LOCK) VALUES ('Lycée', '0690001A', 0)");
            s.execute("INSERT INTO PERSON (ACTIVE, EMAIL, FAMILY_NAME, FIRST_NAME, LOGIN, PASSWORD_HASH, ROLE,"
                    + " OPT_LOCK, ESTABLISHMENT_ID) VALUES (TRUE, 'anne@entreprise.example', 'Dupré', 'Anne', 'tuteur-a', 'none', 'TUTOR', 0,"
                    + " (SELECT ID FROM ESTABLISHMENT))");
        }
        linkA = link("a");
        linkB = link("b");
        emf = new PersistenceProviderImpl().createEntityManagerFactory("outbox-test", "META-INF/outbox-test-persistence.xml",
                Map.of("openjpa.ConnectionDriverName", POSTGRES_URL.isBlank() ? "org.h2.Driver" : "org.postgresql.Driver",
                        "openjpa.ConnectionURL", url, "openjpa.ConnectionUserName", user, "openjpa.ConnectionPassword", password));
        jpa = new org.passerelle.core.testing.LocalJpaTemplate(emf);
        store = new JpaOutboxStore(jpa);
    }

    @After
    public void close() throws Exception {
        if (emf != null) {
            emf.close();
        }
        if (POSTGRES_URL.isBlank()) {
            try (Statement s = sql.createStatement()) {
                s.execute("SHUTDOWN");
            }
        }
        sql.close();
    }

    private long link(String token) throws SQLException {
        try (PreparedStatement p = sql.prepareStatement("INSERT INTO TRAINER_LINK (EXPIRES_AT, GRANTED, ISSUED_AT, ISSUED_BY, REVOKED_AT, TOKEN_HASH,"
                + " TRAINER_ID) VALUES (?, 'learner:1', ?, 'prof', 0, ?, (SELECT ID FROM PERSON))", Statement.RETURN_GENERATED_KEYS)) {
            p.setLong(1, NOW + 1_000_000);
            p.setLong(2, NOW);
            p.setString(3, token);
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                return keys.getLong("ID");
            }
        }
    }

    private long queue(long linkId) {
        return jpa.txExpr(em -> {
            MailOutboxEntity m = MailOutboxEntity.queue(em, linkId,
                    new MailMessage("anne@entreprise.example", "Anne Dupré", "Votre accès", "Votre lien : https://x/#/acces/SECRET"), NOW);
            em.flush();
            return m.id();
        });
    }

    private Map<String, Object> row(long id) throws SQLException {
        try (PreparedStatement p = sql.prepareStatement("SELECT * FROM MAIL_OUTBOX WHERE ID = ?")) {
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    return null;
                }
                Map<String, Object> row = new java.util.HashMap<>();
                for (int c = 1; c <= r.getMetaData().getColumnCount(); c++) {
                    row.put(r.getMetaData().getColumnName(c).toUpperCase(java.util.Locale.ROOT), r.getObject(c));
                }
                return row;
            }
        }
    }

    @Test
    public void aQueuedMessageIsClaimedOnceThenMarkedSentAndLosesItsBody() throws Exception {
        long id = queue(linkA);
        assertEquals("QUEUED", row(id).get("STATE"));
        assertEquals(OptionalLong.of(NOW), store.nextDue());

        OutboxStore.Claimed claimed = store.claimNext(NOW, NOW + 300_000, "token-1").orElseThrow();
        assertEquals(id, claimed.id());
        assertEquals(linkA, claimed.linkId());
        assertEquals(1, claimed.attempts());
        assertEquals("token-1", claimed.claimToken());
        assertEquals("Anne Dupré", claimed.recipientName());
        assertTrue(claimed.body().contains("SECRET"));
        assertEquals("SENDING", row(id).get("STATE"));
        assertEquals("held: nobody else gets it", Optional.empty(), store.claimNext(NOW, NOW + 300_000, "token-2"));
        assertEquals("due again only when the claim ends", OptionalLong.of(NOW + 300_000), store.nextDue());

        assertFalse("another claim's token cannot mark it", store.markSent(id, "token-2", "SMTP", "<x@y>", NOW + 5));
        assertTrue(store.markSent(id, "token-1", "SMTP", "<1@passerelle.invalid>", NOW + 5));
        Map<String, Object> sent = row(id);
        assertEquals("SENT", sent.get("STATE"));
        assertNull("the secret link does not outlive the delivery", sent.get("BODY"));
        assertEquals("SMTP", sent.get("TRANSPORT"));
        assertEquals("<1@passerelle.invalid>", sent.get("MESSAGE_ID"));
        assertEquals(NOW + 5, ((Number) sent.get("SENT_AT")).longValue());
        assertNull(sent.get("CLAIM_TOKEN"));
        assertFalse("marked once", store.markSent(id, "token-1", "SMTP", "<1@passerelle.invalid>", NOW + 6));
        assertEquals(Optional.empty(), store.claimNext(NOW + 10_000_000, NOW + 20_000_000, "token-3"));
        assertEquals(OptionalLong.empty(), store.nextDue());
    }

    @Test
    public void aFailedAttemptIsRetriedWhenDueThenGivenUpWithoutItsBody() throws Exception {
        long id = queue(linkA);
        OutboxStore.Claimed first = store.claimNext(NOW, NOW + 300_000, "t1").orElseThrow();
        assertTrue(store.markFailed(id, first.claimToken(), DeliveryState.RETRYING, NOW + 30_000, "SERVER_UNREACHABLE", "Connection refused"));
        Map<String, Object> retrying = row(id);
        assertEquals("RETRYING", retrying.get("STATE"));
        assertEquals("SERVER_UNREACHABLE", retrying.get("ERROR_REASON"));
        assertEquals("Connection refused", retrying.get("LAST_ERROR"));
        assertTrue("kept for the next attempt", ((String) retrying.get("BODY")).contains("SECRET"));
        assertEquals(OptionalLong.of(NOW + 30_000), store.nextDue());
        assertEquals("not due yet", Optional.empty(), store.claimNext(NOW + 29_999, NOW + 400_000, "t2"));

        OutboxStore.Claimed second = store.claimNext(NOW + 30_000, NOW + 400_000, "t2").orElseThrow();
        assertEquals(2, second.attempts());
        assertTrue(second.body().contains("SECRET"));
        assertTrue(store.markFailed(id, "t2", DeliveryState.FAILED, NOW + 30_001, "RECIPIENT_REFUSED", "550 no such user"));
        Map<String, Object> failed = row(id);
        assertEquals("FAILED", failed.get("STATE"));
        assertNull(failed.get("BODY"));
        assertEquals(2, ((Number) failed.get("ATTEMPTS")).intValue());
        assertEquals(Optional.empty(), store.claimNext(NOW + 10_000_000, NOW + 20_000_000, "t3"));
    }

    @Test
    public void revokingALinkCancelsItsMessageUnlessItHasLeft() throws Exception {
        long waiting = queue(linkA);
        long leaving = queue(linkB);
        // Claimed in the order due: the same time, then by id.
        assertEquals(waiting, store.claimNext(NOW, NOW + 300_000, "t").orElseThrow().id());
        assertEquals(leaving, store.claimNext(NOW, NOW + 300_000, "u").orElseThrow().id());
        assertTrue(store.markFailed(waiting, "t", DeliveryState.RETRYING, NOW + 30_000, "SERVER_UNREACHABLE", "down"));

        assertEquals(1, (int) jpa.txExpr(em -> MailOutboxEntity.cancelForLink(em, linkA)));
        assertEquals("CANCELLED", row(waiting).get("STATE"));
        assertNull(row(waiting).get("BODY"));
        assertEquals(Optional.empty(), store.claimNext(NOW + 100_000, NOW + 400_000, "v"));

        // Revoked while its attempt is in progress: cancelled; a failed attempt then leaves it so (no retry)…
        assertEquals(1, (int) jpa.txExpr(em -> MailOutboxEntity.cancelForLink(em, linkB)));
        assertEquals("CANCELLED", row(leaving).get("STATE"));
        assertFalse(store.markFailed(leaving, "u", DeliveryState.RETRYING, NOW + 30_000, "SERVER_UNREACHABLE", "down"));
        assertEquals("CANCELLED", row(leaving).get("STATE"));
        assertEquals(Optional.empty(), store.claimNext(NOW + 10_000_000, NOW + 20_000_000, "w"));
        // …while a successful one is recorded as what happened.
        assertTrue(store.markSent(leaving, "u", "SMTP", "<3@x>", NOW + 7));
        assertEquals("SENT", row(leaving).get("STATE"));
        assertEquals(0, (int) jpa.txExpr(em -> MailOutboxEntity.cancelForLink(em, linkB)));

        Map<Long, MailOutboxEntity> byLink = jpa.txExpr(em -> MailOutboxEntity.forLinks(em, List.of(linkA, linkB, 999_999L)));
        assertEquals(2, byLink.size());
        assertEquals(DeliveryState.CANCELLED, byLink.get(linkA).state());
        assertEquals(DeliveryState.SENT, byLink.get(linkB).state());
        assertEquals(0, (int) jpa.txExpr(em -> MailOutboxEntity.forLinks(em, List.of()).size()));
    }

    @Test
    public void aClaimThatExpiredIsTakenOverAndTheFormerHolderCanNoLongerMarkIt() throws Exception {
        long id = queue(linkA);
        store.claimNext(NOW, NOW + 1_000, "dead").orElseThrow();
        assertEquals(Optional.empty(), store.claimNext(NOW + 1_000, NOW + 2_000, "live"));
        OutboxStore.Claimed taken = store.claimNext(NOW + 1_001, NOW + 301_001, "live").orElseThrow();
        assertEquals(2, taken.attempts());
        assertFalse(store.markFailed(id, "dead", DeliveryState.RETRYING, NOW, "OTHER", "late"));
        assertTrue(store.markSent(id, "live", "OUTBOX", "<2@x>", NOW + 1_002));
        assertEquals("SENT", row(id).get("STATE"));
    }

    @Test
    public void twoSendersClaimingAtOnceNeverGetTheSameMessage() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            ids.add(queue(link("many-" + i)));
        }
        ConcurrentLinkedQueue<Long> claimed = new ConcurrentLinkedQueue<>();
        AtomicInteger conflicts = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> senders = new ArrayList<>();
            for (int s = 0; s < 2; s++) {
                String sender = "sender-" + s;
                senders.add(pool.submit(() -> {
                    go.await();
                    for (int round = 0; round < 200; round++) {
                        try {
                            Optional<OutboxStore.Claimed> c = store.claimNext(NOW, NOW + 300_000, sender + "-" + round);
                            if (c.isEmpty()) {
                                return null;
                            }
                            claimed.add(c.get().id());
                        } catch (RuntimeException e) {
                            // A lock conflict the database refused: this pass ends, as MailQueue's would; nothing is claimed twice.
                            conflicts.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : senders) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        Set<Long> distinct = new HashSet<>(claimed);
        assertEquals("no message claimed twice (conflicts: " + conflicts + ")", claimed.size(), distinct.size());
        assertEquals(new HashSet<>(ids), distinct);
        for (long id : ids) {
            assertEquals(1, ((Number) row(id).get("ATTEMPTS")).intValue());
        }
    }

    @Test
    public void theSchemaKeepsOneMessagePerLinkRequiresWhatIsMeantAndDeletesTheMessageWithItsLink() throws Exception {
        long id = queue(linkA);
        assertThrows("one message per link", RuntimeException.class, () -> queue(linkA));
        try (Statement s = sql.createStatement()) {
            assertThrows("a recipient is required", SQLException.class, () -> s.execute("INSERT INTO MAIL_OUTBOX (LINK_ID, SUBJECT, STATE,"
                    + " CREATED_AT, NEXT_ATTEMPT_AT) VALUES (" + linkB + ", 's', 'QUEUED', 0, 0)"));
            assertThrows("a state is required", SQLException.class, () -> s.execute("INSERT INTO MAIL_OUTBOX (LINK_ID, RECIPIENT, SUBJECT,"
                    + " CREATED_AT, NEXT_ATTEMPT_AT) VALUES (" + linkB + ", 'a@b.fr', 's', 0, 0)"));
            assertThrows("a link that exists", SQLException.class, () -> s.execute("INSERT INTO MAIL_OUTBOX (LINK_ID, RECIPIENT, SUBJECT, STATE,"
                    + " CREATED_AT, NEXT_ATTEMPT_AT) VALUES (987654, 'a@b.fr', 's', 'QUEUED', 0, 0)"));
            s.execute("INSERT INTO MAIL_OUTBOX (LINK_ID, RECIPIENT, SUBJECT, STATE, CREATED_AT, NEXT_ATTEMPT_AT) VALUES (" + linkB
                    + ", 'a@b.fr', 's', 'QUEUED', 0, 0)");
            assertEquals("attempts and claim default to none", 0, ((Number) row(lastId()).get("ATTEMPTS")).intValue());
            s.execute("DELETE FROM TRAINER_LINK WHERE ID = " + linkA);
        }
        assertNull("the message went with its link", row(id));
    }

    private long lastId() throws SQLException {
        try (Statement s = sql.createStatement(); ResultSet r = s.executeQuery("SELECT MAX(ID) FROM MAIL_OUTBOX")) {
            r.next();
            return r.getLong(1);
        }
    }
}
