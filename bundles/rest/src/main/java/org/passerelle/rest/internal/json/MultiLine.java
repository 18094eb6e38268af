package org.passerelle.rest.internal.json;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text property of a request body that may hold line breaks and tabs (a comment, a report). Every other text is
 * one line: a line break there is refused ({@code 400 invalid-characters}), never stored (issue 9, item 7). On a
 * record component, Java carries it to the constructor parameter and the field, where Jackson finds it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface MultiLine {
}
