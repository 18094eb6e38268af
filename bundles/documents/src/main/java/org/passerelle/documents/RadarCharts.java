package org.passerelle.documents;

import java.util.List;

/**
 * Radar (spider web) charts as SVG, for the intermediate competency reviews (issue 12): one axis per competency of the
 * referential, the last two reviews drawn over each other. The same SVG text is inlined in the web page and embedded in
 * the PDFs (XSL-FO {@code fo:instream-foreign-object}, rendered by Batik in FOP).
 *
 * <h2>Scale</h2>
 * Each axis runs from the centre ({@code 0}) to {@link #MAX_VALUE} ({@code 4}), with one ring per review level, labelled
 * with the level's symbol along the first axis: {@code 1} = « --- » (not acquired), {@code 2} = « - » (being acquired),
 * {@code 3} = « + » (partly acquired), {@code 4} = « ++ » (acquired); see {@link #LEVEL_SYMBOLS}. A {@code null} value is
 * « NE » (not evaluated): it has no value, so the series has no point on that axis and its line is broken on both sides
 * of it (a gap: no line runs through it or to the centre, which would read as a level), and the axis carries a tag
 * « NE » beside that series' marker, so that « not evaluated » is read neither as « not acquired » nor as « not given
 * yet ». ({@code 0} is accepted and drawn at the centre without the tag.)
 *
 * <h2>Not given yet</h2>
 * An axis in a series' {@link RadarSeries#notGiven()} (a draft where that competency has no level yet) is not « NE »
 * and not drawn as it: the series has no point there, its line is broken on both sides of that axis (a gap, as for
 * « NE »), and instead of the « NE » tag a hollow marker of the series' shape (white inside, outlined in its colour) sits on the axis
 * between the first and second rings. The legend then has one more line, the caller's {@code notGivenLabel}
 * (« non renseigné ») beside a hollow marker. Without any such axis the chart is as before.
 *
 * <h2>Shapes</h2>
 * Series are told apart by colour, line style and marker shape, and named in the legend: nothing relies on colour alone.
 * The last series (the current review: pass the previous one first) is drawn solid, on top, in blue with square
 * markers; the one before it dashed, in vermilion, with triangles; earlier ones dotted (green, circles) and dash-dotted
 * (purple, diamonds), a palette that colour-blind readers tell apart. The first axis points up, the others follow
 * clockwise in the order given.
 *
 * <h2>Output</h2>
 * A standalone SVG document as a string (UTF-8 when written out): the root {@code <svg>} element with its namespace, a
 * {@code width} and {@code height} in pixels, a {@code viewBox} (so that CSS such as
 * {@code svg { max-width: 100%; height: auto }} scales it to a 390 px phone), a {@code <title>} (the title given) for
 * assistive technologies, text as {@code <text>} elements in a generic sans-serif font, no XML declaration, no DOCTYPE,
 * and no external reference (no font, image or stylesheet to fetch), so that it can be inlined as is in HTML or in
 * XSL-FO. Its identifiers (clip paths) are prefixed per chart, so that two charts can share one page. No text of its own
 * is written but the level symbols and « NE »: every name and the title come from the caller, in the caller's language.
 */
public interface RadarCharts {

    /** The outer ring: « ++ ». */
    int MAX_VALUE = 4;

    /** The symbol of each level by value: index 1 « --- », 2 « - », 3 « + », 4 « ++ » (index 0, the centre, has none). */
    List<String> LEVEL_SYMBOLS = List.of("", "---", "-", "+", "++");

    /** The tag written on an axis where a series has no value (not evaluated). */
    String NOT_EVALUATED = "NE";

    /**
     * Draws a radar chart.
     *
     * @param axes   the axis labels (competency codes such as « C1 », « C2.3 », « CC3.2 »), in drawing order, at least 3,
     *               none blank; 20 or so still read on a phone
     * @param series the series, oldest first (the last one is drawn solid and on top); one to four, each with exactly
     *               one value per axis, every value {@code null} or within 0..4
     * @param title  the chart's title, shown above it and given as the SVG's {@code <title>}; not blank
     * @return the SVG document (see the type's documentation)
     * @throws IllegalArgumentException fewer than 3 axes, a blank axis label, no series or more than 4, a series whose number of values
     *                                  differs from the number of axes, a value outside 0..4, or a blank title
     * @throws DocumentException        the chart could not be drawn (a fault of the library, not of the data)
     */
    default String radarSvg(List<String> axes, List<RadarSeries> series, String title) {
        return radarSvg(axes, series, title, null);
    }

    /**
     * Draws a radar chart where some levels may be not given yet (see the type's « Not given yet »).
     *
     * @param notGivenLabel the legend's words for a level not given yet (« non renseigné »); needed (not blank) when a
     *                      series has an axis in {@link RadarSeries#notGiven()}, ignored otherwise
     * @throws IllegalArgumentException as {@link #radarSvg(List, List, String)}, or a level not given without a label
     */
    String radarSvg(List<String> axes, List<RadarSeries> series, String title, String notGivenLabel);
}
