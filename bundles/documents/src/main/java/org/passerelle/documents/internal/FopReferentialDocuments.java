package org.passerelle.documents.internal;

import java.io.StringReader;
import javax.xml.transform.stream.StreamSource;
import org.passerelle.core.referential.ReferentialEntry;
import org.passerelle.documents.ReferentialDocuments;

/** {@link ReferentialDocuments} printed with FOP. */
public final class FopReferentialDocuments implements ReferentialDocuments {

    private final PdfRenderer renderer;
    private final ReferentialPrint print = new ReferentialPrint();

    public FopReferentialDocuments(PdfRenderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public byte[] referentialPdf(ReferentialEntry entry) {
        String fo = print.fo(entry);
        return renderer.render(new StreamSource(new StringReader(fo)),
                "Référentiel " + entry.referential().code() + " " + entry.referential().version());
    }
}
