/**
 * Assessment (issue 12): the success scale, company reviews, school evaluations, the learner's dashboard, the review
 * levels and the proposed mark, and the records that lock periods.
 *
 * <p>Exported API: its version is raised with every change (minor for an addition, major for a break), and
 * importers bind to the major version.
 */
@Version("3.0.0")
package org.passerelle.core.evaluation;

import org.osgi.annotation.versioning.Version;
