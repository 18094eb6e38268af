package org.passerelle.core.security;

/**
 * Who makes a request, as established by sign-in.
 *
 * @param establishmentId null only for a platform administrator, who sees every establishment
 * @param grant           for a company trainer signed in by their link: what the link grants, e.g. "learner:42";
 *                        null for everyone else
 */
public record Caller(long personId, String login, Role role, Long establishmentId, String grant) {

    public Caller(long personId, String login, Role role, Long establishmentId) {
        this(personId, login, role, establishmentId, null);
    }

    /** True when this caller's link grants access to exactly this. */
    public boolean granted(String what) {
        return grant != null && grant.equals(what);
    }

    public boolean isPlatformAdmin() {
        return role == Role.ADMIN && establishmentId == null;
    }
}
