package org.passerelle.rest.internal.dto;

import java.util.List;

/**
 * The platform's state: UP when the database answers and the referentials present at start have been examined.
 */
public record HealthDto(String status, boolean database, boolean referentialsScanned, List<Line> referentials) {

    /** A referential version as the health check sees it. */
    public record Line(String code, String version, String status) {
    }
}
