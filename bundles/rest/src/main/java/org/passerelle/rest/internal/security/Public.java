package org.passerelle.rest.internal.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An operation that answers without a signed-in caller (sign-in, a trainer link, health, the referentials, the
 * OpenAPI document). Every other operation answers an anonymous request {@code 401 not-signed-in} before its body is
 * read ({@link CallerFilter}): the README's order 401, then 403, then 404, then 400.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Public {
}
