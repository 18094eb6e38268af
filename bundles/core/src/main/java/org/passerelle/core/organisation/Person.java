package org.passerelle.core.organisation;

import org.passerelle.core.security.Role;

/** Someone who signs in: staff, learner or apprenticeship master. */
public record Person(long id, Long establishmentId, String login, String familyName, String firstName, String email, Role role,
                     boolean active) {
}
