package org.passerelle.core.internal.mail;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * One e-mail waiting to leave, or the record of how it left (table MAIL_OUTBOX, changeset 004). It is written in the
 * transaction that stores its trainer link, and sent by {@link MailQueue} after the commit. The body holds the
 * link's secret token: it is kept only until the message is SENT, FAILED or CANCELLED, then set to null.
 *
 * <p>State changes after the insert are conditional SQL updates ({@link JpaOutboxStore}, {@link #cancelForLink}),
 * never edits of a loaded instance, so that a sender and a teacher revoking the link cannot overwrite each other.
 */
@Entity
@Table(name = "MAIL_OUTBOX")
public class MailOutboxEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;

    /** The trainer link the message carries (foreign key, ON DELETE CASCADE). */
    @Column(name = "LINK_ID", nullable = false)
    private long linkId;

    @Column(name = "RECIPIENT", nullable = false, length = 254)
    private String recipient;

    @Column(name = "RECIPIENT_NAME", length = 201)
    private String recipientName;

    @Column(name = "SUBJECT", nullable = false, length = 300)
    private String subject;

    @Column(name = "BODY", length = 4000)
    private String body;

    @Column(name = "STATE", nullable = false, length = 10)
    private String state;

    /** How it left: SMTP or OUTBOX (the folder), once SENT. */
    @Column(name = "TRANSPORT", length = 10)
    private String transport;

    @Column(name = "MESSAGE_ID", length = 200)
    private String messageId;

    /** Attempts started, the one in progress included. */
    @Column(name = "ATTEMPTS", nullable = false)
    private int attempts;

    @Column(name = "CREATED_AT", nullable = false)
    private long createdAt;

    /** When the next attempt is due (QUEUED, RETRYING). */
    @Column(name = "NEXT_ATTEMPT_AT", nullable = false)
    private long nextAttemptAt;

    /** The sender holding it while SENDING, and until when; another sender may take it over after that. */
    @Column(name = "CLAIM_TOKEN", length = 40)
    private String claimToken;

    @Column(name = "CLAIMED_UNTIL", nullable = false)
    private long claimedUntil;

    @Column(name = "SENT_AT")
    private Long sentAt;

    /** What went wrong last, as a word (MailException.Reason, or the queue's own) and in plain English. */
    @Column(name = "ERROR_REASON", length = 30)
    private String errorReason;

    @Column(name = "LAST_ERROR", length = 500)
    private String lastError;

    protected MailOutboxEntity() {
    }

    private MailOutboxEntity(long linkId, String recipient, String recipientName, String subject, String body, long now) {
        this.linkId = linkId;
        this.recipient = recipient;
        this.recipientName = recipientName;
        this.subject = subject;
        this.body = body;
        this.state = DeliveryState.QUEUED.name();
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** Queues a message for a link, in the caller's transaction (the one that stores the link, already flushed). */
    public static MailOutboxEntity queue(javax.persistence.EntityManager em, long linkId, org.passerelle.mail.MailMessage message, long now) {
        MailOutboxEntity queued = new MailOutboxEntity(linkId, message.to(), message.toName(), message.subject(), message.textBody(), now);
        em.persist(queued);
        return queued;
    }

    /**
     * Cancels the link's message unless it has already left or been given up, in the caller's transaction: the link
     * was revoked, its token is worth nothing. A message being sent right now (SENDING) is cancelled too: if that
     * attempt fails it is not retried; if it succeeds, the sender still records it SENT, for that is what happened.
     *
     * @return how many messages were cancelled (0 or 1)
     */
    public static int cancelForLink(javax.persistence.EntityManager em, long linkId) {
        // Native SQL, the condition on the updated row itself: see JpaOutboxStore on OpenJPA's bulk updates.
        return em.createNativeQuery("UPDATE MAIL_OUTBOX SET STATE = 'CANCELLED', BODY = NULL"
                        + " WHERE LINK_ID = ?1 AND (STATE = 'QUEUED' OR STATE = 'RETRYING' OR STATE = 'SENDING')")
                .setParameter(1, linkId).executeUpdate();
    }

    /** The messages of these links, by link id (a link issued before the queue existed has none). */
    public static java.util.Map<Long, MailOutboxEntity> forLinks(javax.persistence.EntityManager em, java.util.Collection<Long> linkIds) {
        java.util.Map<Long, MailOutboxEntity> byLink = new java.util.HashMap<>();
        if (!linkIds.isEmpty()) {
            em.createQuery("SELECT m FROM MailOutboxEntity m WHERE m.linkId IN :links", MailOutboxEntity.class)
                    .setParameter("links", linkIds).getResultList().forEach(m -> byLink.put(m.linkId, m));
        }
        return byLink;
    }

    public long id() {
        return id;
    }

    public long linkId() {
        return linkId;
    }

    public String recipient() {
        return recipient;
    }

    public String recipientName() {
        return recipientName;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public DeliveryState state() {
        return DeliveryState.of(state);
    }

    public String transport() {
        return transport;
    }

    public String messageId() {
        return messageId;
    }

    public int attempts() {
        return attempts;
    }

    public long nextAttemptAt() {
        return nextAttemptAt;
    }

    public String claimToken() {
        return claimToken;
    }

    public Long sentAt() {
        return sentAt;
    }

    public String errorReason() {
        return errorReason;
    }

    public String lastError() {
        return lastError;
    }
}
