package org.passerelle.core.periods;

/** Page « informations » of a period: dates as ISO text (yyyy-MM-dd). */
public record PeriodInformation(String name, PeriodKind kind, String startDate, String endDate) {
}
