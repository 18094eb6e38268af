package org.passerelle.core.organisation;

/**
 * An establishment (lycée professionnel, CFA); version is for optimistic locking. {@code timeZone}: one of
 * {@link TimeZones#SELECTABLE}, the zone every instant is shown in to its people.
 */
public record Establishment(long id, String uai, String name, String address, String contactEmail, int version, String timeZone) {
}
