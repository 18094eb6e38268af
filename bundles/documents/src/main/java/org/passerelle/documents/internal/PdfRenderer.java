package org.passerelle.documents.internal;

import java.io.ByteArrayOutputStream;
import java.io.File;
import javax.xml.transform.Result;
import javax.xml.transform.Source;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.sax.SAXResult;
import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.FopFactoryBuilder;
import org.apache.xmlgraphics.util.MimeConstants;
import org.passerelle.documents.DocumentException;

/**
 * Turns XSL-FO into PDF. The FopFactory is built once (its start-up is the costly part) and is thread-safe;
 * FOP finds its services through the context class loader, so calls run with this bundle's loader set.
 */
public final class PdfRenderer {

    private final FopFactory fopFactory;
    private final TransformerFactory transformers = TransformerFactory.newDefaultInstance();

    public PdfRenderer() {
        this.fopFactory = withBundleLoader(() -> {
            FopFactoryBuilder builder = new FopFactoryBuilder(new File(".").toURI());
            builder.setStrictFOValidation(true);
            return builder.build();
        });
    }

    public byte[] render(Source fo, String title) {
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
