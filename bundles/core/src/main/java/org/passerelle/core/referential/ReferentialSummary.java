package org.passerelle.core.referential;

import java.time.Instant;
import org.passerelle.referential.model.ReferentialStats;

/**
 * One referential version as the platform knows it, or a refused bundle (then most fields are null and
 * {@code refusal} says why).
 *
 * @param defaultVersion true for the version new work uses: the newest ACTIVE version of its code
 * @param bundle         symbolic name/version of the bundle that brought it
 */
public record ReferentialSummary(String code, String version, String title, String diploma, String level, String kind,
                                 ReferentialStatus status, boolean defaultVersion, String contentHash,
                                 ReferentialStats stats, String bundle, String refusal, Instant firstSeen) {
}
