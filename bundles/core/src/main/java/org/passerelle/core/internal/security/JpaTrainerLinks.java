package org.passerelle.core.internal.security;

import org.passerelle.core.internal.common.Audit;
import org.passerelle.core.internal.common.Validation;
import org.passerelle.core.internal.common.AccessRules;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.passerelle.core.organisation.TimeZones;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.passerelle.core.DomainException;
import org.passerelle.core.internal.common.Establishments;
import org.passerelle.core.internal.mail.DeliveryState;
import org.passerelle.core.internal.mail.MailOutboxEntity;
import org.passerelle.core.internal.mail.MailQueue;
import org.passerelle.core.internal.organisation.EstablishmentEntity;
import org.passerelle.core.internal.organisation.LearnerEntity;
import org.passerelle.core.internal.organisation.PersonEntity;
import org.passerelle.core.security.Caller;
import org.passerelle.core.security.Role;
import org.passerelle.core.security.SignedIn;
import org.passerelle.core.security.TrainerLink;
import org.passerelle.core.security.TrainerLinks;
import org.passerelle.mail.MailMessage;

/**
 * Trainer links on JPA. Nothing slow or external happens inside a transaction: the e-mail is stored in the queue
 * (MAIL_OUTBOX) in the transaction that stores the link, so both exist or neither, and {@link MailQueue} sends it
 * after the commit, with retries. The teacher reads where each link's e-mail stands in the link itself.
 */
public final class JpaTrainerLinks implements TrainerLinks {

    static final Duration SESSION_LIFETIME = Duration.ofHours(12);
    private static final Pattern GRANT = Pattern.compile("^[a-z]+:[0-9]{1,18}$");
    private static final String NO_PASSWORD = "none$trainer";

    private final JpaTemplate jpa;
    private final MailQueue mailQueue;
    private final TrainerLinkMail mail = new TrainerLinkMail(ResourceBundle.getBundle("org.passerelle.core.internal.security.messages",
            Locale.FRENCH, JpaTrainerLinks.class.getClassLoader()));

    public JpaTrainerLinks(JpaTemplate jpa, MailQueue mailQueue) {
        this.jpa = jpa;
        this.mailQueue = mailQueue;
    }

    @Override
    public long createTrainer(Caller caller, long establishmentId, String familyName, String firstName, String email) {
        AccessRules.requireStaffOf(caller, establishmentId);
        Establishments.requireExisting(jpa, caller, establishmentId);
        String family = Validation.required(familyName, "familyName", 100);
        String first = Validation.required(firstName, "firstName", 100);
        String address = Validation.email(email, "email", true);
        return jpa.txExpr(TransactionType.Required, em -> persistTrainer(em, caller, em.find(EstablishmentEntity.class, establishmentId), family, first, address).id());
    }

    /**
     * Stores a company trainer in the caller's transaction, with its audit line; the names and the e-mail are
     * already checked. The periods service creates a placement's tutor with it, in the transaction that attaches them.
     */
    public static PersonEntity persistTrainer(EntityManager em, Caller caller, EstablishmentEntity establishment, String familyName, String firstName,
                                              String email) {
        PersonEntity trainer = new PersonEntity(establishment, Role.TUTOR, "tuteur-" + Secrets.newPassword().toLowerCase(Locale.ROOT),
                familyName, firstName, email, NO_PASSWORD);
        em.persist(trainer);
        em.flush();
        Audit.record(em, establishment.id(), caller.login(), Audit.PERSON_CREATED, "person " + trainer.id(), "TUTOR " + email,
                Audit.text("TUTOR_CREATED", Audit.name(trainer), email));
        return trainer;
    }

    /** Revokes every live link granting this, whoever holds it, and ends their sessions (a placement's tutor was replaced). */
    public static void revokeGrant(EntityManager em, String grant, long now) {
        em.createQuery("SELECT l FROM TrainerLinkEntity l WHERE l.grant = :g AND l.revokedAt = 0", TrainerLinkEntity.class).setParameter("g", grant)
                .getResultList().forEach(l -> revoke(em, l, now));
    }

