package org.passerelle.core.organisation;

/** An establishment (lycée professionnel, CFA); version is for optimistic locking. */
public record Establishment(long id, String uai, String name, String address, String contactEmail, int version) {
}
