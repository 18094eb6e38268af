package org.passerelle.rest.internal.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.passerelle.core.security.RecordOwners;

/**
 * The kind of record the path parameter {@code id} names. {@link CallerFilter} answers {@code 404 <kind>-not-found}
 * when there is no such record or it belongs to another establishment, before the body is read or judged (issue 9:
 * 404 before 400). Who may read it within the establishment is still the services' rule.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Owned {
    RecordOwners.Kind value();
}
