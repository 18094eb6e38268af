package org.passerelle.documents;

/** A document could not be produced. */
public class DocumentException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
