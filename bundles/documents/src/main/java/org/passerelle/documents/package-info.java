/**
 * PDF documents (FOP behind a small service).
 *
 * <p>Exported API: its version is raised with every change (minor for an addition, major for a break), and
 * importers bind to the major version.
 */
@Version("1.0.0")
package org.passerelle.documents;

import org.osgi.annotation.versioning.Version;
