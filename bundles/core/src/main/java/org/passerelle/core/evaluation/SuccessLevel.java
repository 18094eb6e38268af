package org.passerelle.core.evaluation;

/**
 * The success scale of criteria and global competencies (DOMAIN.md "Evaluation"; guide 003's legend), in the order
 * the guides list it. Choosing no level is allowed and means "not evaluated". Shown with its colour and its
 * {@link #mark()}, never colour alone.
 */
public enum SuccessLevel {
    /** Red: « pas de réussite ou non fait ». */
    NOT_ACHIEVED("#c62828", "0"),
    /** Orange: « réussite partielle ». */
    PARTIAL("#ef6c00", "1"),
    /** Light green: « réussite totale avec aide ». */
    ACHIEVED_WITH_HELP("#9ccc65", "2"),
    /** Dark green: « réussite totale en autonomie ». */
    ACHIEVED_AUTONOMOUS("#2e7d32", "3"),
    /** Blue: « Non évaluable » (NE; the guides also say « critère non évaluable »). Not choosing a level is « Non évalué », apart. */
    NOT_ASSESSABLE("#1e88e5", "NE"),
    /** Grey: « élève absent ». */
    ABSENT("#757575", "ABS");

    private final String colour;
    private final String mark;

    SuccessLevel(String colour, String mark) {
        this.colour = colour;
        this.mark = mark;
    }

    /** The scale's colour, as CSS hex. */
    public String colour() {
        return colour;
    }

    /** What is written in the cell beside the colour: 0 to 3 for the four levels of success, NE, ABS. */
    public String mark() {
        return mark;
    }
}
