/**
 * Printed and exported documents: PDF through FOP, ODT and DOCX through XDocReport, SVG charts through JFreeChart,
 * behind small services.
 *
 * <p>Exported API: its version is raised with every change (minor for an addition, major for a break), and
 * importers bind to the major version.
 */
@Version("1.5.0")
package org.passerelle.documents;

import org.osgi.annotation.versioning.Version;
