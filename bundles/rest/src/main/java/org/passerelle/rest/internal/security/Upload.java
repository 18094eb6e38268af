package org.passerelle.rest.internal.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An operation whose body is a file (an image, an import): {@link RequestLimits} allows it {@code upload.max.bytes}
 * instead of the {@code body.max.bytes} of every other body (etc/org.passerelle.rest.cfg).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Upload {
}
