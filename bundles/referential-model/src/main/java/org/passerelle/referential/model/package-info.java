/**
 * A diploma referential's descriptor: model, parser, validator.
 *
 * <p>Exported API: its version is raised with every change (minor for an addition, major for a break), and
 * importers bind to the major version.
 */
@Version("1.1.0")
package org.passerelle.referential.model;

import org.osgi.annotation.versioning.Version;
