package org.passerelle.documents;

/** The formats of an exported document: two the learner can edit afterwards (ODT, DOCX) and PDF to print. */
public enum ExportFormat {
    ODT("application/vnd.oasis.opendocument.text", "odt"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    PDF("application/pdf", "pdf");

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** The media type of the file, as served. */
    public String mediaType() {
        return mediaType;
    }

    /** The file name extension, without the dot. */
    public String extension() {
        return extension;
    }
}