    /**
     * The period's dates changed: the live links of its placements' tutors last at least until 60 days after its new
     * end (never shortened). In the caller's transaction.
     */
    public static void followPeriod(EntityManager em, org.passerelle.core.internal.periods.PeriodEntity period) {
        var zone = TimeZones.of(period.annex().classLevel().establishment().timeZone());
        var end = LocalDate.parse(period.endDate());
        List<String> grants = em.createQuery("SELECT p.id FROM PlacementEntity p WHERE p.period.id = :p", Long.class)
                .setParameter("p", period.id()).getResultList().stream().map(id -> "placement:" + id).toList();
        if (grants.isEmpty()) {
            return;
        }
        long now = System.currentTimeMillis();
        em.createQuery("SELECT l FROM TrainerLinkEntity l WHERE l.grant IN :g AND l.revokedAt = 0", TrainerLinkEntity.class)
                .setParameter("g", grants).getResultList().stream().filter(l -> l.liveAt(now))
                .forEach(l -> l.extendTo(TrainerLinkMail.expiresAt(new TrainerLinkMail.Grantee(null, period.name(), end), l.issuedAt(), zone)));
    }

    @Override
    public TrainerLink issue(Caller caller, long trainerId, String grant, String accessUrlPrefix) {
        AccessRules.requireRole(caller, Role.ADMIN, Role.DDFPT, Role.TEACHER);
        TrainerLink issued = jpa.txExpr(TransactionType.Required, em -> {
            // Whose trainer first (another establishment's is "not found"), then what the request says.
            PersonEntity trainer = trainer(em, caller, trainerId);
            String what = Validation.matching(Validation.required(grant, "grant", 80), GRANT, "grant", "invalid-grant");
            TrainerLinkMail.Grantee grantee = grantee(em, trainer, what);
            long now = System.currentTimeMillis();
            em.createQuery("SELECT l FROM TrainerLinkEntity l WHERE l.trainer.id = :t AND l.grant = :g", TrainerLinkEntity.class)
                    .setParameter("t", trainerId).setParameter("g", what).getResultList().forEach(l -> revoke(em, l, now));
            String token = Secrets.newToken();
            long expiresAt = TrainerLinkMail.expiresAt(grantee, now, TimeZones.of(trainer.establishment().timeZone()));
            TrainerLinkEntity link = new TrainerLinkEntity(trainer, Secrets.sha256Hex(token), what, now, expiresAt, caller.login());
            MailMessage message = mail.message(trainer, grantee, accessUrlPrefix + token, link.expiresAt());
            em.persist(link);
            em.flush();
            // Stored with the link, in this transaction; sent by the mail queue once it has committed.
            MailOutboxEntity queued = MailOutboxEntity.queue(em, link.id(), message, now);
            em.flush();
            Audit.record(em, trainer.establishmentId(), caller.login(), Audit.TRAINER_LINK_ISSUED, "link " + link.id(),
                    "person " + trainerId + ", " + what + ", e-mail queued as message " + queued.id(), issuedText(trainer, grantee));
            return view(link, queued);
        });
        // The transaction has committed (issue is never called inside another one): the sender may go now.
        mailQueue.wake();
        return issued;
    }

    @Override
    public TrainerLink revoke(Caller caller, long linkId) {
        AccessRules.requireRole(caller, Role.ADMIN, Role.DDFPT, Role.TEACHER);
        return jpa.txExpr(TransactionType.Required, em -> {
            TrainerLinkEntity link = em.find(TrainerLinkEntity.class, linkId);
            if (link == null || !AccessRules.sees(caller, link.trainer().establishmentId())) {
                throw DomainException.notFound("trainer-link-not-found", linkId);
            }
            revoke(em, link, System.currentTimeMillis());
            Audit.record(em, link.trainer().establishmentId(), caller.login(), Audit.TRAINER_LINK_REVOKED, "link " + linkId, null,
                    Audit.text(Audit.TRAINER_LINK_REVOKED, Audit.name(link.trainer()), revokedWhat(em, link.grant())));
            return view(link, MailOutboxEntity.forLinks(em, List.of(link.id())).get(link.id()));
        });
    }

