/**
 * The files learners attach to their record (portfolio annexes, photos of their work, the booklet's alternance
 * calendar): {@link org.passerelle.core.files.FileService}. Files are kept in the database, so every platform node
 * sees them; they are never deleted.
 *
 * <p>Exported API: its version is raised with every change (minor for an addition, major for a break), and
 * importers bind to the major version.
 */
@Version("1.0.0")
package org.passerelle.core.files;

import org.osgi.annotation.versioning.Version;
