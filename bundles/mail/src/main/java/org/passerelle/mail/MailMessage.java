package org.passerelle.mail;

import java.util.regex.Pattern;

/**
 * One plain-text e-mail to one recipient.
 *
 * @param to       the recipient's address, e.g. {@code tuteur@entreprise.fr} (surrounding blanks are removed)
 * @param toName   the recipient's display name, e.g. {@code Mme Dupré}; {@code null} or blank for none
 * @param subject  the subject, one line, not blank
 * @param textBody the plain-text body (UTF-8 when sent), not blank
 * @throws IllegalArgumentException when the address is not plausible, the subject or body is blank, or the subject or
 *                                  display name holds a line break
 */
public record MailMessage(String to, String toName, String subject, String textBody) {

    /** Plain ASCII address: dot-atom local part, at least two domain labels. */
    private static final Pattern ADDRESS = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+");

    public MailMessage {
        if (to == null) {
            throw new IllegalArgumentException("Recipient address is missing");
        }
        to = to.strip();
        if (to.length() > 254 || to.indexOf('@') > 64 || !ADDRESS.matcher(to).matches()) {
            throw new IllegalArgumentException("Recipient address is not plausible: '" + to + "'");
        }
        if (toName != null && toName.isBlank()) {
            toName = null;
        }
        if (toName != null && hasLineBreak(toName)) {
            throw new IllegalArgumentException("Recipient name must not contain a line break");
        }
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("Subject is blank");
        }
        if (hasLineBreak(subject)) {
            throw new IllegalArgumentException("Subject must not contain a line break");
        }
        if (textBody == null || textBody.isBlank()) {
            throw new IllegalArgumentException("Body is blank");
        }
    }

    private static boolean hasLineBreak(String s) {
        return s.indexOf('\r') >= 0 || s.indexOf('\n') >= 0;
    }

    /** Never the body: it may hold a secret link. */
    @Override
    public String toString() {
        return "MailMessage[to=" + to + ", subject=" + subject + "]";
    }
}
