package org.passerelle.core.audit;

import java.time.Instant;

/**
 * A sensitive action, as recorded.
 *
 * @param actor     the login of who did it (for a failed sign-in, the login tried)
 * @param actorName « Prénom NOM » of that person today, null when the login is nobody's (a failed sign-in)
 * @param action    its code, e.g. {@code TRAINER_LINK_ISSUED}
 * @param target    what it is about, as codes ({@code "link 12"})
 * @param detail    technical detail
 * @param summary   what happened, in French, with the names of that moment (« Lien d'accès envoyé à Marc DUPUIS pour la
 *                  fiche de liaison de Lucas BONNET (PFMP 2) »); for entries older than these sentences, the French label
 *                  of the action
 */
public record AuditEntry(long id, Instant at, Long establishmentId, String actor, String actorName, String action, String target,
                         String detail, String summary) {
}
