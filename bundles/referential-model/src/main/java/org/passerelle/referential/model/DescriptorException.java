package org.passerelle.referential.model;

import java.util.List;

/** A descriptor that cannot be accepted, with every problem found in it (the first is the one reported). */
public class DescriptorException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<DescriptorProblem> problems;

    public DescriptorException(List<DescriptorProblem> problems) {
        super(problems.isEmpty() ? "invalid descriptor" : problems.get(0).toString());
        this.problems = List.copyOf(problems);
    }

    public List<DescriptorProblem> problems() {
        return problems;
    }

    /**
     * The single line that names bundle, file, field and reason; the same at build time and at run time.
     */
    public String refusalLine(String bundle, String file) {
        DescriptorProblem first = problems.get(0);
        String more = problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problem" + (problems.size() > 2 ? "s" : "") + ")" : "";
        return "Referential refused: bundle " + bundle + ", file " + file + ", field " + first.field() + ": " + first.reason() + more;
    }
}
