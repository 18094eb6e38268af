package org.passerelle.referential.model;

/** One choice of a CHOICE or MULTI_CHOICE field. */
public record FieldOption(String code, String label) {
}