    @Override
    public List<TrainerLink> links(Caller caller, long trainerId) {
        AccessRules.requireRole(caller, Role.ADMIN, Role.DDFPT, Role.TEACHER);
        return jpa.txExpr(TransactionType.Supports, em -> {
            trainer(em, caller, trainerId);
            List<TrainerLinkEntity> links = em.createQuery("SELECT l FROM TrainerLinkEntity l WHERE l.trainer.id = :t ORDER BY l.id DESC",
                    TrainerLinkEntity.class).setParameter("t", trainerId).getResultList();
            Map<Long, MailOutboxEntity> mails = MailOutboxEntity.forLinks(em, links.stream().map(TrainerLinkEntity::id).toList());
            return links.stream().map(l -> view(l, mails.get(l.id()))).toList();
        });
    }

    @Override
    public java.util.Optional<Instant> accessUntil(Caller caller) {
        if (caller == null || caller.grant() == null) {
            return java.util.Optional.empty();
        }
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "SELECT l.expiresAt FROM TrainerLinkEntity l WHERE l.trainer.id = :t AND l.grant = :g AND l.revokedAt = 0 ORDER BY l.id DESC",
                Long.class).setParameter("t", caller.personId()).setParameter("g", caller.grant()).setMaxResults(1).getResultList()
                .stream().findFirst().map(Instant::ofEpochMilli));
    }

    @Override
    public SignedIn open(String token, String remoteAddress) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw DomainException.unauthenticated("invalid-link", "token");
        }
        String hash = Secrets.sha256Hex(token.trim());
        SignedIn signedIn = jpa.txExpr(TransactionType.Required, em -> {
            List<TrainerLinkEntity> found = em.createQuery("SELECT l FROM TrainerLinkEntity l WHERE l.tokenHash = :h", TrainerLinkEntity.class)
                    .setParameter("h", hash).getResultList();
            long now = System.currentTimeMillis();
            if (found.isEmpty() || !found.get(0).liveAt(now) || !found.get(0).trainer().active()) {
                return null;
            }
            TrainerLinkEntity link = found.get(0);
            PersonEntity trainer = link.trainer();
            String sessionToken = Secrets.newToken();
            long expires = Math.min(now + SESSION_LIFETIME.toMillis(), link.expiresAt());
            em.persist(new SessionEntity(Secrets.sha256Hex(sessionToken), trainer, now, expires, link.grant(), link.id()));
            return new SignedIn(sessionToken, Instant.ofEpochMilli(expires),
                    new Caller(trainer.id(), trainer.login(), trainer.role(), trainer.establishmentId(), link.grant()));
        });
        if (signedIn == null) {
            throw DomainException.unauthenticated("invalid-link", "token");
        }
        return signedIn;
    }

    private static PersonEntity trainer(EntityManager em, Caller caller, long trainerId) {
        PersonEntity trainer = em.find(PersonEntity.class, trainerId);
        if (trainer == null || trainer.role() != Role.TUTOR || !AccessRules.sees(caller, trainer.establishmentId())) {
            throw DomainException.notFound("person-not-found", trainerId);
        }
        return trainer;
    }

    /** The journal's sentence for a link sent. */
    private static String issuedText(PersonEntity trainer, TrainerLinkMail.Grantee grantee) {
        String learner = Audit.name(grantee.learner().person());
        return grantee.periodName() == null ? Audit.text("TRAINER_LINK_ISSUED.learner", Audit.name(trainer), learner)
                : Audit.text("TRAINER_LINK_ISSUED.placement", Audit.name(trainer), learner, grantee.periodName());
    }

    /** What a revoked link opened, in words, for the journal (the grant's record may be gone: then its code). */
    private static String revokedWhat(EntityManager em, String grant) {
        try {
            if (grant.startsWith("placement:")) {
                var placement = em.find(org.passerelle.core.internal.periods.PlacementEntity.class, Long.parseLong(grant.substring(10)));
                if (placement != null) {
                    return "fiche de liaison de " + Audit.name(placement.learner().person()) + ", " + placement.period().name();
                }
            } else if (grant.startsWith("learner:")) {
                LearnerEntity learner = em.find(LearnerEntity.class, Long.parseLong(grant.substring(8)));
                if (learner != null) {
                    return "suivi de " + Audit.name(learner.person());
                }
            }
        } catch (NumberFormatException e) {
            // a grant of another shape: its code below
        }
        return grant;
    }

    /** Whom the link is for; the grant must name a record of the trainer's establishment. */
    private static TrainerLinkMail.Grantee grantee(EntityManager em, PersonEntity trainer, String grant) {
        if (grant.startsWith("learner:")) {
            LearnerEntity learner = em.find(LearnerEntity.class, Long.parseLong(grant.substring("learner:".length())));
            if (learner == null || learner.establishment().id() != trainer.establishmentId()) {
                throw DomainException.invalid("invalid-grant", "grant", grant);
            }
            return new TrainerLinkMail.Grantee(learner, null, null);
        }
        if (grant.startsWith("placement:")) {
            var placement = em.find(org.passerelle.core.internal.periods.PlacementEntity.class, Long.parseLong(grant.substring("placement:".length())));
            if (placement == null || placement.learner().establishment().id() != trainer.establishmentId()) {
                throw DomainException.invalid("invalid-grant", "grant", grant);
            }
            // One door per rule: a liaison sheet opens to its own tutor only, who is chosen by the tutor rules
            // (POST /placements/{id}/tutor), never by naming any trainer here.
            if (placement.tutor() == null || placement.tutor().id() != trainer.id()) {
                throw DomainException.invalid("not-the-placement-tutor", "grant", grant);
            }
            return new TrainerLinkMail.Grantee(placement.learner(), placement.period().name(), LocalDate.parse(placement.period().endDate()));
        }
        throw DomainException.invalid("invalid-grant", "grant", grant);
    }

    /** Revokes a link, ends its sessions and cancels its e-mail if it has not left yet (the token is worth nothing now). */
    private static void revoke(EntityManager em, TrainerLinkEntity link, long now) {
        link.revoke(now);
        Sessions.endForLink(em, link.id(), now);
        MailOutboxEntity.cancelForLink(em, link.id());
    }

    /**
     * The link with its e-mail's state. A link issued before the queue existed (no message) was e-mailed inside the
     * transaction that stored it, so it was sent when it was issued, by the transport its DELIVERY column names.
     */
    static TrainerLink view(TrainerLinkEntity l, MailOutboxEntity mail) {
        PersonEntity t = l.trainer();
        String name = t.firstName() + " " + t.familyName();
        Instant issued = Instant.ofEpochMilli(l.issuedAt());
        Instant expires = Instant.ofEpochMilli(l.expiresAt());
        Instant revoked = l.revokedAt() == 0 ? null : Instant.ofEpochMilli(l.revokedAt());
        if (mail == null) {
            return new TrainerLink(l.id(), t.id(), name, t.email(), l.grant(), issued, expires, revoked, DeliveryState.SENT.name(), l.delivery(),
                    1, null, null, null, issued);
        }
        DeliveryState state = mail.state();
        boolean waiting = state == DeliveryState.QUEUED || state == DeliveryState.RETRYING;
        return new TrainerLink(l.id(), t.id(), name, mail.recipient(), l.grant(), issued, expires, revoked, state.name(), mail.transport(),
                mail.attempts(), mail.errorReason(), mail.lastError(), waiting ? Instant.ofEpochMilli(mail.nextAttemptAt()) : null,
                mail.sentAt() == null ? null : Instant.ofEpochMilli(mail.sentAt()));
    }
}
