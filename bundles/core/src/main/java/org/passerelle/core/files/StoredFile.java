package org.passerelle.core.files;

import java.time.Instant;

/**
 * A file attached to a learner's record, without its bytes.
 *
 * @param id         the file's id, which the follow-up pages' {@code FILES} fields hold
 * @param learnerId  the learner whose record it belongs to
 * @param name       the name to download it under: the uploaded name cleaned (NFC, no folder, no control character,
 *                   at most 255 characters)
 * @param mediaType  the type judged from the bytes when it was uploaded (e.g. {@code application/pdf},
 *                   {@code image/jpeg}, {@code text/plain}), never the type or name the client declared
 * @param size       its size, in bytes
 * @param createdAt  when it was uploaded
 * @param uploadedBy who uploaded it, "First LAST"; null when that account is gone
 */
public record StoredFile(long id, long learnerId, String name, String mediaType, long size, Instant createdAt, String uploadedBy) {
}
