package org.passerelle.rest.internal.resource;

import java.util.LinkedHashSet;
import java.util.Set;
import javax.ws.rs.core.MediaType;
import org.passerelle.core.DomainException;

/** The parameters of an import request besides the file: the declared charset and the confirmed lines. */
final class ImportRequests {

    /** More than any file holds (20,000 rows): a longer list is refused rather than read. */
    private static final int MAX_LINES = 20_000;

    private ImportRequests() {
    }

    /** The {@code charset} parameter of a Content-Type, or null (none, or a header that is not a media type). */
    static String charset(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        try {
            return MediaType.valueOf(contentType).getParameters().get(MediaType.CHARSET_PARAMETER);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * {@code confirm=3,12}: line numbers (1-based, comma-separated, spaces allowed), or an empty set when absent.
     *
     * @throws DomainException {@code 400 invalid-lines} on field {@code confirm} for anything else
     */
    static Set<Integer> lines(String confirm) {
        Set<Integer> lines = new LinkedHashSet<>();
        if (confirm == null || confirm.isBlank()) {
            return lines;
        }
        String[] parts = confirm.split(",", -1);
        if (parts.length > MAX_LINES) {
            throw DomainException.invalid("invalid-lines", "confirm", confirm.substring(0, 40) + "…");
        }
        for (String part : parts) {
            String number = part.strip();
            if (!number.matches("[1-9][0-9]{0,6}")) {
                throw DomainException.invalid("invalid-lines", "confirm", confirm.length() > 80 ? confirm.substring(0, 80) + "…" : confirm);
            }
            lines.add(Integer.parseInt(number));
        }
        return lines;
    }
}
