package org.passerelle.referential.model;

/**
 * A descriptor that passed validation.
 *
 * @param referential the model
 * @param contentHash SHA-256 of the descriptor bytes, lower-case hex: with code and version it keys a snapshot
 * @param json        the descriptor as deployed, kept verbatim in the snapshot
 */
public record ParsedDescriptor(Referential referential, String contentHash, String json) {
}
