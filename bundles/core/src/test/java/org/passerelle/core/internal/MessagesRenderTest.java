package org.passerelle.core.internal;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import org.junit.Test;

/**
 * Every French text of the core renders as written (issue 10): each bundle's messages are MessageFormat patterns (the
 * imports, their reports, the trainer's e-mail), so none may show a doubled apostrophe or a placeholder once formatted.
 */
public class MessagesRenderTest {

    private static final Pattern LEFT_OVER = Pattern.compile("''|\\{\\d");

    @Test
    public void everyMessageRendersAsWritten() {
        for (String name : new String[] {"org.passerelle.core.internal.imports.messages", "org.passerelle.core.internal.organisation.messages",
                "org.passerelle.core.internal.security.messages"}) {
            ResourceBundle bundle = ResourceBundle.getBundle(name, Locale.ROOT, MessagesRenderTest.class.getClassLoader());
            int count = 0;
            for (String key : Collections.list(bundle.getKeys())) {
                String text = new MessageFormat(bundle.getString(key), Locale.FRENCH).format(new Object[] {2, "« a »", "« b »", "d", "e", "f"});
                assertFalse(name + " " + key + ": " + text, LEFT_OVER.matcher(text).find());
                count++;
            }
            assertTrue(name, count > 0);
        }
    }
}
