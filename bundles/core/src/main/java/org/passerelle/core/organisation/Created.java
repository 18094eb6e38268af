package org.passerelle.core.organisation;

/** A created record with the password its owner will sign in with, shown once. */
public record Created<T>(T record, String initialPassword) {
}
