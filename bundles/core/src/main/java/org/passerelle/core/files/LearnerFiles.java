package org.passerelle.core.files;

import java.util.List;

/**
 * A learner's files and the room they take.
 *
 * @param files        oldest first
 * @param usedBytes    the sizes of all of them, added up
 * @param quotaBytes   what the learner's files may take in all ({@code learnerQuotaBytes}, etc/org.passerelle.files.cfg)
 * @param maxFileBytes the largest single file accepted ({@code maxFileBytes})
 */
public record LearnerFiles(List<StoredFile> files, long usedBytes, long quotaBytes, long maxFileBytes) {

    public LearnerFiles {
        files = List.copyOf(files);
    }
}
