package org.passerelle.referential.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A document an item was taken from. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Source(String id, String title, String kind, String url) {
}
