package org.passerelle.referential.model;

/**
 * One reason a descriptor is refused.
 *
 * @param field  path of the field at fault, e.g. {@code competencies[2].criteria[0].provenance}
 * @param reason what is wrong with it, in English (it goes to logs and build output)
 */
public record DescriptorProblem(String field, String reason) {
    @Override
    public String toString() {
        return "field " + field + ": " + reason;
    }
}
