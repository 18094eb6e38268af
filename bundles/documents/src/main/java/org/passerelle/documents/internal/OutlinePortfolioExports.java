package org.passerelle.documents.internal;

import java.io.StringReader;
import javax.xml.transform.stream.StreamSource;
import org.passerelle.core.followup.FollowUpDocument;
import org.passerelle.documents.ExportFormat;
import org.passerelle.documents.PortfolioExports;

/** {@link PortfolioExports}: one {@link PortfolioOutline}, written by XDocReport (ODT, DOCX) or FOP (PDF). */
public final class OutlinePortfolioExports implements PortfolioExports {

    private final PdfRenderer pdf;
    private final OfficeRenderer office;
    private final PortfolioOutline portfolio = new PortfolioOutline();
    private final OutlineFo fo = new OutlineFo();

    public OutlinePortfolioExports(PdfRenderer pdf, OfficeRenderer office) {
        this.pdf = pdf;
        this.office = office;
    }

    @Override
    public byte[] portfolioExport(FollowUpDocument document, java.util.Map<Long, String> fileNames, ExportFormat format) {
        Outline outline = portfolio.outline(document, fileNames);
        if (format == ExportFormat.PDF) {
            return pdf.render(new StreamSource(new StringReader(fo.fo(outline))), outline.title() + " — " + document.learnerName());
        }
        return office.render(outline, format);
    }
}
