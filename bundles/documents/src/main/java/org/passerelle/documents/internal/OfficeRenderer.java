package org.passerelle.documents.internal;

import fr.opensagres.xdocreport.core.XDocReportException;
import fr.opensagres.xdocreport.core.document.SyntaxKind;
import fr.opensagres.xdocreport.document.IXDocReport;
import fr.opensagres.xdocreport.document.docx.DocxReport;
import fr.opensagres.xdocreport.document.docx.discovery.DocxTemplateEngineConfiguration;
import fr.opensagres.xdocreport.document.odt.ODTReport;
import fr.opensagres.xdocreport.document.odt.discovery.ODTTemplateEngineConfiguration;
import fr.opensagres.xdocreport.template.IContext;
import fr.opensagres.xdocreport.template.config.ITemplateEngineConfiguration;
import fr.opensagres.xdocreport.template.formatter.FieldsMetadata;
import fr.opensagres.xdocreport.template.freemarker.FreemarkerTemplateEngine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.passerelle.documents.DocumentException;
import org.passerelle.documents.ExportFormat;

/**
 * Writes an {@link Outline} as an editable ODT or DOCX with XDocReport: the template ({@code templates/office.odt},
 * {@code templates/office.docx}: page size, margins, fonts, heading styles) holds one field, {@code ${body}}, declared
 * as HTML text styling, which XDocReport turns into native headings, paragraphs, lists and tables of that format
 * ({@link OutlineHtml}). Nothing is written as raw document XML here. A report is loaded per document (a template is a
 * few kilobytes; XDocReport's template cache only serves reports of its registry, which these are not), so that calls never share state.
 */
public final class OfficeRenderer {

    private static final String BODY = "body";

    private final byte[] odt = template("office.odt");
    private final byte[] docx = template("office.docx");
    private final OutlineHtml html = new OutlineHtml();
    private final FreemarkerTemplateEngine odtEngine = engine(ODTTemplateEngineConfiguration.INSTANCE);
    private final FreemarkerTemplateEngine docxEngine = engine(DocxTemplateEngineConfiguration.INSTANCE);

    /**
     * An engine set up for one format as XDocReport's registry would (values escaped for XML, the format's
     * replacements): built here, not discovered, because the registry's discovery does not work across bundles.
     */
    private static FreemarkerTemplateEngine engine(ITemplateEngineConfiguration configuration) {
        FreemarkerTemplateEngine engine = new FreemarkerTemplateEngine();
        engine.setConfiguration(configuration);
        return engine;
    }

    byte[] render(Outline outline, ExportFormat format) {
        if (format == ExportFormat.PDF) {
            throw new IllegalArgumentException("PDF is FOP's");
        }
        String body = html.html(outline);
        return withBundleLoader(() -> {
            try {
                IXDocReport report = format == ExportFormat.ODT ? new ODTReport() : new DocxReport();
                // XDocReport names the entries' templates after the report's id; the report is not in its registry, so
                // nothing is cached under that name.
                report.setId("passerelle-" + format.extension());
                report.setTemplateEngine(format == ExportFormat.ODT ? odtEngine : docxEngine);
                // Declared before loading: XDocReport preprocesses the template as it loads it once an engine is set.
                FieldsMetadata metadata = report.createFieldsMetadata();
                metadata.addFieldAsTextStyling(BODY, SyntaxKind.Html);
                report.load(new ByteArrayInputStream(format == ExportFormat.ODT ? odt : docx));
                IContext context = report.createContext();
                context.put(BODY, body);
                ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
                report.process(context, out);
                return out.toByteArray();
            } catch (XDocReportException | IOException e) {
                throw new DocumentException(format + " export failed: " + e.getMessage(), e);
            }
        });
    }

    private static byte[] template(String name) {
        try (InputStream in = OfficeRenderer.class.getResourceAsStream("templates/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no template " + name + " in the bundle");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** XDocReport and Freemarker find their services (text styling, document handlers) through the context loader. */
    private static <T> T withBundleLoader(java.util.function.Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(OfficeRenderer.class.getClassLoader());
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
