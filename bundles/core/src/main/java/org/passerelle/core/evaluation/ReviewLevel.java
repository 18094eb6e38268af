package org.passerelle.core.evaluation;

/**
 * A competency's level in an intermediate competency review (bilan intermédiaire de compétences; DOMAIN.md
 * "Evaluation", guides 003 and 004), with the symbol the guides print.
 */
public enum ReviewLevel {
    /** « ++ » acquired and transferable. */
    ACQUIRED("++"),
    /** « + » partially acquired. */
    PARTLY_ACQUIRED("+"),
    /** « - » being acquired. */
    BEING_ACQUIRED("-"),
    /** « --- » not acquired. */
    NOT_ACQUIRED("---"),
    /** « NE » not evaluated: left out of the mark. */
    NOT_EVALUATED("NE");

    private final String symbol;

    ReviewLevel(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
