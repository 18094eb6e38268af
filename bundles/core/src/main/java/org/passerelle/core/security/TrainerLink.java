package org.passerelle.core.security;

import java.time.Instant;

/**
 * A company trainer's access link as the teaching team sees it (never the token), with where its e-mail stands. The
 * e-mail is queued with the link and sent after the commit, with retries (README, Authentication).
 *
 * @param delivery      the e-mail's state: {@code QUEUED} (stored, not tried yet), {@code SENDING} (leaving now),
 *                      {@code RETRYING} (an attempt failed, another is planned at {@code nextAttemptAt}), {@code SENT},
 *                      {@code FAILED} (given up, see {@code lastError}) or {@code CANCELLED} (the link was revoked
 *                      before it left)
 * @param transport     how it left once sent: {@code SMTP} or {@code OUTBOX} (written to the outbox folder); else null
 * @param attempts      attempts made so far (the one in progress included)
 * @param errorReason   what went wrong last, as a word ({@code SERVER_UNREACHABLE}, {@code AUTHENTICATION_FAILED},
 *                      {@code TLS_FAILED}, {@code RECIPIENT_REFUSED}, {@code MESSAGE_REFUSED}, {@code OUTBOX_NOT_WRITABLE},
 *                      {@code MAIL_SERVICE_UNAVAILABLE}, {@code INVALID_MESSAGE}, {@code OTHER}); null when nothing did
 * @param lastError     the same in plain English, for the administrator (server, port, the server's answer)
 * @param nextAttemptAt when the next attempt is due, while {@code QUEUED} or {@code RETRYING}; else null
 * @param sentAt        when it left; null until {@code SENT}
 */
public record TrainerLink(long id, long trainerId, String trainerName, String email, String grant, Instant issuedAt, Instant expiresAt,
                          Instant revokedAt, String delivery, String transport, int attempts, String errorReason, String lastError,
                          Instant nextAttemptAt, Instant sentAt) {
}
