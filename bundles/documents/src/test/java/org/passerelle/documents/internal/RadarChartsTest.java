package org.passerelle.documents.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import org.junit.BeforeClass;
import org.junit.Test;
import org.passerelle.documents.RadarCharts;
import org.passerelle.documents.RadarSeries;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The review radar as SVG: well-formed, self-contained, labelled; rendered by FOP's Batik into a PDF; its errors. */
public class RadarChartsTest {

    private static final List<String> AXES = List.of("C1", "C2.3", "C3", "C4.1", "CC3.2");
    private static final RadarSeries PREVIOUS = new RadarSeries("Bilan du 12/01/2027", Arrays.asList(1, 2, null, 3, 2));
    private static final RadarSeries CURRENT = new RadarSeries("Bilan du 02/04/2027", Arrays.asList(3, 4, 2, null, 3));
    private static final String TITLE = "Bilans intermédiaires de Chloé GIRARD";

    private static RadarCharts charts;

    @BeforeClass
    public static void headless() {
        System.setProperty("java.awt.headless", "true");
        charts = new JFreeRadarCharts();
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true); // no DOCTYPE, no external DTD
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static String texts(Document svg) {
        StringBuilder all = new StringBuilder();
        NodeList texts = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        for (int i = 0; i < texts.getLength(); i++) {
            all.append(texts.item(i).getTextContent()).append('\n');
        }
        return all.toString();
    }

    @Test
    public void theSvgIsAStandaloneDocumentThatScalesAndNamesEveryAxisAndBothReviews() throws Exception {
        String svg = charts.radarSvg(AXES, List.of(PREVIOUS, CURRENT), TITLE);
        assertTrue("starts with the root element: " + svg.substring(0, 80), svg.startsWith("<svg"));
        Document document = parse(svg);
        Element root = document.getDocumentElement();
        assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
        assertEquals("svg", root.getLocalName());
        assertEquals("0 0 " + JFreeRadarCharts.WIDTH + " " + JFreeRadarCharts.HEIGHT, root.getAttribute("viewBox"));
        assertFalse(root.getAttribute("width").isEmpty());
        assertFalse(root.getAttribute("height").isEmpty());
        Element title = (Element) root.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").item(0);
        assertEquals(TITLE, title.getTextContent());
        assertEquals(root.getAttribute("aria-labelledby"), title.getAttribute("id"));

        String texts = texts(document);
        for (String expected : List.of("C1", "C2.3", "C3", "C4.1", "CC3.2", "Bilan du 12/01/2027", "Bilan du 02/04/2027", "++", "+", "-", "---", "NE")) {
            assertTrue("no text « " + expected + " » in:\n" + texts, texts.lines().anyMatch(expected::equals));
        }
        assertEquals("one NE tag per value not evaluated", 2, texts.lines().filter("NE"::equals).count());
        assertFalse("no external reference: " + svg, svg.contains("http://") && svg.replace("http://www.w3.org/2000/svg", "")
                .replace("http://www.w3.org/1999/xlink", "").contains("http://"));
        assertFalse("no image", svg.contains("<image"));
        assertFalse("no font fetched", svg.contains("@font-face") || svg.contains("url(http"));
    }

    @Test
    public void theSeriesDifferByLineStyleAndMarkerNotOnlyByColour() throws Exception {
        String svg = charts.radarSvg(AXES, List.of(PREVIOUS, CURRENT), TITLE);
        assertTrue("a dashed line for the previous review", svg.contains("stroke-dasharray:9,5") || svg.contains("stroke-dasharray:9, 5")
                || svg.contains("stroke-dasharray=\"9,5\""));
        assertTrue("square markers for the current review", svg.contains("<rect"));
        assertTrue("triangle markers for the previous review", svg.contains("<path"));
    }

