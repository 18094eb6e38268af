package org.passerelle.core.organisation;

/**
 * What a user submits to create or change an establishment; version is null on creation. {@code timeZone}: one of
 * {@link TimeZones#SELECTABLE}; null keeps the current one ({@link TimeZones#DEFAULT} on creation).
 */
public record EstablishmentForm(String uai, String name, String address, String contactEmail, Integer version, String timeZone) {

    /** Without a time zone: the current one is kept. */
    public EstablishmentForm(String uai, String name, String address, String contactEmail, Integer version) {
        this(uai, name, address, contactEmail, version, null);
    }
}
