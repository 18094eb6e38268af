package org.passerelle.documents.internal;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.Test;

/** The documents print their labels as they are (no MessageFormat): none may hold a doubled apostrophe or a placeholder (issue 10). */
public class LabelsRenderTest {

    @Test
    public void everyLabelPrintsAsWritten() {
        ResourceBundle labels = ResourceBundle.getBundle("org.passerelle.documents.internal.messages", Locale.FRENCH,
                LabelsRenderTest.class.getClassLoader());
        int count = 0;
        for (String key : Collections.list(labels.getKeys())) {
            String text = labels.getString(key);
            assertFalse(key + ": " + text, text.contains("''") || text.matches("(?s).*\\{\\d.*"));
            count++;
        }
        assertTrue(count > 0);
    }
}
