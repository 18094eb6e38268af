package org.passerelle.core.files;

import java.io.InputStream;
import org.passerelle.core.security.Caller;

/**
 * The files attached to a learner's record. There is no deletion: a learner's work is never lost.
 *
 * <p>Who may do what:
 * <ul>
 * <li>upload: the learner to their own record; staff (ADMIN, DDFPT, TEACHER) of the learner's establishment;</li>
 * <li>read (list, metadata, bytes): staff of the learner's establishment, the learner, their apprenticeship master,
 * and a company trainer whose link grants a placement of that learner (or, like the learner record, the learner
 * itself).</li>
 * </ul>
 * Refusals are {@link org.passerelle.core.DomainException}s: {@code 401 not-signed-in} without a caller; {@code 403
 * role-not-allowed} for a master or tutor who uploads; {@code 404 learner-not-found} / {@code 404 file-not-found} for a
 * record the caller may not read (another learner's, another establishment's), exactly as if it did not exist.
 */
public interface FileService {

    /**
     * Stores a file on a learner's record. The stream is read at most one byte past the per-file limit (a declared
     * length is never trusted), after the access rules passed; the file's type is judged from its bytes. Nothing is
     * stored when it is refused.
     *
     * @param learnerId    the learner whose record receives it
     * @param fileName     the name the client gave (may be null or a path: cleaned, see {@link StoredFile#name()})
     * @param declaredType the Content-Type the client declared; informative only, never trusted (may be null)
     * @param content      the bytes; not closed here
     * @return the stored file
     * @throws org.passerelle.core.DomainException {@code 400 required} (field {@code file}) for an empty file;
     *         {@code 413 file-too-large} (arg: the limit in MB, as text, e.g. "10") past {@code maxFileBytes};
     *         {@code 413 quota-exceeded} (args: the quota in MB, the MB already used) when it would take the learner
     *         past {@code learnerQuotaBytes}; {@code 415 file-type-refused} (arg: the detected type) for anything but
     *         PDF, images (JPEG, PNG, GIF, WebP, HEIC/HEIF), office documents (DOCX, XLSX, PPTX, ODT, ODS, ODP, DOC,
     *         XLS, PPT) and UTF-8 plain text; {@code 400 unreadable-upload} when the stream fails; and the access
     *         refusals above
     */
    StoredFile upload(Caller caller, long learnerId, String fileName, String declaredType, InputStream content);

    /**
     * The learner's files, oldest first, with the room they take and the limits.
     *
     * @throws org.passerelle.core.DomainException {@code 404 learner-not-found} when the caller may not read the learner
     */
    LearnerFiles files(Caller caller, long learnerId);

    /**
     * One file's description.
     *
     * @throws org.passerelle.core.DomainException {@code 404 file-not-found} when there is none or the caller may not read it
     */
    StoredFile file(Caller caller, long fileId);

    /**
     * One file with its bytes.
     *
     * @throws org.passerelle.core.DomainException {@code 404 file-not-found} as {@link #file}
     */
    FileContent content(Caller caller, long fileId);
}
