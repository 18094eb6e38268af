package org.passerelle.core.internal.mail;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;

/**
 * {@link OutboxStore} on the persistence unit. Every transition is one SQL {@code UPDATE} whose {@code WHERE} names the
 * row and the state it starts from, so the database decides which of two concurrent writers wins: the row lock
 * serialises them, and the second finds the condition false on the row as the first left it, and changes nothing.
 *
 * <p>Native SQL on purpose (plain, portable: H2 and PostgreSQL): OpenJPA turns a JPQL bulk update into
 * {@code UPDATE … WHERE ID IN (SELECT … WHERE condition)}, and PostgreSQL, after waiting for the row lock, re-checks
 * the outer row but not that subquery's snapshot, so two claimers could both win (JpaOutboxStoreTest on PostgreSQL
 * showed it).
 */
public final class JpaOutboxStore implements OutboxStore {

    /** How many due messages one look-up returns; claimNext tries them in order until one is won. */
    private static final int CANDIDATES = 10;
    /** Due: waiting and its time has come, or held by a claim that expired (JPQL, for the read-only look-up). */
    private static final String DUE_JPQL = "((m.state = 'QUEUED' OR m.state = 'RETRYING') AND m.nextAttemptAt <= :now)"
            + " OR (m.state = 'SENDING' AND m.claimedUntil < :now)";
    static final String CLAIM = "UPDATE MAIL_OUTBOX SET STATE = 'SENDING', CLAIM_TOKEN = ?1, CLAIMED_UNTIL = ?2, ATTEMPTS = ATTEMPTS + 1"
            + " WHERE ID = ?3 AND (((STATE = 'QUEUED' OR STATE = 'RETRYING') AND NEXT_ATTEMPT_AT <= ?4) OR (STATE = 'SENDING' AND CLAIMED_UNTIL < ?5))";
    /** CANCELLED too: the link was revoked during this very attempt, and the message did leave. */
    static final String MARK_SENT = "UPDATE MAIL_OUTBOX SET STATE = 'SENT', BODY = NULL, TRANSPORT = ?1, MESSAGE_ID = ?2, SENT_AT = ?3,"
            + " CLAIM_TOKEN = NULL, CLAIMED_UNTIL = 0 WHERE ID = ?4 AND (STATE = 'SENDING' OR STATE = 'CANCELLED') AND CLAIM_TOKEN = ?5";
    static final String MARK_RETRYING = "UPDATE MAIL_OUTBOX SET STATE = 'RETRYING', NEXT_ATTEMPT_AT = ?1, ERROR_REASON = ?2, LAST_ERROR = ?3,"
            + " CLAIM_TOKEN = NULL, CLAIMED_UNTIL = 0 WHERE ID = ?4 AND STATE = 'SENDING' AND CLAIM_TOKEN = ?5";
    static final String MARK_FAILED = "UPDATE MAIL_OUTBOX SET STATE = 'FAILED', BODY = NULL, NEXT_ATTEMPT_AT = ?1, ERROR_REASON = ?2, LAST_ERROR = ?3,"
            + " CLAIM_TOKEN = NULL, CLAIMED_UNTIL = 0 WHERE ID = ?4 AND STATE = 'SENDING' AND CLAIM_TOKEN = ?5";

    private final JpaTemplate jpa;

    public JpaOutboxStore(JpaTemplate jpa) {
        this.jpa = jpa;
    }

    @Override
    public Optional<Claimed> claimNext(long now, long claimedUntil, String claimToken) {
        List<Long> due = jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                        "SELECT m.id FROM MailOutboxEntity m WHERE " + DUE_JPQL + " ORDER BY m.nextAttemptAt, m.id", Long.class)
                .setParameter("now", now).setMaxResults(CANDIDATES).getResultList());
        for (long id : due) {
            Claimed claimed = jpa.txExpr(TransactionType.Required, em -> {
                int won = em.createNativeQuery(CLAIM).setParameter(1, claimToken).setParameter(2, claimedUntil).setParameter(3, id)
                        .setParameter(4, now).setParameter(5, now).executeUpdate();
                if (won != 1) {
                    return null;
                }
                MailOutboxEntity m = em.find(MailOutboxEntity.class, id);
                em.refresh(m);
                return new Claimed(m.id(), m.linkId(), m.claimToken(), m.attempts(), m.recipient(), m.recipientName(), m.subject(), m.body());
            });
            if (claimed != null) {
                return Optional.of(claimed);
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean markSent(long id, String claimToken, String transport, String messageId, long now) {
        return jpa.txExpr(TransactionType.Required, em -> em.createNativeQuery(MARK_SENT).setParameter(1, transport).setParameter(2, messageId)
                .setParameter(3, now).setParameter(4, id).setParameter(5, claimToken).executeUpdate()) == 1;
    }

    @Override
    public boolean markFailed(long id, String claimToken, DeliveryState state, long nextAttemptAt, String errorReason, String error) {
        String update = switch (state) {
            case RETRYING -> MARK_RETRYING;
            case FAILED -> MARK_FAILED;
            default -> throw new IllegalArgumentException("not a state after a failure: " + state);
        };
        return jpa.txExpr(TransactionType.Required, em -> em.createNativeQuery(update).setParameter(1, nextAttemptAt).setParameter(2, errorReason)
                .setParameter(3, error).setParameter(4, id).setParameter(5, claimToken).executeUpdate()) == 1;
    }

    @Override
    public OptionalLong nextDue() {
        return jpa.txExpr(TransactionType.Required, em -> {
            Long waiting = em.createQuery("SELECT MIN(m.nextAttemptAt) FROM MailOutboxEntity m WHERE m.state = 'QUEUED' OR m.state = 'RETRYING'",
                    Long.class).getSingleResult();
            Long claimed = em.createQuery("SELECT MIN(m.claimedUntil) FROM MailOutboxEntity m WHERE m.state = 'SENDING'", Long.class)
                    .getSingleResult();
            if (waiting == null && claimed == null) {
                return OptionalLong.empty();
            }
            return OptionalLong.of(Math.min(waiting == null ? Long.MAX_VALUE : waiting, claimed == null ? Long.MAX_VALUE : claimed));
        });
    }
}
