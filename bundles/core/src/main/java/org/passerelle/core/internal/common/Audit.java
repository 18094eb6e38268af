package org.passerelle.core.internal.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import javax.persistence.EntityManager;
import org.passerelle.core.internal.audit.AuditEntryEntity;

/** Writes audit entries inside the caller's transaction, so an action and its trace commit or roll back together. */
public final class Audit {

    public static final String SIGN_IN_FAILED = "SIGN_IN_FAILED";
    public static final String SIGN_IN_BLOCKED = "SIGN_IN_BLOCKED";
    public static final String PASSWORD_CHANGED = "PASSWORD_CHANGED";
    /** A wrong current password given to change one's password (counted by the sign-in throttle). */
    public static final String PASSWORD_CHANGE_FAILED = "PASSWORD_CHANGE_FAILED";
    public static final String PASSWORD_RESET = "PASSWORD_RESET";
    public static final String ROLE_CHANGED = "ROLE_CHANGED";
    public static final String PERSON_CREATED = "PERSON_CREATED";
    public static final String ESTABLISHMENT_CREATED = "ESTABLISHMENT_CREATED";
    public static final String IMPORT_APPLIED = "IMPORT_APPLIED";
    public static final String LEARNER_LEFT = "LEARNER_LEFT";
    public static final String LEARNER_RETURNED = "LEARNER_RETURNED";
    public static final String LEARNER_CREATED_DESPITE_NAMESAKE = "LEARNER_CREATED_DESPITE_NAMESAKE";
    public static final String TRAINER_LINK_ISSUED = "TRAINER_LINK_ISSUED";
    public static final String TRAINER_LINK_REVOKED = "TRAINER_LINK_REVOKED";
    public static final String PERIOD_DELETED = "PERIOD_DELETED";
    public static final String PERIOD_RESTORED = "PERIOD_RESTORED";
    public static final String REVIEW_FINALISED = "REVIEW_FINALISED";
    public static final String REVIEW_UNLOCKED = "REVIEW_UNLOCKED";

    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("org.passerelle.core.internal.audit.messages", Locale.ROOT,
            Audit.class.getClassLoader());

    private Audit() {
    }

    /**
     * Records an entry.
     *
     * @param target  what it is about, as codes ({@code "person 12"}, {@code "link 3"})
     * @param detail  technical detail, for an administrator
     * @param summary what happened, in French, with names: see {@link #text}
     */
    public static void record(EntityManager em, Long establishmentId, String actor, String action, String target, String detail, String summary) {
        em.persist(new AuditEntryEntity(System.currentTimeMillis(), establishmentId, cut(actor, 80), action, cut(target, 200), cut(detail, 1000),
                cut(summary, 1000)));
    }

    /** The journal's French sentence {@code key} with its arguments (pass numbers as text: no digit grouping). */
    public static String text(String key, Object... args) {
        return new MessageFormat(TEXTS.getString(key), Locale.FRENCH).format(args);
    }

    /** « Prénom NOM » of a person, as the journal names people. */
    public static String name(org.passerelle.core.internal.organisation.PersonEntity person) {
        return person == null ? "—" : person.firstName() + " " + person.familyName();
    }

    /** The French label of an entry's action, for entries without a sentence. */
    public static String label(String action) {
        return TEXTS.containsKey("action." + action) ? text("action." + action) : action;
    }

    /** What a column of that length holds: the journal never refuses an entry for its length. */
    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
