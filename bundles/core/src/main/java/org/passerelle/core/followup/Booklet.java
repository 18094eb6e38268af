package org.passerelle.core.followup;

import java.util.List;

/**
 * An apprentice's apprenticeship booklet (livret d'apprentissage, guide 002), over their whole course: its sections in
 * the order of the guide, each a page as in a portfolio, {@code writable} for whoever writes that section (the referent
 * team, the master, or the apprentice).
 */
public record Booklet(long learnerId, String learnerName, String masterName, List<DocumentPage> pages) {
}
