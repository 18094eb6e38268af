package org.passerelle.core.periods;

import java.time.LocalDate;
import java.util.List;

/**
 * A period in company, created from an annex; its objectives and tasks are its own copy. locked: a company review
 * of it is taken into account, so it can be neither edited nor deleted.
 */
public record Period(long id, long establishmentId, long annexId, long classLevelId, String name, PeriodKind kind, LocalDate startDate,
                     LocalDate endDate, String referentialCode, String referentialVersion, List<String> objectives, List<String> tasks,
                     List<Long> learnerIds, boolean locked, int version) {
}
