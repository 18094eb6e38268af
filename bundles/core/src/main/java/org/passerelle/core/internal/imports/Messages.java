package org.passerelle.core.internal.imports;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** French texts of the imports, from {@code messages.properties} next to this class (read as UTF-8). */
final class Messages {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.passerelle.core.internal.imports.messages",
            Locale.ROOT, Messages.class.getClassLoader());

    private Messages() {
    }

    /**
     * The message {@code key} formatted with {@code args}. Pass numbers meant to be shown as they are (line numbers)
     * as strings: MessageFormat would group their digits.
     */
    static String format(String key, Object... args) {
        return new MessageFormat(BUNDLE.getString(key), Locale.FRENCH).format(args);
    }
}