    /** A draft filled in part: C2.3 has no level yet, C4.1 is NE. Only the NE is tagged « NE »; the other has its legend. */
    @Test
    public void aLevelNotGivenIsDrawnApartFromNe() throws Exception {
        RadarSeries draft = new RadarSeries("Bilan du 02/04/2027", Arrays.asList(3, null, 2, null, 3), Set.of(1));
        String svg = charts.radarSvg(AXES, List.of(PREVIOUS, draft), TITLE, "non renseigné");
        String texts = texts(parse(svg));
        assertEquals("NE on the previous review's C3 and the draft's C4.1 only", 2, texts.lines().filter("NE"::equals).count());
        assertEquals("the legend names what is not given", 1, texts.lines().filter("non renseigné"::equals).count());
        // Without one, the chart is as before: no such legend line.
        assertFalse(texts(parse(charts.radarSvg(AXES, List.of(PREVIOUS, CURRENT), TITLE, "non renseigné"))).contains("non renseigné"));
        // Every axis not given: no line at all, still a chart.
        RadarSeries empty = new RadarSeries("Bilan du 02/04/2027", Arrays.asList(null, null, null, null, null), Set.of(0, 1, 2, 3, 4));
        assertEquals(0, texts(parse(charts.radarSvg(AXES, List.of(empty), TITLE, "non renseigné"))).lines().filter("NE"::equals).count());
        assertRefused("needs a legend label", () -> charts.radarSvg(AXES, List.of(draft), TITLE));
        assertRefused("its value must be null", () -> new RadarSeries("Bilan", List.of(1, 2, 3, 4, 4), Set.of(2)));
    }

    /**
     * C2.3 « + », C3 NE, C4.1 « --- »: NE has no value, so the series' line is broken on both sides of C3 as for a level
     * not given (no segment reaches the centre nor the C3 axis), and C3 keeps its « NE » tag.
     */
    @Test
    public void theLineIsBrokenAtNeAndNotDrawnThroughIt() throws Exception {
        RadarSeries series = new RadarSeries("Bilan du 02/04/2027", Arrays.asList(2, 3, null, 1, 2));
        Document document = parse(charts.radarSvg(AXES, List.of(series), TITLE));
        assertEquals("C3 keeps its tag", 1, texts(document).lines().filter("NE"::equals).count());
        double[] centre = centre(document);
        List<double[]> segments = lines(document, "stroke:rgb(0,114,178)", "stroke-width:2.5");
        assertEquals("C1–C2.3, C4.1–CC3.2 and CC3.2–C1 only: " + segments.size() + " segments", AXES.size() - 2, segments.size());
        double neAngle = Math.toRadians(90 - 2 * 360.0 / AXES.size()); // C3, the third axis clockwise from the top
        for (double[] segment : segments) {
            for (int end = 0; end < 4; end += 2) {
                double dx = segment[end] - centre[0];
                double dy = centre[1] - segment[end + 1];
                assertTrue("a segment ends at the centre", Math.hypot(dx, dy) > 1);
                double off = Math.abs(Math.IEEEremainder(Math.atan2(dy, dx) - neAngle, 2 * Math.PI));
                assertTrue("a segment ends on the NE axis C3: " + Arrays.toString(segment), off > 0.05);
            }
        }
    }

    /** The centre of the web: the point every axis line (grey, from the centre out) starts from. */
    private static double[] centre(Document document) {
        java.util.Map<String, Integer> ends = new java.util.HashMap<>();
        for (double[] line : lines(document, "stroke:rgb(176,176,176)")) {
            ends.merge(line[0] + "," + line[1], 1, Integer::sum);
            ends.merge(line[2] + "," + line[3], 1, Integer::sum);
        }
        String[] most = ends.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey().split(",");
        return new double[] {Double.parseDouble(most[0]), Double.parseDouble(most[1])};
    }

