package org.passerelle.referential.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where an item of a referential comes from; see shared/referential-sources/README.md. */
public enum Provenance {
    @JsonProperty("verbatim_official") VERBATIM_OFFICIAL(true),
    @JsonProperty("derived_official") DERIVED_OFFICIAL(true),
    @JsonProperty("third_party_corroborated") THIRD_PARTY_CORROBORATED(false),
    @JsonProperty("third_party_single") THIRD_PARTY_SINGLE(false),
    @JsonProperty("third_party_summary") THIRD_PARTY_SUMMARY(false),
    @JsonProperty("from_seed_guides") FROM_SEED_GUIDES(false),
    @JsonProperty("reconstructed") RECONSTRUCTED(false);

    private final boolean official;

    Provenance(boolean official) {
        this.official = official;
    }

    public boolean isOfficial() {
        return official;
    }

    /** The name used in descriptors, e.g. {@code verbatim_official}. */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
