package org.passerelle.documents;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One series of a {@link RadarCharts radar chart}: typically one intermediate competency review.
 *
 * @param name   the name shown in the legend, as given by the caller (« Bilan du 12/01/2027 »); not blank
 * @param values one value per axis, in the axes' order, on the 0..4 scale of {@link RadarCharts} ({@code 1} = « --- »,
 *               {@code 2} = « - », {@code 3} = « + », {@code 4} = « ++ »; {@code 0} = the centre), or {@code null} for
 *               « NE » (not evaluated). Kept as an unmodifiable copy; the list itself must not be null
 */
public record RadarSeries(String name, List<Integer> values) {

    public RadarSeries {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a radar series needs a name");
        }
        if (values == null) {
            throw new IllegalArgumentException("radar series « " + name + " » has no values");
        }
        // List.copyOf refuses null elements, and null is « NE » here.
        values = Collections.unmodifiableList(new ArrayList<>(values));
    }

    /** The value on the axis at that index, {@code null} for « NE ». */
    public Integer value(int axis) {
        return values.get(axis);
    }
}
