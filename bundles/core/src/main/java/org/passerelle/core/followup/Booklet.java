package org.passerelle.core.followup;

import java.util.List;
import java.util.Map;
import org.passerelle.core.security.Role;

/**
 * An apprentice's apprenticeship booklet (livret d'apprentissage, guide 002), over their whole course: its sections in
 * the order of the guide, each a page as in a portfolio, {@code writable} for whoever writes that section (the referent
 * team, the master, or the apprentice).
 *
 * @param writers per section's page code, the roles that write it (staff roles for the team, MASTER, LEARNER for the
 *                apprentice), whoever reads: so that every reader is told whose section it is
 */
public record Booklet(long learnerId, String learnerName, String masterName, List<DocumentPage> pages, Map<String, List<Role>> writers) {

    public Booklet {
        pages = List.copyOf(pages);
        writers = Map.copyOf(writers);
    }
}
