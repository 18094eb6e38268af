package org.passerelle.documents;

import org.passerelle.core.referential.ReferentialEntry;

/** Printable documents about referentials. */
public interface ReferentialDocuments {

    /** The referential printed as PDF: activities, tasks, competencies, criteria, with provenance marks. */
    byte[] referentialPdf(ReferentialEntry entry);
}
