package org.passerelle.core.security;

/**
 * Who makes a request, as established by sign-in.
 *
 * @param establishmentId null only for a platform administrator, who sees every establishment
 */
public record Caller(long personId, String login, Role role, Long establishmentId) {

    public boolean isPlatformAdmin() {
        return role == Role.ADMIN && establishmentId == null;
    }
}
