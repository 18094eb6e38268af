package org.passerelle.core.followup;

import java.time.LocalDate;

/**
 * A calendar week of a period (ISO 8601 weeks, Monday to Sunday): {@code key} as {@code 2027-W05}, the week-based
 * year and the week number, and the days of it within the period ({@code first}, {@code last}).
 */
public record Week(String key, int year, int number, LocalDate first, LocalDate last) {
}
