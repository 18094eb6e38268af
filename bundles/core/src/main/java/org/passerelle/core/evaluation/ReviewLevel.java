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
    /**
     * « NE » « Compétence non évaluée » (guide 002's words): set on purpose, left out of the mark. Not the same as no level
     * at all (null: « non renseignée », a draft not filled in yet), which is left out too but told apart everywhere.
     */
    NOT_EVALUATED("NE");

    private final String symbol;

    ReviewLevel(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
