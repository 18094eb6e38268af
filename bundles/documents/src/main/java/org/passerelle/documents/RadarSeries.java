package org.passerelle.documents;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One series of a {@link RadarCharts radar chart}: typically one intermediate competency review.
 *
 * @param name   the name shown in the legend, as given by the caller (« Bilan du 12/01/2027 »); not blank
 * @param values one value per axis, in the axes' order, on the 0..4 scale of {@link RadarCharts} ({@code 1} = « --- »,
 *               {@code 2} = « - », {@code 3} = « + », {@code 4} = « ++ »; {@code 0} = the centre), or {@code null} for
 *               « NE » (not evaluated: no point, a gap in the line, the tag « NE ») and for a level not given yet. Kept as an unmodifiable copy; the list itself must
 *               not be null
 * @param notGiven the indexes of the axes that have no level yet (a draft the teacher has filled only in part), not
 *                 « NE »: their value is {@code null}, and they are drawn apart (no point, a gap in the line as for « NE »,
 *                 but a hollow marker instead of the tag, the legend's « non renseigné »). Empty when every value is a level or « NE »
 */
public record RadarSeries(String name, List<Integer> values, Set<Integer> notGiven) {

    /** A series whose every {@code null} is « NE ». */
    public RadarSeries(String name, List<Integer> values) {
        this(name, values, Set.of());
    }

    public RadarSeries {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a radar series needs a name");
        }
        if (values == null) {
            throw new IllegalArgumentException("radar series « " + name + " » has no values");
        }
        // List.copyOf refuses null elements, and null is « NE » here.
        values = Collections.unmodifiableList(new ArrayList<>(values));
        notGiven = Collections.unmodifiableSet(new TreeSet<>(notGiven == null ? Set.of() : notGiven));
        for (int axis : notGiven) {
            if (axis < 0 || axis >= values.size() || values.get(axis) != null) {
                throw new IllegalArgumentException("radar series « " + name + " »: axis " + axis + " is not given, its value must be null");
            }
        }
    }

    /** Whether the axis at that index has no level yet (not « NE »). */
    public boolean isNotGiven(int axis) {
        return notGiven.contains(axis);
    }

    /** The value on the axis at that index, {@code null} for « NE » or not given ({@link #isNotGiven}). */
    public Integer value(int axis) {
        return values.get(axis);
    }
}
