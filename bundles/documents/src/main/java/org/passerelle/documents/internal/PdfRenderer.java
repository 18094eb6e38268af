package org.passerelle.documents.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import javax.xml.transform.Result;
import javax.xml.transform.Source;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.sax.SAXResult;
import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.FopConfParser;
import org.apache.fop.apps.FopFactoryBuilder;
import org.apache.fop.apps.io.ResourceResolverFactory;
import org.apache.xmlgraphics.io.Resource;
import org.apache.xmlgraphics.io.ResourceResolver;
import org.apache.xmlgraphics.util.MimeConstants;
import org.passerelle.documents.DocumentException;
import org.xml.sax.SAXException;

/**
 * Turns XSL-FO into PDF. The FopFactory is built once (its start-up is the costly part) and is thread-safe;
 * FOP finds its services through the context class loader, so calls run with this bundle's loader set.
 * <p>
 * Documents use {@link #FONT}, DejaVu Sans shipped in the bundle's {@code fonts/} and embedded in every PDF: the
 * PDF base-14 fonts know only WinAnsi, so a learner named Şahin or a company typing "≥" would print '#'. What
 * DejaVu Sans lacks is taken, character by character, from the fallback fonts of {@link #FONT_FAMILY}: WenQuanYi
 * Micro Hei (Chinese, Japanese kana, Korean) and Symbola (emoji, symbols, monochrome). FOP embeds only the glyphs a document uses.
 */
public final class PdfRenderer {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PdfRenderer.class);

    /** The main font family of every document. */
    public static final String FONT = "DejaVu Sans";
    /** The font-family value of every document: the main font, then the fallbacks FOP tries for a missing glyph. */
    public static final String FONT_FAMILY = "'DejaVu Sans','WenQuanYi Micro Hei',Symbola";
    private static final String FONT_SCHEME = "passerelle-font";
    private static final String FONT_CONFIG = "<fop version=\"1.0\"><use-cache>false</use-cache><renderers><renderer mime=\"application/pdf\"><fonts>"
            + font("DejaVuSans.ttf", FONT, "normal", "normal") + font("DejaVuSans-Bold.ttf", FONT, "normal", "bold")
            + font("DejaVuSans-Oblique.ttf", FONT, "italic", "normal") + font("DejaVuSans-BoldOblique.ttf", FONT, "italic", "bold")
            + allStyles("wqy-microhei.ttc", "WenQuanYi Micro Hei", "WenQuanYi Micro Hei") + allStyles("Symbola_hint.ttf", null, "Symbola")
            + "</fonts></renderer></renderers></fop>";

    private static String font(String file, String family, String style, String weight) {
        return "<font kerning=\"yes\" embed-url=\"" + FONT_SCHEME + ":" + file + "\">" + triplet(family, style, weight) + "</font>";
    }

    /** A fallback font has one face: it serves bold and italic too, so a bold Chinese name prints rather than '#'. */
    private static String allStyles(String file, String subFont, String family) {
        return "<font kerning=\"no\" embed-url=\"" + FONT_SCHEME + ":" + file + "\"" + (subFont == null ? "" : " sub-font=\"" + subFont + "\"") + ">"
                + triplet(family, "normal", "normal")
                + triplet(family, "normal", "bold") + triplet(family, "italic", "normal") + triplet(family, "italic", "bold") + "</font>";
    }

    private static String triplet(String family, String style, String weight) {
        return "<font-triplet name=\"" + family + "\" style=\"" + style + "\" weight=\"" + weight + "\"/>";
    }

    private final TransformerFactory transformers = TransformerFactory.newDefaultInstance();

    /** Built on the first document, not at start: FOP's set-up and its font configuration cost about a second. */
    private volatile FopFactory fopFactory;

    private FopFactory fopFactory() {
        FopFactory factory = fopFactory;
        if (factory == null) {
            synchronized (this) {
                factory = fopFactory;
                if (factory == null) {
                    factory = withBundleLoader(PdfRenderer::newFopFactory);
                    fopFactory = factory;
                }
            }
        }
        return factory;
    }

    private static FopFactory newFopFactory() {
        try {
            FopFactoryBuilder builder = new FopConfParser(new ByteArrayInputStream(FONT_CONFIG.getBytes(StandardCharsets.UTF_8)),
                    new File(".").toURI(), new BundleFontResolver()).getFopFactoryBuilder();
            builder.setStrictFOValidation(true);
            return builder.build();
        } catch (SAXException | IOException e) {
            throw new DocumentException("FOP configuration refused: " + e.getMessage(), e);
        }
    }

    public byte[] render(Source fo, String title) {
        FopFactory fopFactory = fopFactory();
        return withBundleLoader(() -> {
            ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
            try {
                var userAgent = fopFactory.newFOUserAgent();
                userAgent.setProducer("Passerelle");
                userAgent.setCreator("Passerelle");
                userAgent.setTitle(title);
                userAgent.getEventBroadcaster().addEventListener(PdfRenderer::logEvent);
                Fop fop = fopFactory.newFop(MimeConstants.MIME_PDF, userAgent, pdf);
                Transformer identity = transformers.newTransformer();
                Result result = new SAXResult(fop.getDefaultHandler());
                identity.transform(fo, result);
            } catch (FOPException | TransformerException e) {
                throw new DocumentException("PDF rendering failed: " + e.getMessage(), e);
            }
            return pdf.toByteArray();
        });
    }

    /** FOP's warnings (a glyph no font has, a font that did not load, a cut line) go to the log, not to nowhere. */
    private static void logEvent(org.apache.fop.events.Event event) {
        if (event.getSeverity() != org.apache.fop.events.model.EventSeverity.INFO) {
            LOG.warn("FOP {}: {}", event.getEventKey(), org.apache.fop.events.EventFormatter.format(event));
        }
    }

    /** Reads the fonts from this bundle ("passerelle-font:DejaVuSans.ttf"); everything else as FOP would. */
    private static final class BundleFontResolver implements ResourceResolver {

        private final ResourceResolver fallback = ResourceResolverFactory.createDefaultResourceResolver();

        @Override
        public Resource getResource(URI uri) throws IOException {
            if (!FONT_SCHEME.equals(uri.getScheme())) {
                return fallback.getResource(uri);
            }
            InputStream font = PdfRenderer.class.getResourceAsStream("/fonts/" + uri.getSchemeSpecificPart());
            if (font == null) {
                throw new IOException("no font " + uri + " in the bundle");
            }
            return new Resource(font);
        }

        @Override
        public OutputStream getOutputStream(URI uri) throws IOException {
            return fallback.getOutputStream(uri);
        }
    }

    private static <T> T withBundleLoader(java.util.function.Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(PdfRenderer.class.getClassLoader());
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
