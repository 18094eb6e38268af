package org.passerelle.core.organisation;

import org.passerelle.core.security.Role;

/**
 * Someone who signs in: staff, learner or apprenticeship master. {@code version} is the record's version, sent back
 * with a change of role ({@code 409 stale-version} with the current person if someone changed it meanwhile).
 */
public record Person(long id, Long establishmentId, String login, String familyName, String firstName, String email, Role role,
                     boolean active, int version) {
}
