package org.passerelle.core.organisation;

/** What a user submits to create or change an establishment; version is null on creation. */
public record EstablishmentForm(String uai, String name, String address, String contactEmail, Integer version) {
}
