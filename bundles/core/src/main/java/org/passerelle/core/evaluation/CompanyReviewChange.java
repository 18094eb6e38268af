package org.passerelle.core.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A save of a company review, in one transaction: its header (optional) and any number of levels (up to
 * {@link #MAX_RESULTS}), each from the version its writer read. Nothing is written when one of them is stale (409
 * with the review as it is now) or refused (400).
 */
public record CompanyReviewChange(Header header, List<ResultChange> results) {

    /** A whole review of a large referential is about 150 criteria; twice that is refused. */
    public static final int MAX_RESULTS = 300;

    /**
     * @param engagement 1–4 stars, or null
     * @param comment    up to 4,000 characters, or null
     * @param version    the header version read (0 before the review's first save)
     */
    public record Header(LocalDate meetingDate, Integer engagement, String comment, List<String> tasks, Map<String, CompanyReview.Mode> modes,
                         Integer version) {
    }
}
