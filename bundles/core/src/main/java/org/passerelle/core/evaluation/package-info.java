/**
 * The evaluation records that lock periods (company reviews, intermediate reviews).
 *
 * <p>Exported API: its version is raised with every change (minor for an addition, major for a break), and
 * importers bind to the major version.
 */
@Version("1.1.0")
package org.passerelle.core.evaluation;

import org.osgi.annotation.versioning.Version;
