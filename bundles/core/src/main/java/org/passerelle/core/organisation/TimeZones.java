package org.passerelle.core.organisation;

import java.time.ZoneId;
import java.util.List;

/**
 * The time zones an establishment may be in (issue 10): metropolitan France and the overseas departments, regions and
 * collectivities that have vocational schools. Every instant shown to the establishment's people (a link sent, an
 * expiry, the journal) is shown in its zone: a link sent at 21:26 in Papeete on the 28th was « envoyé le 28/11 »,
 * although it was the 29th in Paris. IANA identifiers, as {@link ZoneId} reads them.
 */
public final class TimeZones {

    /** Metropolitan France and Corsica; the zone of every establishment created without one. */
    public static final String DEFAULT = "Europe/Paris";

    /** In the order a form lists them. */
    public static final List<String> SELECTABLE = List.of(
            DEFAULT,
            "America/Guadeloupe",
            "America/Martinique",
            "America/Cayenne",
            "Indian/Reunion",
            "Indian/Mayotte",
            "America/Miquelon",
            "America/St_Barthelemy",
            "America/Marigot",
            "Pacific/Noumea",
            "Pacific/Tahiti",
            "Pacific/Marquesas",
            "Pacific/Gambier",
            "Pacific/Wallis");

    private TimeZones() {
    }

    /** The zone of an establishment, {@link #DEFAULT} for null or anything not selectable (an older row). */
    public static ZoneId of(String timeZone) {
        return ZoneId.of(timeZone != null && SELECTABLE.contains(timeZone) ? timeZone : DEFAULT);
    }
}
