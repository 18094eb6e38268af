package org.passerelle.core.internal.security;

import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.passerelle.core.DomainException;
import org.passerelle.core.internal.common.Establishments;
import org.passerelle.core.internal.audit.Audit;
import org.passerelle.core.internal.organisation.EstablishmentEntity;
import org.passerelle.core.internal.organisation.LearnerEntity;
import org.passerelle.core.internal.organisation.PersonEntity;
import org.passerelle.core.internal.organisation.Validation;
import org.passerelle.core.security.Caller;
import org.passerelle.core.security.Role;
import org.passerelle.core.security.SignedIn;
import org.passerelle.core.security.TrainerLink;
import org.passerelle.core.security.TrainerLinks;
import org.passerelle.mail.Delivery;
import org.passerelle.mail.MailException;
import org.passerelle.mail.MailMessage;
import org.passerelle.mail.MailSender;

/**
 * Trainer links on JPA. The e-mail goes out inside the transaction that stores the link: if it cannot be sent,
 * nothing is stored and the teacher is told, rather than a link existing that nobody received.
 */
public final class JpaTrainerLinks implements TrainerLinks {

    static final Duration LINK_LIFETIME = Duration.ofDays(180);
    static final Duration SESSION_LIFETIME = Duration.ofHours(12);
    private static final Pattern GRANT = Pattern.compile("^[a-z]+:[0-9]{1,18}$");
    private static final String NO_PASSWORD = "none$trainer";

    private final JpaTemplate jpa;
    private final MailSender mail;
    private final ResourceBundle messages = ResourceBundle.getBundle("org.passerelle.core.internal.security.messages", Locale.FRENCH,
            JpaTrainerLinks.class.getClassLoader());

    public JpaTrainerLinks(JpaTemplate jpa, MailSender mail) {
        this.jpa = jpa;
        this.mail = mail;
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
        Audit.record(em, establishment.id(), caller.login(), Audit.PERSON_CREATED, "person " + trainer.id(), "TUTOR " + email);
        return trainer;
    }

    /** Revokes every live link granting this, whoever holds it, and ends their sessions (a placement's tutor was replaced). */
    public static void revokeGrant(EntityManager em, String grant, long now) {
        em.createQuery("SELECT l FROM TrainerLinkEntity l WHERE l.grant = :g AND l.revokedAt = 0", TrainerLinkEntity.class).setParameter("g", grant)
                .getResultList().forEach(l -> revoke(em, l, now));
    }

    @Override
    public TrainerLink issue(Caller caller, long trainerId, String grant, String accessUrlPrefix) {
        AccessRules.requireRole(caller, Role.ADMIN, Role.DDFPT, Role.TEACHER);
        return jpa.txExpr(TransactionType.Required, em -> {
            // Whose trainer first (another establishment's is "not found"), then what the request says.
            PersonEntity trainer = trainer(em, caller, trainerId);
            String what = Validation.matching(Validation.required(grant, "grant", 80), GRANT, "grant", "invalid-grant");
            String forWhom = describeGrant(em, trainer, what);
            long now = System.currentTimeMillis();
            em.createQuery("SELECT l FROM TrainerLinkEntity l WHERE l.trainer.id = :t AND l.grant = :g", TrainerLinkEntity.class)
                    .setParameter("t", trainerId).setParameter("g", what).getResultList().forEach(l -> revoke(em, l, now));
            String token = Secrets.newToken();
            TrainerLinkEntity link = new TrainerLinkEntity(trainer, Secrets.sha256Hex(token), what, now, now + LINK_LIFETIME.toMillis(), caller.login());
            em.persist(link);
            em.flush();
            link.delivered(send(trainer, forWhom, accessUrlPrefix + token, link.expiresAt()));
            Audit.record(em, trainer.establishmentId(), caller.login(), Audit.TRAINER_LINK_ISSUED, "link " + link.id(),
                    "person " + trainerId + ", " + what + ", by " + link.delivery());
            return view(link);
        });
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
            Audit.record(em, link.trainer().establishmentId(), caller.login(), Audit.TRAINER_LINK_REVOKED, "link " + linkId, null);
            return view(link);
        });
    }

    @Override
    public List<TrainerLink> links(Caller caller, long trainerId) {
        AccessRules.requireRole(caller, Role.ADMIN, Role.DDFPT, Role.TEACHER);
        return jpa.txExpr(TransactionType.Supports, em -> {
            trainer(em, caller, trainerId);
            return em.createQuery("SELECT l FROM TrainerLinkEntity l WHERE l.trainer.id = :t ORDER BY l.id DESC", TrainerLinkEntity.class)
                    .setParameter("t", trainerId).getResultList().stream().map(JpaTrainerLinks::view).toList();
        });
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

    /** What the e-mail says the link is for; the grant must name a record of the trainer's establishment. */
    private String describeGrant(EntityManager em, PersonEntity trainer, String grant) {
        if (grant.startsWith("learner:")) {
            LearnerEntity learner = em.find(LearnerEntity.class, Long.parseLong(grant.substring("learner:".length())));
            if (learner == null || learner.establishment().id() != trainer.establishmentId()) {
                throw DomainException.invalid("invalid-grant", "grant", grant);
            }
            return text("link.forLearner", learner.person().firstName() + " " + learner.person().familyName());
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
            var learner = placement.learner().person();
            return text("link.forPlacement", learner.firstName() + " " + learner.familyName(), placement.period().name());
        }
        throw DomainException.invalid("invalid-grant", "grant", grant);
    }

    private String send(PersonEntity trainer, String forWhom, String url, long expiresAt) {
        String name = trainer.firstName() + " " + trainer.familyName();
        String establishment = trainer.establishment().name();
        String expiry = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH).format(Instant.ofEpochMilli(expiresAt).atZone(ZoneId.systemDefault()));
        try {
            Delivery delivery = mail.send(new MailMessage(trainer.email(), name, text("link.subject", name, establishment),
                    text("link.body", name, establishment, url, expiry, forWhom)));
            return delivery.method();
        } catch (MailException e) {
            throw DomainException.unavailable("mail-failed", e.getMessage());
        }
    }

    private static void revoke(EntityManager em, TrainerLinkEntity link, long now) {
        link.revoke(now);
        Sessions.endForLink(em, link.id(), now);
    }

    private static TrainerLink view(TrainerLinkEntity l) {
        PersonEntity t = l.trainer();
        return new TrainerLink(l.id(), t.id(), t.firstName() + " " + t.familyName(), t.email(), l.grant(), Instant.ofEpochMilli(l.issuedAt()),
                Instant.ofEpochMilli(l.expiresAt()), l.revokedAt() == 0 ? null : Instant.ofEpochMilli(l.revokedAt()), l.delivery());
    }

    private String text(String key, Object... args) {
        return MessageFormat.format(messages.getString(key), args);
    }
}
