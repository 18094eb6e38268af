package org.passerelle.core.periods;

import java.util.List;

/**
 * A pedagogical annex (annexe pédagogique): the template of a class level's periods. Its referential version is
 * pinned when it is created, so that later versions of the referential never change it.
 */
public record Annex(long id, long establishmentId, long classLevelId, String name, String referentialCode, String referentialVersion,
                    List<String> objectives, List<String> tasks, int version) {
}
