package org.passerelle.core.internal.followup;

import javax.persistence.EntityManager;
import org.passerelle.core.DomainException;
import org.passerelle.core.security.Caller;

/** The read rule of activity sheets for code outside this package ({@code JpaRecordOwners}: 404 before the body is judged). */
public final class SheetAccess {

    private SheetAccess() {
    }

    /** Whether the caller reads the sheet (see {@code Sheets.readable}). */
    public static boolean readsSheet(EntityManager em, Caller caller, long sheetId) {
        try {
            Sheets.readable(em, caller, sheetId);
            return true;
        } catch (DomainException notFound) {
            return false;
        }
    }
}
