package org.passerelle.core.internal.security;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import org.passerelle.core.DomainException;
import org.passerelle.core.internal.organisation.LearnerEntity;
import org.passerelle.core.internal.organisation.PersonEntity;
import org.passerelle.mail.MailMessage;
import org.passerelle.core.organisation.LearnerStatus;
import org.passerelle.core.organisation.TimeZones;

/**
 * How long a trainer's link lasts and the e-mail that carries it (issue 10, item 5).
 * <ul>
 * <li>A link for a placement lasts until the end of the 60th day after its period's last day, in the establishment's
 * time zone, and never less than {@value #LIFETIME_DAYS} days from sending; any other link, to the end of the
 * {@value #LIFETIME_DAYS}th day after sending. When the period's end moves later, its live links follow
 * ({@link JpaTrainerLinks#followPeriod}).</li>
 * <li>The e-mail greets the trainer by name (« Bonjour Prénom Nom, »), says what the link opens and until which day
 * (in the establishment's zone), and names the referent teacher to contact, with their e-mail. For an apprentice it
 * speaks of the apprenticeship master, never of a tutor.</li>
 * </ul>
 */
final class TrainerLinkMail {

    static final int LIFETIME_DAYS = 180;
    static final int AFTER_PERIOD_DAYS = 60;
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

    /** Whom a link is for: the learner, and for a placement the period's name and last day; null fields when none. */
    record Grantee(LearnerEntity learner, String periodName, LocalDate periodEnd) {
    }

    private final ResourceBundle messages;

    TrainerLinkMail(ResourceBundle messages) {
        this.messages = messages;
    }

    /**
     * When a link sent at {@code now} (epoch ms) stops working: at midnight in the zone, so that « jusqu'au … inclus »
     * is true to the minute.
     */
    static long expiresAt(Grantee grantee, long now, ZoneId zone) {
        long lifetime = Instant.ofEpochMilli(now).atZone(zone).toLocalDate().plusDays(LIFETIME_DAYS + 1L).atStartOfDay(zone).toInstant()
                .toEpochMilli();
        if (grantee.periodEnd() == null) {
            return lifetime;
        }
        long afterPeriod = grantee.periodEnd().plusDays(AFTER_PERIOD_DAYS + 1L).atStartOfDay(zone).toInstant().toEpochMilli();
        return Math.max(lifetime, afterPeriod);
    }

    /** The last day a link expiring at {@code expiresAt} still works, in the zone. */
    static LocalDate lastDay(long expiresAt, ZoneId zone) {
        return Instant.ofEpochMilli(expiresAt - 1).atZone(zone).toLocalDate();
    }

    /** The e-mail; a trainer address the mail service could not use is refused here, before anything is stored. */
    MailMessage message(PersonEntity trainer, Grantee grantee, String url, long expiresAt) {
        String name = trainer.firstName() + " " + trainer.familyName();
        String establishment = trainer.establishment().name();
        ZoneId zone = TimeZones.of(trainer.establishment().timeZone());
        boolean apprentice = grantee.learner().status() == LearnerStatus.APPRENTICE;
        String learner = grantee.learner().person().firstName() + " " + grantee.learner().person().familyName();
        String forWhom = grantee.periodName() == null
                ? text(apprentice ? "link.forApprentice" : "link.forLearner", learner)
                : text(apprentice ? "link.forApprenticePeriod" : "link.forPlacement", learner, grantee.periodName());
        String until = LONG_DATE.format(lastDay(expiresAt, zone));
        try {
            return new MailMessage(trainer.email(), name, text(apprentice ? "link.subject.master" : "link.subject", establishment),
                    text("link.body", name, forWhom, establishment, until, url, contact(grantee.learner())));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("invalid-email", "email", trainer.email());
        }
    }

    private String contact(LearnerEntity learner) {
        PersonEntity teacher = learner.referentTeacher();
        if (teacher == null) {
            return text("link.contactUnknown");
        }
        String name = teacher.firstName() + " " + teacher.familyName();
        return teacher.email() == null ? text("link.contactNoEmail", name) : text("link.contact", name, teacher.email());
    }

    private String text(String key, Object... args) {
        return MessageFormat.format(messages.getString(key), args);
    }
}
