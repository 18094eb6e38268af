package org.passerelle.core.periods;

import java.util.List;

/** What a teacher submits for an annex; version is null on creation. */
public record AnnexForm(Long classLevelId, String name, List<String> objectives, List<String> tasks, Integer version) {
}
