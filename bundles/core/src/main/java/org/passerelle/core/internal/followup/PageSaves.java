package org.passerelle.core.internal.followup;

import java.util.function.Function;
import java.util.function.Supplier;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import org.passerelle.core.DomainException;
import org.passerelle.core.internal.common.Validation;

/**
 * Saving a page from the version its writer read, the one rule every follow-up page keeps (issue 11, item 9): the
 * version is required, a stale one is {@code 409} with the page as it is now, a first save is one after the other.
 */
final class PageSaves {

    /**
     * The page as saved, and its values before the save as stored ({} for a first save): left as text, parsed only by a
     * caller that compares them (a logbook's weeks), not on every autosave.
     */
    record Saved<R extends PageRecord>(R record, String previous) {
    }

    private PageSaves() {
    }

    /**
     * @param stored finds the page's row, if any
     * @param owner the row a first save locks so that a second first save waits, then finds this page and its version
     *              (the placement, the learner); null when the caller already holds a lock on the page's owner
     * @param current the page as the caller reads it, for the 409
     * @param created a new row for a first save
     */
    static <R extends PageRecord> Saved<R> save(EntityManager em, Integer version, Supplier<R> stored, Object owner, Function<R, Object> current,
                                                Supplier<R> created, LayoutValues.Result checked, long now) {
        int expected = Validation.version(version, "version");
        R record = stored.get();
        if (record == null && owner != null) {
            em.refresh(owner, LockModeType.PESSIMISTIC_WRITE);
            record = stored.get();
        }
        if ((record == null ? 0 : record.version()) != expected) {
            throw DomainException.staleVersion(current.apply(record));
        }
        String previous = record == null ? "{}" : record.values();
        if (record == null) {
            record = created.get();
            em.persist(record);
        } else {
            em.lock(record, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        record.save(FollowUpRecords.write(checked.values()), checked.complete(), now);
        return new Saved<>(record, previous);
    }
}
