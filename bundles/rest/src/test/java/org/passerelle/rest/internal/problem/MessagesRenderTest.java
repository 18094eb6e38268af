package org.passerelle.rest.internal.problem;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import javax.ws.rs.core.Response;
import org.junit.Test;

/**
 * Every French problem title and detail renders as written (issue 10: « Fichier d''import inutilisable » was sent
 * with its apostrophe doubled): no {@code ''}, no placeholder left, through the very path answers take.
 */
public class MessagesRenderTest {

    private static final Pattern LEFT_OVER = Pattern.compile("''|\\{\\d");

    @Test
    public void everyProblemRendersAsWritten() {
        ResourceBundle bundle = ResourceBundle.getBundle("org.passerelle.rest.internal.messages");
        List<String> keys = Collections.list(bundle.getKeys());
        int kinds = 0;
        for (String key : keys) {
            if (!key.startsWith("problem.") || !key.endsWith(".title")) {
                continue;
            }
            String kind = key.substring("problem.".length(), key.length() - ".title".length());
            Response response = Problems.response(400, kind, "champ", "/api/v1/x", "« valeur »", "12", "34", "56", "78");
            ProblemDetail problem = (ProblemDetail) response.getEntity();
            for (String text : new String[] {problem.title(), problem.detail()}) {
                assertFalse(kind + ": " + text, LEFT_OVER.matcher(text).find());
                assertFalse(kind + ": " + text, text.startsWith("problem."));
            }
            kinds++;
        }
        assertTrue("the bundle was read: " + kinds, kinds > 50);
    }
}
