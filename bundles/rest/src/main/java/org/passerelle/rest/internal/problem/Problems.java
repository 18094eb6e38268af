package org.passerelle.rest.internal.problem;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/** Builds problem+json responses with French titles and details from the messages bundle. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);
    private static final String TYPE_PREFIX = "urn:passerelle:problem:";
    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("org.passerelle.rest.internal.messages", Locale.FRENCH,
            Problems.class.getClassLoader());

    private Problems() {
    }

    public static Response response(int status, String kind, String field, String instance, Object... args) {
        return builder(status, kind, field, instance, null, args).build();
    }

    /** The response under construction, for callers that add headers (Retry-After, WWW-Authenticate, Allow). */
    public static Response.ResponseBuilder builder(int status, String kind, String field, String instance, Object current, Object... args) {
        // Titles are MessageFormat patterns too (an apostrophe is written ''), rendered without arguments.
        ProblemDetail body = new ProblemDetail(TYPE_PREFIX + kind, MessageFormat.format(message("problem." + kind + ".title"), new Object[0]), status,
                MessageFormat.format(message("problem." + kind + ".detail"), plain(args)), instance, field, current);
        return Response.status(status).type(PROBLEM_JSON).entity(body);
    }

    /**
     * The arguments as they are shown: numbers as written (an id 99999 is « 99999 », never « 99,999 » as
     * MessageFormat would print it in its default locale).
     */
    private static Object[] plain(Object[] args) {
        Object[] shown = args == null ? new Object[0] : args.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof Number) {
                shown[i] = shown[i].toString();
            }
        }
        return shown;
    }

    public static String message(String key) {
        return MESSAGES.containsKey(key) ? MESSAGES.getString(key) : key;
    }
}
