package org.passerelle.rest.internal.dto;

/** One version of a referential code and where it stands. */
public record VersionDto(String version, String status, boolean defaultVersion, String contentHash) {
}
