package org.passerelle.core.security;

import java.util.Optional;

/** Sign-in of staff, learners and masters with a password; opaque session tokens. */
public interface AuthenticationService {

    /**
     * @throws org.passerelle.core.DomainException unauthenticated "invalid-credentials" on a wrong login or password
     * @throws TooManyAttemptsException while the login is slowed down after repeated failures
     */
    SignedIn signIn(String login, String password, String remoteAddress);

    /** The caller of a live session token; empty for an unknown, expired or revoked token. */
    Optional<Caller> authenticate(String token);

    /** Revokes the session of this token (sign-out). */
    void signOut(String token);

    /** The caller changes their own password; every session of theirs is revoked, the current one included. */
    void changePassword(Caller caller, String currentPassword, String newPassword);
}
