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
 * PDF base-14 fonts know only WinAnsi, so a learner named Şahin or a company typing "≥" would print '#'.
 */
public final class PdfRenderer {

    /** The font family of every document. */
    public static final String FONT = "DejaVu Sans";
    private static final String FONT_SCHEME = "passerelle-font";
    private static final String FONT_CONFIG = "<fop version=\"1.0\"><use-cache>false</use-cache><renderers><renderer mime=\"application/pdf\"><fonts>"
            + font("DejaVuSans.ttf", "normal", "normal") + font("DejaVuSans-Bold.ttf", "normal", "bold")
            + font("DejaVuSans-Oblique.ttf", "italic", "normal") + font("DejaVuSans-BoldOblique.ttf", "italic", "bold")
            + "</fonts></renderer></renderers></fop>";

    private static String font(String file, String style, String weight) {
        return "<font kerning=\"yes\" embed-url=\"" + FONT_SCHEME + ":" + file + "\"><font-triplet name=\"" + FONT + "\" style=\"" + style
                + "\" weight=\"" + weight + "\"/></font>";
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
