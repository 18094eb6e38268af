package org.passerelle.core.security;

import java.time.Instant;

/**
 * A company trainer's access link as the teaching team sees it (never the token).
 *
 * @param delivery "SMTP" or "OUTBOX": how the e-mail went out
 */
public record TrainerLink(long id, long trainerId, String trainerName, String email, String grant, Instant issuedAt, Instant expiresAt,
                          Instant revokedAt, String delivery) {
}
