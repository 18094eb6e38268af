package org.passerelle.core.internal.imports;

/**
 * The whole file is unusable: not XML, not a SIECLE export, no header row, unknown or missing columns, empty,
 * too many rows... The message is a French sentence meant for the person who uploaded the file.
 */
public class ImportFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int line;

    public ImportFormatException(String message, int line) {
        super(message);
        this.line = Math.max(0, line);
    }

    public ImportFormatException(String message, int line, Throwable cause) {
        super(message, cause);
        this.line = Math.max(0, line);
    }

    /** The 1-based line where the problem was found, 0 if unknown or if it concerns the whole file. */
    public int line() {
        return line;
    }
}
