package org.passerelle.core.security;

import java.time.Instant;

/** A new session: the token is given once and stored only as a hash. */
public record SignedIn(String token, Instant expiresAt, Caller caller) {
}
