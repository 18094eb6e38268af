package org.passerelle.core;

/**
 * A refusal of the domain, in terms any front can translate: a kind (stable slug, e.g. "establishment-not-found"),
 * a category that says how serious, the field at fault and the values to show. French texts are the front's.
 */
public class DomainException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What sort of refusal; the REST layer maps each to an HTTP status. */
    public enum Category { INVALID, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, TOO_LARGE, TOO_MANY_ATTEMPTS, UNAVAILABLE,
        /** Content of a type the platform does not take (an uploaded file judged by its bytes): HTTP 415. */
        UNSUPPORTED_TYPE }

    private final Category category;
    private final String kind;
    private final String field;
    private final transient Object[] args;
    private final transient Object current;

    public DomainException(Category category, String kind, String field, Object... args) {
        this(category, kind, field, args, null);
    }

    private DomainException(Category category, String kind, String field, Object[] args, Object current) {
        super(kind + (field == null ? "" : " (" + field + ")"));
        this.category = category;
        this.kind = kind;
        this.field = field;
        this.current = current;
        this.args = args.clone();
    }

    public static DomainException invalid(String kind, String field, Object... args) {
        return new DomainException(Category.INVALID, kind, field, args);
    }

    public static DomainException notFound(String kind, Object... args) {
        return new DomainException(Category.NOT_FOUND, kind, null, args);
    }

    public static DomainException forbidden(String kind, Object... args) {
        return new DomainException(Category.FORBIDDEN, kind, null, args);
    }

    public static DomainException unauthenticated(String kind, String field) {
        return new DomainException(Category.UNAUTHENTICATED, kind, field);
    }

    public static DomainException tooLarge(String kind, String field, Object... args) {
        return new DomainException(Category.TOO_LARGE, kind, field, args);
    }

    /** Content of a type that is refused, whatever its name or declared type said. */
    public static DomainException unsupportedType(String kind, String field, Object... args) {
        return new DomainException(Category.UNSUPPORTED_TYPE, kind, field, args);
    }

    /** A service the action needs did not answer; nothing was written. */
    public static DomainException unavailable(String kind, Object... args) {
        return new DomainException(Category.UNAVAILABLE, kind, null, args);
    }

    public static DomainException conflict(String kind, String field, Object... args) {
        return new DomainException(Category.CONFLICT, kind, field, args);
    }

    /** A conflict of another kind than a stale version that still answers with the record as it is now. */
    public static DomainException conflictWith(String kind, Object current) {
        return new DomainException(Category.CONFLICT, kind, null, new Object[0], current);
    }

    /** Someone else changed the record first: the answer carries its current state. */
    public static DomainException staleVersion(Object current) {
        return new DomainException(Category.CONFLICT, "stale-version", "version", new Object[0], current);
    }

    public Category category() {
        return category;
    }

    public String kind() {
        return kind;
    }

    public String field() {
        return field;
    }

    public Object[] args() {
        return args.clone();
    }

    /** For a stale version: the record as it is now. */
    public Object current() {
        return current;
    }
}
