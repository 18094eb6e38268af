package org.passerelle.rest.internal.problem;

/**
 * A refusal to be answered as problem+json. The title and detail are looked up in the French messages by
 * {@code problem.<kind>.title} and {@code problem.<kind>.detail} (a MessageFormat pattern fed with args).
 */
public class ProblemException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String kind;
    private final String field;
    private final transient Object[] args;

    public ProblemException(int status, String kind, String field, Object... args) {
        super(kind + (field == null ? "" : " (" + field + ")"));
        this.status = status;
        this.kind = kind;
        this.field = field;
        this.args = args.clone();
    }

    public static ProblemException notFound(String kind, String field, Object... args) {
        return new ProblemException(404, kind, field, args);
    }

    public static ProblemException badRequest(String kind, String field, Object... args) {
        return new ProblemException(400, kind, field, args);
    }

    public int status() {
        return status;
    }

    public String kind() {
        return kind;
    }

    public String field() {
        return field;
    }

    Object[] args() {
        return args.clone();
    }
}
