package org.passerelle.core.audit;

import java.util.List;
import org.passerelle.core.security.Caller;

/** The audit log of sensitive actions, readable by ADMIN and DDFPT (theirs only). */
public interface AuditLog {

    /** Newest first, at most limit entries; establishmentId null = all those the caller may read. */
    List<AuditEntry> entries(Caller caller, Long establishmentId, int limit);
}
