package org.passerelle.core.organisation;

import org.passerelle.core.security.Role;

/** A new staff member or master; login defaults to firstname.familyname. */
public record PersonForm(Role role, String familyName, String firstName, String email, String login) {
}
