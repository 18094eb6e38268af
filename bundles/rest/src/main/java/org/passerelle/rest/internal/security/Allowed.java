package org.passerelle.rest.internal.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.passerelle.core.security.Role;

/**
 * The roles that may call an operation at all. Any other signed-in caller is answered {@code 403 role-not-allowed}
 * by {@link CallerFilter} before the record is looked up and before the body is read: the same answer for an
 * existing and a missing id, so that a learner, a master or a tutor learns nothing of records they may not act on
 * (issue 9, item 8), and the README's order holds (401, then 403, then 404, then 400). The services still check
 * the establishment and ownership.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Allowed {
    Role[] value();
}
