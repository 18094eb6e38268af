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

    /** Where an operation's {@code @Public} is read from, for the filters that need it. */
    final class Marks {

        private Marks() {
        }

        /**
         * Whether the matched operation (its method or its class) is {@code @Public}; empty when no operation matched (a
         * 404 or 405 follows) or when asked outside a matched request.
         */
        static java.util.Optional<Boolean> of(javax.ws.rs.container.ResourceInfo resource) {
            try {
                if (resource == null || resource.getResourceMethod() == null) {
                    return java.util.Optional.empty();
                }
                return java.util.Optional.of(resource.getResourceMethod().isAnnotationPresent(Public.class)
                        || resource.getResourceClass().isAnnotationPresent(Public.class));
            } catch (RuntimeException outsideAMatchedRequest) {
                return java.util.Optional.empty();
            }
        }
    }
}
