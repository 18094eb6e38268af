/**
 * Sending e-mail over SMTP, or to an outbox folder.
 *
 * <p>Exported API: its version is raised with every change (minor for an addition, major for a break), and
 * importers bind to the major version.
 */
@Version("1.0.0")
package org.passerelle.mail;

import org.osgi.annotation.versioning.Version;
