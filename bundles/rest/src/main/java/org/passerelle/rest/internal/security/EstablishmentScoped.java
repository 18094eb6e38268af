package org.passerelle.rest.internal.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Operations whose path parameter {@code id} is an establishment: a caller of another establishment (anyone but the
 * platform administrator) is answered {@code 404 establishment-not-found} by {@link CallerFilter} before the body is
 * read, exactly as the services answer it, so that 404 comes before 400 (issue 9, item 1). The services still check.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EstablishmentScoped {
}
