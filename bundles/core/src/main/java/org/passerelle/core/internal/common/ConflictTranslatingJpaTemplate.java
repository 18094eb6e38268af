package org.passerelle.core.internal.common;

import java.sql.SQLException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.persistence.OptimisticLockException;
import org.apache.aries.jpa.template.EmConsumer;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.passerelle.core.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JpaTemplate every service uses: the unit's own template (one JTA transaction per call), with what the database
 * refuses at flush or at commit turned into the domain's conflicts instead of a 500 (issue 8, item 5):
 * <ul>
 * <li>a version lost at commit (optimistic lock) → {@code 409 stale-version} (the caller adds the current state
 * with {@link #withCurrent});</li>
 * <li>a duplicate business key → the conflict its constraint means ({@link ConstraintNames}), e.g. {@code 409
 * login-taken}, with the duplicate value when the database's message gives it;</li>
 * <li>a relation that changed meanwhile (foreign key), a lock wait that timed out or a deadlock → {@code 409
 * concurrent-write}: nothing was written, try again.</li>
 * </ul>
 * Anything else goes through unchanged.
 */
public final class ConflictTranslatingJpaTemplate implements JpaTemplate {

    private static final Logger LOG = LoggerFactory.getLogger(ConflictTranslatingJpaTemplate.class);
    /** H2 quotes the key's values after {@code VALUES (}; PostgreSQL says {@code Key (login)=(paul.durand) already exists}. */
    private static final Pattern H2_QUOTED = Pattern.compile("'((?:[^']|'')*)'");
    private static final Pattern PG_VALUE = Pattern.compile("Key \\(([^)]*)\\)=\\(([^)]*)\\)");

    private final JpaTemplate delegate;

    public ConflictTranslatingJpaTemplate(JpaTemplate delegate) {
        this.delegate = delegate;
    }

    @Override
    public <R> R txExpr(TransactionType type, EmFunction<R> code) {
        try {
            return delegate.txExpr(type, code);
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    @Override
    public void tx(TransactionType type, EmConsumer code) {
        try {
            delegate.tx(type, code);
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    @Override
    public <R> R txExpr(EmFunction<R> code) {
        return txExpr(TransactionType.Required, code);
    }

    @Override
    public void tx(EmConsumer code) {
        tx(TransactionType.Required, code);
    }

    /**
     * Runs an edit; when its version was lost at commit, answers {@code 409 stale-version} carrying the record as it
     * is now, read by {@code current} in a transaction of its own.
     */
    public static <R> R withCurrent(Supplier<R> edit, Supplier<?> current) {
        try {
            return edit.get();
        } catch (DomainException e) {
            // On a page saved from a version, a row that the winning save changed or deleted under us (a placement it
            // took away, a lock it held) means the same thing as a lost version: someone saved first.
            if ("stale-version".equals(e.kind()) && e.current() == null || "concurrent-write".equals(e.kind())) {
                throw DomainException.staleVersion(current.get());
            }
            throw e;
        }
    }

    /** The domain's answer to what the database refused; the exception itself when it is not a conflict. */
    static RuntimeException translate(RuntimeException e) {
        if (e instanceof DomainException) {
            return e;
        }
        Set<Throwable> seen = new HashSet<>();
        for (Throwable t = e; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof OptimisticLockException || t.getClass().getName().equals("org.apache.openjpa.util.OptimisticException")) {
                return DomainException.staleVersion(null);
            }
            // A row locked or refreshed after another request deleted it; a lock another request held too long.
            if (t instanceof javax.persistence.EntityNotFoundException || t.getClass().getName().equals("org.apache.openjpa.util.ObjectNotFoundException")
                    || t instanceof javax.persistence.PessimisticLockException || t instanceof javax.persistence.LockTimeoutException
                    || t.getClass().getName().equals("org.apache.openjpa.util.LockException")) {
                return DomainException.conflict("concurrent-write", null);
            }
            if (t instanceof SQLException sql) {
                Optional<DomainException> conflict = conflict(sql);
                if (conflict.isPresent()) {
                    LOG.debug("Conflict at commit: {}", sql.getMessage());
                    return conflict.get();
                }
            }
        }
        return e;
    }

    private static Optional<DomainException> conflict(SQLException sql) {
        for (SQLException s = sql; s != null; s = s.getNextException()) {
            String state = s.getSQLState() == null ? "" : s.getSQLState();
            String message = s.getMessage();
            if (state.equals("23505")) {
                return Optional.of(ConstraintNames.inMessage(message)
                        .map(c -> DomainException.conflict(c.kind(), c.field(), duplicateValue(message, c.name())))
                        .orElseGet(() -> DomainException.conflict("concurrent-write", null)));
            }
            // 23503/23506: a row refers to one that is gone, or one still referred to is deleted (H2 and PostgreSQL);
            // 40001/40P01: deadlock or serialisation failure; HYT00/55P03: a lock wait that timed out; 90131: H2's
            // "concurrent update" (another transaction changed or deleted the row this one reads for update).
            if (state.equals("23503") || state.equals("23506") || state.equals("40001") || state.equals("40P01")
                    || state.equals("HYT00") || state.equals("55P03") || state.equals("90131")) {
                return Optional.of(DomainException.conflict("concurrent-write", null));
            }
        }
        return Optional.empty();
    }

    /** The duplicate value as the database quotes it, for the French detail; "—" when it does not. */
    static String duplicateValue(String message, String constraint) {
        if (message == null) {
            return "—";
        }
        Matcher pg = PG_VALUE.matcher(message);
        if (pg.find()) {
            String[] columns = pg.group(1).split(",\\s*");
            String[] values = pg.group(2).split(",\\s*");
            // A composite key (establishment, INE) names the business value last.
            return values.length == columns.length ? values[values.length - 1] : pg.group(2);
        }
        // OpenJPA appends the statement (… VALUES (?, ?)): the values are those that follow the constraint's name.
        int named = message.toUpperCase(java.util.Locale.ROOT).indexOf(constraint);
        int values = message.indexOf("VALUES (", Math.max(named, 0));
        int end = values < 0 ? -1 : message.indexOf(")\"", values);
        String last = null;
        if (values >= 0) {
            Matcher h2 = H2_QUOTED.matcher(message.substring(values, end < 0 ? message.length() : end));
            while (h2.find()) {
                last = h2.group(1).replace("''", "'");
            }
        }
        return last == null ? "—" : last;
    }
}
