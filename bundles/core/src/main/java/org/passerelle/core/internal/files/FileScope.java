package org.passerelle.core.internal.files;

import java.util.Set;
import javax.persistence.EntityManager;

/**
 * The files a placement's follow-up refers to: what a tutor, whose link grants that placement only, may read of the
 * learner's files (issue 11, item 7). Implemented by the follow-up, which knows the layouts that say where files are.
 */
@FunctionalInterface
public interface FileScope {

    /** Ids of the learner's files named by the placement's portfolio or logbook pages and its kept activity sheets. */
    Set<Long> filesOf(EntityManager em, long placementId);
}
