/**
 * Pedagogical annexes, periods in company, placements with their liaison sheets, activity sheets.
 *
 * <p>Exported API: its version is raised with every change (minor for an addition, major for a break), and
 * importers bind to the major version.
 */
@Version("2.0.0")
package org.passerelle.core.periods;

import org.osgi.annotation.versioning.Version;
