package org.passerelle.core.audit;

import java.time.Instant;

/** A sensitive action, as recorded. */
public record AuditEntry(long id, Instant at, Long establishmentId, String actor, String action, String target, String detail) {
}
