package org.passerelle.core.referential;

import java.util.List;
import java.util.Optional;

/** Every referential version the platform has seen, whatever its status, and the bundles it refused. */
public interface ReferentialRegistry {

    /** All versions, by code then newest version first, followed by refused bundles. */
    List<ReferentialSummary> list();

    /** The versions of one code, newest first; empty when the code is unknown. */
    List<ReferentialSummary> versions(String code);

    /**
     * One version of a referential.
     *
     * @param version the version, or null for the default one (the newest ACTIVE, else the newest known)
     */
    Optional<ReferentialEntry> find(String code, String version);

    /** True once the bundles present at start have all been examined. */
    boolean ready();

    /** True when the database answers. */
    boolean databaseReachable();
}