    /** The {@code <line>} elements (x1, y1, x2, y2) whose group's style holds every one of {@code styles}. */
    private static List<double[]> lines(Document document, String... styles) {
        List<double[]> found = new ArrayList<>();
        NodeList lines = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "line");
        for (int i = 0; i < lines.getLength(); i++) {
            Element line = (Element) lines.item(i);
            String style = ((Element) line.getParentNode()).getAttribute("style").replace(" ", "");
            if (Arrays.stream(styles).allMatch(style::contains)) {
                found.add(new double[] {Double.parseDouble(line.getAttribute("x1")), Double.parseDouble(line.getAttribute("y1")),
                    Double.parseDouble(line.getAttribute("x2")), Double.parseDouble(line.getAttribute("y2"))});
            }
        }
        return found;
    }

    @Test
    public void twentyAxesAndASingleSeriesDrawToo() throws Exception {
        List<String> axes = new ArrayList<>();
        List<Integer> values = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            axes.add("C" + (i / 4 + 1) + "." + i);
            values.add(i % 5 == 0 ? null : i % 5);
        }
        Document document = parse(charts.radarSvg(axes, List.of(new RadarSeries("Bilan du 02/04/2027", values)), "Vingt compétences"));
        String texts = texts(document);
        for (String axis : axes) {
            assertTrue("no axis " + axis, texts.lines().anyMatch(axis::equals));
        }
        assertEquals(4, texts.lines().filter("NE"::equals).count());
    }

    @Test
    public void fopRendersTheSvgInAPdfThroughBatik() throws Exception {
        String svg = charts.radarSvg(AXES, List.of(PREVIOUS, CURRENT), TITLE);
        String fo = "<fo:root xmlns:fo=\"http://www.w3.org/1999/XSL/Format\">"
                + "<fo:layout-master-set><fo:simple-page-master master-name=\"A4\" page-width=\"210mm\" page-height=\"297mm\" margin=\"20mm\">"
                + "<fo:region-body/></fo:simple-page-master></fo:layout-master-set>"
                + "<fo:page-sequence master-reference=\"A4\"><fo:flow flow-name=\"xsl-region-body\" font-family=\"" + PdfRenderer.FONT_FAMILY + "\">"
                + "<fo:block>Bilans</fo:block><fo:block><fo:instream-foreign-object content-width=\"120mm\" content-height=\"scale-to-fit\" scaling=\"uniform\">"
                + svg + "</fo:instream-foreign-object></fo:block></fo:flow></fo:page-sequence></fo:root>";
        byte[] pdf = new PdfRenderer().render(new StreamSource(new StringReader(fo)), TITLE);
        String text = ReferentialPrintTest.pdfText(pdf, false).replaceAll("\\s+", " ");
        for (String expected : List.of("Bilan du 12/01/2027", "Bilan du 02/04/2027", "C2.3", "CC3.2", "C4.1", "++", "---", "NE", "Chloé GIRARD")) {
            assertTrue("the PDF should show « " + expected + " »:\n" + text, text.contains(expected));
        }
    }

    @Test
    public void wrongInputIsRefusedWithTheReason() {
        List<RadarSeries> both = List.of(PREVIOUS, CURRENT);
        assertRefused("at least 3 axes", () -> charts.radarSvg(List.of("C1", "C2"), List.of(new RadarSeries("x", List.of(1, 2))), TITLE));
        assertRefused("3 values for 5 axes", () -> charts.radarSvg(AXES, List.of(new RadarSeries("Bilan", List.of(1, 2, 3))), TITLE));
        assertRefused("5 is outside 0..4", () -> charts.radarSvg(AXES, List.of(new RadarSeries("Bilan", List.of(1, 2, 3, 4, 5))), TITLE));
        assertRefused("-1 is outside 0..4", () -> charts.radarSvg(AXES, List.of(new RadarSeries("Bilan", List.of(-1, 2, 3, 4, 4))), TITLE));
        assertRefused("1 to 4 series", () -> charts.radarSvg(AXES, List.of(), TITLE));
        assertRefused("1 to 4 series", () -> charts.radarSvg(AXES, List.of(PREVIOUS, CURRENT, PREVIOUS, CURRENT, PREVIOUS), TITLE));
        assertRefused("axis 2 has no label", () -> charts.radarSvg(Arrays.asList("C1", " ", "C3"), both, TITLE));
        assertRefused("needs a title", () -> charts.radarSvg(AXES, both, " "));
        assertRefused("needs a name", () -> new RadarSeries("", List.of(1, 2, 3)));
        assertRefused("has no values", () -> new RadarSeries("Bilan", null));
    }

    private static void assertRefused(String reason, org.junit.function.ThrowingRunnable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue("« " + reason + " » not in « " + e.getMessage() + " »", e.getMessage().contains(reason));
    }
}
