package org.passerelle.referential.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Layouts for pupils (PFMP) and apprentices; at least one is declared. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PortfolioLayouts(Layout pupil, Layout apprentice) {
}
