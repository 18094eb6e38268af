package org.passerelle.documents.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;
import org.jfree.chart.plot.SpiderWebPlot;
import org.jfree.chart.util.Rotation;
import org.jfree.chart.util.TableOrder;
import org.jfree.data.category.CategoryDataset;
import org.passerelle.documents.RadarCharts;

/**
 * JFreeChart's {@link SpiderWebPlot} with what a review chart needs besides: the level rings with their symbols, a
 * marker shape and a line style per series (so that nothing relies on colour), the same in the legend, the « NE » tags
 * of the values not evaluated, and where a series lacks a value — « NE » or a level not given yet — a gap in its line
 * (« NE »: its tag; not given: a hollow marker and its legend line; see {@link RadarCharts}). The web geometry (square
 * radar area, angles) is the library's; the rings are computed the way {@link SpiderWebPlot#draw} computes it, and drawn
 * before it, under the series.
 */
final class RadarPlot extends SpiderWebPlot {

    private static final long serialVersionUID = 1L;

    /** Okabe–Ito colours, told apart by colour-blind readers; by style rank (0 = the last series, the current one). */
    private static final Color[] COLOURS = {new Color(0x00, 0x72, 0xB2), new Color(0xD5, 0x5E, 0x00), new Color(0x00, 0x9E, 0x73),
        new Color(0xCC, 0x79, 0xA7)};
    private static final float[][] DASHES = {null, {9f, 5f}, {2f, 4f}, {10f, 4f, 2f, 4f}};
    static final int MAX_SERIES = COLOURS.length;
    private static final double MARKER = 9;
    private static final Color RING = new Color(0xB0, 0xB0, 0xB0);
    private static final Color TEXT = new Color(0x22, 0x22, 0x22);
    private static final Font SYMBOL_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 11);
    private static final Font TAG_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 10);

    /**
     * What a series lacks, [series][axis]: « NE » (no point, a gap, the tag « NE ») or no level given yet (no point, a
     * gap, a hollow marker); {@code notGivenLabel} names the latter in the legend, null when there is none.
     */
    record Gaps(boolean[][] notEvaluated, boolean[][] notGiven, String notGivenLabel) {
    }

    private final boolean[][] notEvaluated;
    private final boolean[][] notGiven;
    private final String notGivenLabel;
    private final int seriesCount;

    RadarPlot(CategoryDataset dataset, Gaps gaps, Font labelFont) {
        super(dataset, TableOrder.BY_ROW);
        this.notEvaluated = gaps.notEvaluated();
        this.notGiven = gaps.notGiven();
        this.notGivenLabel = gaps.notGivenLabel();
        this.seriesCount = dataset.getRowCount();
        setMaxValue(RadarCharts.MAX_VALUE);
        setStartAngle(90);
        setDirection(Rotation.CLOCKWISE);
        setHeadPercent(0); // the library's round heads: replaced by a shape per series
        setWebFilled(false);
        setInteriorGap(0.3); // room for the axis labels around the web: the plot clips what overflows
        setAxisLabelGap(0.08);
        setBackgroundPaint(null);
        setOutlineVisible(false);
        setAxisLinePaint(RING);
        setAxisLineStroke(new BasicStroke(1f));
        setLabelFont(labelFont);
        setLabelPaint(TEXT);
        for (int s = 0; s < seriesCount; s++) {
            setSeriesPaint(s, colour(s));
            setSeriesOutlinePaint(s, colour(s));
            setSeriesOutlineStroke(s, stroke(s));
        }
    }

    /** 0 for the last series (solid, blue, squares), 1 for the one before (dashed, vermilion, triangles)… */
    private int rank(int series) {
        return seriesCount - 1 - series;
    }

    private Color colour(int series) {
        return COLOURS[rank(series)];
    }

    private Stroke stroke(int series) {
        float[] dash = DASHES[rank(series)];
        return dash == null ? new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                : new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
    }

    /** The series' marker, centred on (x, y): square, triangle, circle, diamond. */
    private Shape marker(int series, double x, double y, double size) {
        double h = size / 2;
        switch (rank(series)) {
            case 0:
                return new Rectangle2D.Double(x - h, y - h, size, size);
            case 1: {
                Path2D.Double t = new Path2D.Double();
                t.moveTo(x, y - h * 1.2);
                t.lineTo(x + h * 1.15, y + h);
                t.lineTo(x - h * 1.15, y + h);
                t.closePath();
                return t;
            }
            case 2:
                return new Ellipse2D.Double(x - h, y - h, size, size);
            default: {
                Path2D.Double d = new Path2D.Double();
                d.moveTo(x, y - h * 1.3);
                d.lineTo(x + h * 1.3, y);
                d.lineTo(x, y + h * 1.3);
                d.lineTo(x - h * 1.3, y);
                d.closePath();
                return d;
            }
        }
    }

    private double angle(int axis, int axisCount) {
        return getStartAngle() + getDirection().getFactor() * axis * 360.0 / axisCount;
    }

    /** The square the web is drawn in, as {@link SpiderWebPlot#draw} computes it from the plot area. */
    private Rectangle2D radarArea(Rectangle2D plotArea) {
        Rectangle2D area = (Rectangle2D) plotArea.clone();
        getInsets().trim(area);
        double gapH = area.getWidth() * getInteriorGap();
        double gapV = area.getHeight() * getInteriorGap();
        double x = area.getX() + gapH / 2;
        double y = area.getY() + gapV / 2;
        double w = area.getWidth() - gapH;
        double h = area.getHeight() - gapV;
        double half = Math.min(w, h) / 2;
        return new Rectangle2D.Double(x + w / 2 - half, y + h / 2 - half, 2 * half, 2 * half);
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, PlotState parentState, PlotRenderingInfo info) {
        int axisCount = getDataset().getColumnCount();
        Rectangle2D radar = radarArea(area);
        g2.setPaint(RING);
        g2.setStroke(new BasicStroke(1f));
        for (int level = 1; level <= RadarCharts.MAX_VALUE; level++) {
            Path2D.Double ring = new Path2D.Double();
            for (int axis = 0; axis < axisCount; axis++) {
                Point2D p = getWebPoint(radar, angle(axis, axisCount), (double) level / RadarCharts.MAX_VALUE);
                if (axis == 0) {
                    ring.moveTo(p.getX(), p.getY());
                } else {
                    ring.lineTo(p.getX(), p.getY());
                }
            }
            ring.closePath();
            g2.draw(ring);
        }
        super.draw(g2, area, anchor, parentState, info);
        drawLevelSymbols(g2, radar, axisCount);
    }

    /** « --- » « - » « + » « ++ » at their rings, just left of the first (upward) axis, on a white ground. */
    private void drawLevelSymbols(Graphics2D g2, Rectangle2D radar, int axisCount) {
        g2.setFont(SYMBOL_FONT);
        var metrics = g2.getFontMetrics();
        for (int level = 1; level <= RadarCharts.MAX_VALUE; level++) {
            String symbol = RadarCharts.LEVEL_SYMBOLS.get(level);
            Point2D p = getWebPoint(radar, angle(0, axisCount), (double) level / RadarCharts.MAX_VALUE);
            double width = metrics.stringWidth(symbol);
            double x = p.getX() - width - 5;
            double baseline = p.getY() + metrics.getAscent() / 2.0 - 1;
            g2.setPaint(Color.WHITE);
            g2.fill(new Rectangle2D.Double(x - 1.5, baseline - metrics.getAscent(), width + 3, metrics.getAscent() + 2));
            g2.setPaint(TEXT);
            g2.drawString(symbol, (float) x, (float) baseline);
        }
    }

    @Override
    protected void drawRadarPoly(Graphics2D g2, Rectangle2D plotArea, Point2D centre, PlotRenderingInfo info, int series, int catCount,
            double headH, double headW) {
        boolean gaps = false;
        for (int axis = 0; axis < catCount; axis++) {
            gaps |= missing(series, axis);
        }
        if (gaps) {
            drawBrokenLine(g2, plotArea, series, catCount);
        } else {
            super.drawRadarPoly(g2, plotArea, centre, info, series, catCount, headH, headW);
        }
        g2.setStroke(new BasicStroke(1f));
        for (int axis = 0; axis < catCount; axis++) {
            if (notGiven[series][axis]) {
                Point2D p = getWebPoint(plotArea, angle(axis, catCount), tagFraction(series, axis));
                Shape marker = marker(series, p.getX(), p.getY(), MARKER);
                g2.setPaint(Color.WHITE);
                g2.fill(marker);
                g2.setPaint(colour(series));
                g2.setStroke(new BasicStroke(1.5f));
                g2.draw(marker);
                g2.setStroke(new BasicStroke(1f));
                continue;
            }
            if (notEvaluated[series][axis]) {
                drawNotEvaluatedTag(g2, plotArea, series, axis, catCount);
                continue;
            }
            Point2D p = point(plotArea, series, axis, catCount);
            fillMarker(g2, series, p.getX(), p.getY(), MARKER);
        }
    }

    /** Whether the series has no value on that axis: « NE » or no level given yet; its line is broken there. */
    private boolean missing(int series, int axis) {
        return notEvaluated[series][axis] || notGiven[series][axis];
    }

    /**
     * The series' line from each axis to the next one, but where either has no value (« NE » or no level given): a gap
     * there, so that no line runs through a competency as if it had a level.
     */
    private void drawBrokenLine(Graphics2D g2, Rectangle2D plotArea, int series, int catCount) {
        g2.setPaint(colour(series));
        g2.setStroke(stroke(series));
        for (int axis = 0; axis < catCount; axis++) {
            int next = (axis + 1) % catCount;
            if (!missing(series, axis) && !missing(series, next)) {
                g2.draw(new Line2D.Double(point(plotArea, series, axis, catCount), point(plotArea, series, next, catCount)));
            }
        }
    }

    private Point2D point(Rectangle2D plotArea, int series, int axis, int catCount) {
        Number value = getPlotValue(series, axis);
        return getWebPoint(plotArea, angle(axis, catCount), value == null ? 0 : value.doubleValue() / RadarCharts.MAX_VALUE);
    }

    /** Between the first and second rings, one step further out for each series before it that lacks a value there too. */
    private double tagFraction(int series, int axis) {
        int before = 0;
        for (int s = 0; s < series; s++) {
            before += notEvaluated[s][axis] || notGiven[s][axis] ? 1 : 0;
        }
        return 0.4 + 0.16 * before;
    }

    private void fillMarker(Graphics2D g2, int series, double x, double y, double size) {
        Shape marker = marker(series, x, y, size);
        g2.setPaint(colour(series));
        g2.fill(marker);
        g2.setPaint(Color.WHITE);
        g2.draw(marker);
    }

    /**
     * « NE » with the series' marker, on the axis between the first and second rings, one step further out for each
     * series before it that lacks a value there too, so that two tags do not overlap.
     */
    private void drawNotEvaluatedTag(Graphics2D g2, Rectangle2D plotArea, int series, int axis, int catCount) {
        Point2D p = getWebPoint(plotArea, angle(axis, catCount), tagFraction(series, axis));
        g2.setFont(TAG_FONT);
        var metrics = g2.getFontMetrics();
        double width = MARKER + 3 + metrics.stringWidth(RadarCharts.NOT_EVALUATED);
        double left = p.getX() - width / 2;
        g2.setPaint(Color.WHITE);
        g2.fill(new Rectangle2D.Double(left - 2, p.getY() - metrics.getAscent() / 2.0 - 2, width + 4, metrics.getAscent() + 4));
        fillMarker(g2, series, left + MARKER / 2, p.getY(), MARKER - 1);
        g2.setPaint(TEXT);
        g2.drawString(RadarCharts.NOT_EVALUATED, (float) (left + MARKER + 3), (float) (p.getY() + metrics.getAscent() / 2.0 - 1));
    }

    /**
     * One legend line per series, oldest first: its name, its line style and its marker; then, when a level is not given,
     * « non renseigné » (the caller's words) beside a hollow marker of the last series lacking one.
     */
    @Override
    public LegendItemCollection getLegendItems() {
        LegendItemCollection items = new LegendItemCollection();
        for (int s = 0; s < seriesCount; s++) {
            String name = getDataset().getRowKey(s).toString();
            LegendItem item = new LegendItem(name, null, null, null, true, marker(s, 0, 0, MARKER), true, colour(s), false, colour(s),
                    new BasicStroke(1f), true, new Line2D.Double(-14, 0, 14, 0), stroke(s), colour(s));
            item.setSeriesIndex(s);
            item.setDataset(getDataset());
            item.setSeriesKey(getDataset().getRowKey(s));
            items.add(item);
        }
        if (notGivenLabel != null) {
            int last = 0;
            for (int s = 0; s < seriesCount; s++) {
                for (boolean missing : notGiven[s]) {
                    last = missing ? s : last;
                }
            }
            items.add(new LegendItem(notGivenLabel, null, null, null, true, marker(last, 0, 0, MARKER), false, Color.WHITE, true, colour(last),
                    new BasicStroke(1.5f), false, new Line2D.Double(-14, 0, 14, 0), new BasicStroke(1f), colour(last)));
        }
        return items;
    }
}
