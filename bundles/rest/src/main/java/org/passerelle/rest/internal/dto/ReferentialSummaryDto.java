package org.passerelle.rest.internal.dto;

import org.passerelle.core.referential.ReferentialSummary;

/**
 * A line of the referential list. For a refused bundle only status, bundle and refusal are set.
 *
 * @param officialShare share of items whose provenance is official (0 to 1)
 */
public record ReferentialSummaryDto(String code, String version, String title, String diploma, String level, String kind,
                                    String status, boolean defaultVersion, String contentHash, CountsDto counts,
                                    Double officialShare, String bundle, String refusal, String firstSeen) {

    public static ReferentialSummaryDto of(ReferentialSummary s) {
        return new ReferentialSummaryDto(s.code(), s.version(), s.title(), s.diploma(), s.level(), s.kind(), s.status().name(),
                s.defaultVersion(), s.contentHash(), s.stats() == null ? null : CountsDto.of(s.stats()),
                s.stats() == null ? null : s.stats().officialShare(), s.bundle(), s.refusal(),
                s.firstSeen() == null ? null : s.firstSeen().toString());
    }
}
