/**
 * Follow-up in company (DOMAIN.md, "Portfolio, activity sheets, logbook"; issue 11): the documents a learner keeps
 * during a period, laid out by their referential version's layout, and who reads, writes and comments them.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.passerelle.core.followup;
