package org.passerelle.documents.internal;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import org.apache.batik.dom.GenericDOMImplementation;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.svggen.SVGIDGenerator;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import org.passerelle.documents.DocumentException;
import org.passerelle.documents.RadarCharts;
import org.passerelle.documents.RadarSeries;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * {@link RadarCharts} with JFreeChart ({@link RadarPlot}, a {@code SpiderWebPlot}) drawn on Batik's {@link SVGGraphics2D}
 * (FOP's own SVG generator, Apache 2.0; JFreeSVG is GPL only). Stateless and thread-safe: each call builds its chart and
 * its SVG document. Needs no display ({@code java.awt.headless=true}): only fonts' metrics are asked of AWT.
 */
public final class JFreeRadarCharts implements RadarCharts {

    static final int WIDTH = 420;
    static final int HEIGHT = 470;
    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final String FONT_FAMILY = "font-family:'" + PdfRenderer.FONT + "',sans-serif";
    private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 12);
    private static final Font LEGEND_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    @Override
    public String radarSvg(List<String> axes, List<RadarSeries> series, String title, String notGivenLabel) {
        validate(axes, series, title);
        boolean anyNotGiven = series.stream().anyMatch(one -> !one.notGiven().isEmpty());
        if (anyNotGiven && (notGivenLabel == null || notGivenLabel.isBlank())) {
            throw new IllegalArgumentException("a radar chart with levels not given needs a legend label for them");
        }
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        boolean[][] notEvaluated = new boolean[series.size()][axes.size()];
        boolean[][] notGiven = new boolean[series.size()][axes.size()];
        for (int s = 0; s < series.size(); s++) {
            RadarSeries one = series.get(s);
            for (int a = 0; a < axes.size(); a++) {
                Integer value = one.value(a);
                notGiven[s][a] = one.isNotGiven(a);
                notEvaluated[s][a] = value == null && !notGiven[s][a];
                // keys carry their index: two axes or two series may bear the same label and stay apart; NE and not given: no
                // value (RadarPlot breaks the line there)
                dataset.addValue(value, new Key(s, one.name()), new Key(a, axes.get(a)));
            }
        }
        RadarPlot.Gaps gaps = new RadarPlot.Gaps(notEvaluated, notGiven, anyNotGiven ? notGivenLabel : null);
        return withBundleLoader(() -> svg(chart(dataset, gaps, title), title, axes, series));
    }

    static void validate(List<String> axes, List<RadarSeries> series, String title) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a radar chart needs a title");
        }
        if (axes == null || axes.size() < 3) {
            throw new IllegalArgumentException("a radar chart needs at least 3 axes, got " + (axes == null ? 0 : axes.size()));
        }
        for (int a = 0; a < axes.size(); a++) {
            if (axes.get(a) == null || axes.get(a).isBlank()) {
                throw new IllegalArgumentException("axis " + (a + 1) + " has no label");
            }
        }
        if (series == null || series.isEmpty() || series.size() > RadarPlot.MAX_SERIES) {
            throw new IllegalArgumentException("a radar chart draws 1 to " + RadarPlot.MAX_SERIES + " series, got " + (series == null ? 0 : series.size()));
        }
        for (RadarSeries one : series) {
            if (one == null) {
                throw new IllegalArgumentException("a radar series is null");
            }
            if (one.values().size() != axes.size()) {
                throw new IllegalArgumentException("radar series « " + one.name() + " » has " + one.values().size() + " values for " + axes.size() + " axes");
            }
            for (int a = 0; a < axes.size(); a++) {
                Integer value = one.value(a);
                if (value != null && (value < 0 || value > MAX_VALUE)) {
                    throw new IllegalArgumentException("radar series « " + one.name() + " », axis " + axes.get(a) + ": " + value + " is outside 0.." + MAX_VALUE);
                }
            }
        }
    }

    private static JFreeChart chart(DefaultCategoryDataset dataset, RadarPlot.Gaps gaps, String title) {
        RadarPlot plot = new RadarPlot(dataset, gaps, LABEL_FONT);
        JFreeChart chart = new JFreeChart(title, TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        chart.setPadding(new RectangleInsets(6, 6, 6, 6));
        chart.getTitle().setPaint(new Color(0x22, 0x22, 0x22));
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setItemFont(LEGEND_FONT);
        legend.setFrame(BlockBorder.NONE);
        legend.setBackgroundPaint(null);
        return chart;
    }

    private static String svg(JFreeChart chart, String title, List<String> axes, List<RadarSeries> series) {
        Document document = GenericDOMImplementation.getDOMImplementation().createDocument(SVG_NS, "svg", null);
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
        context.setComment(null);
        context.setEmbeddedFontsOn(false);
        context.setPrecision(2);
        String prefix = "radar" + Integer.toHexString(List.of(title, axes, series).hashCode()) + "-";
        context.setIDGenerator(new PrefixedIds(prefix));
        SVGGraphics2D g2 = new SVGGraphics2D(context, false); // text as <text>, readable by a screen reader and pdftotext
        g2.setSVGCanvasSize(new Dimension(WIDTH, HEIGHT));
        chart.draw(g2, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));

        Element root = g2.getRoot();
        root.setAttributeNS(null, "viewBox", "0 0 " + WIDTH + " " + HEIGHT);
        root.setAttributeNS(null, "role", "img");
        String titleId = prefix + "title";
        root.setAttributeNS(null, "aria-labelledby", titleId);
        Element titleElement = document.createElementNS(SVG_NS, "title");
        titleElement.setAttributeNS(null, "id", titleId);
        titleElement.setTextContent(title);
        root.insertBefore(titleElement, root.getFirstChild());
        StringWriter out = new StringWriter(32 * 1024);
        try {
            g2.stream(root, out, true, false);
        } catch (IOException e) {
            throw new DocumentException("SVG chart could not be written: " + e.getMessage(), e);
        }
        String text = out.toString();
        int start = text.indexOf("<svg");
        if (start < 0) {
            throw new DocumentException("SVG chart has no root element", null);
        }
        // No XML declaration nor DOCTYPE (an external DTD): inlined as is. The generic font (Java's logical SansSerif,
        // written « sans-serif », and the root's default « Dialog ») is asked as DejaVu Sans first: the PDFs' font, which
        // FOP embeds, so that any name prints (Helvetica knows only WinAnsi); a browser without it takes its sans-serif.
        return text.substring(start).strip().replace("font-family:'Dialog'", FONT_FAMILY).replace("font-family:sans-serif", FONT_FAMILY) + "\n";
    }

    /** A dataset key: its label, told apart from another of the same label by its index. */
    private record Key(int index, String label) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            return Integer.compare(index, other.index);
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** Identifiers unique to one chart, so that two charts inlined in one page do not share clip paths. */
    private static final class PrefixedIds extends SVGIDGenerator {
        private final String prefix;

        PrefixedIds(String prefix) {
            this.prefix = prefix;
        }

        @Override
        public String generateID(String kind) {
            return super.generateID(prefix + kind.toLowerCase(Locale.ROOT));
        }
    }

    private static <T> T withBundleLoader(java.util.function.Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(JFreeRadarCharts.class.getClassLoader());
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
