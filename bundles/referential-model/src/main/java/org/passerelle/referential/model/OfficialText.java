package org.passerelle.referential.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The official text (arrêté) that creates the diploma. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OfficialText(String title, String reference, String date) {
}
