/**
 * What the core refuses, in terms any front translates: {@link org.passerelle.core.DomainException}.
 *
 * <p>Exported API: its version is raised with every change (minor for an addition, major for a break), and
 * importers bind to the major version.
 */
@Version("1.2.0")
package org.passerelle.core;

import org.osgi.annotation.versioning.Version;
