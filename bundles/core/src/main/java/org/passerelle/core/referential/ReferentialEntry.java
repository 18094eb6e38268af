package org.passerelle.core.referential;

import org.passerelle.referential.model.Referential;

/** A stored referential version: its summary, its model and the descriptor exactly as deployed. */
public record ReferentialEntry(ReferentialSummary summary, Referential referential, String descriptorJson) {
}
