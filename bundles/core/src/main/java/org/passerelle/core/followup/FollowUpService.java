package org.passerelle.core.followup;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.passerelle.core.security.Caller;

/**
 * The documents a learner keeps during a period (issue 11; DOMAIN.md, "Portfolio, activity sheets, logbook"), laid
 * out by the layout of the placement's pinned referential version for the learner's status (pupil or apprentice):
 * the platform knows no page or field by name.
 *
 * <h2>Values</h2>
 * A page's values are a JSON object by field code; a field left out has no value. By type: TEXT, EMAIL, PHONE, URL a
 * string on one line (500 characters; URL http or https); LONG_TEXT a string (20,000); NUMBER a number (at most
 * 1,000,000,000 in absolute value); DATE {@code "2027-05-03"}; BOOLEAN; CHOICE an option's code; MULTI_CHOICE a list of
 * option codes; GEOLOCATION {@code {"latitude": 45.76, "longitude": 4.83}} (WGS 84 degrees); ORG_CHART
 * {@code {"nodes": [{"id": "a", "name": "…", "role": "…", "parent": null}]}}, a tree (one root or more, no cycle, at
 * most 300 people); FILES a list of file ids of the learner; LINKS a list of {@code {"url", "title"}}; TASKS a list of
 * task codes of the referential version; ACTIVITY an activity code of it; GROUP an object of its nested fields;
 * REPEATED a list (at most 100) of such objects, each with an optional {@code "id"} string the page keeps; WEEKLY an
 * object by week key ({@code "2027-W18"}, a week of the period, see {@link Week}) of such objects. COMMENTS fields hold
 * no value: comments are added one by one. COMPETENCIES are chosen by the teacher ({@link #linkSheet}).
 *
 * <h2>Errors</h2>
 * {@code 400 unknown-page}, {@code unknown-field} (a field not in the layout), {@code invalid-value} (wrong type),
 * {@code unknown-option}, {@code unknown-task}, {@code unknown-activity}, {@code unknown-competency},
 * {@code unknown-week}, {@code unknown-file}, {@code too-long}, {@code too-many}, {@code not-a-tree}: each names the
 * page and the field's path ({@code activitesMaintenance[2].bonTravail.date}). {@code 409 stale-version} with the
 * page as it now stands. Reads and writes follow the access rules: the learner writes their own; staff of the
 * establishment, the placement's tutor (through their link, that placement only) and the apprentice's master read;
 * others get {@code 404} as if the record did not exist, or {@code 403 role-not-allowed} for an action their role
 * never has.
 */
public interface FollowUpService {

    /** The placement's portfolio (pupils of a MAINTENANCE_PORTFOLIO layout) or logbook (apprentices), every page. */
    FollowUpDocument portfolio(Caller caller, long placementId);

    /** Saves one page of the portfolio or logbook (the learner only); version 0 for a page never saved. */
    DocumentPage savePortfolioPage(Caller caller, long placementId, String pageCode, JsonNode values, Integer version);

    /**
     * Adds a comment to a COMMENTS field of the portfolio or logbook: staff of the establishment; the apprentice's
     * master too (the period review). 1 to 5,000 characters.
     */
    Comment commentPortfolio(Caller caller, long placementId, String pageCode, String fieldCode, String text);

    /** The learner's personal review of the period (strengths, areas for progress, wishes for the next period). */
    DocumentPage personalReview(Caller caller, long placementId);

    /** The learner writes their personal review; version 0 the first time. */
    DocumentPage savePersonalReview(Caller caller, long placementId, JsonNode values, Integer version);

    /**
     * The placement's activity sheets, oldest first: those the learner started and, for an apprentice, one per week of
     * the period. Staff also see the sheets the learner deleted (red); the learner and company trainers do not.
     */
    List<SheetSummary> sheets(Caller caller, long placementId);

    /** The learner starts a sheet (title 1–200 characters). */
    SheetSummary createSheet(Caller caller, long placementId, String title);

    /** One sheet with its pages; opening it marks it read for that reader (not for the learner). */
    Sheet sheet(Caller caller, long sheetId);

    /** Saves one page of a sheet the learner started (the learner only; never a weekly sheet, never a deleted one). */
    DocumentPage saveSheetPage(Caller caller, long sheetId, String pageCode, JsonNode values, Integer version);

    /** Renames a sheet (the learner). */
    SheetSummary renameSheet(Caller caller, long sheetId, String title, Integer version);

    /** The learner deletes a sheet: it stays readable by staff, shown deleted (never a hard delete). */
    SheetSummary deleteSheet(Caller caller, long sheetId, Integer version);

    /**
     * The teacher checks and completes the tasks of « Relier au référentiel » and chooses what to evaluate at the visit
     * (whole competencies or criteria) (staff of the establishment; tasks and competencies of the referential version).
     */
    Sheet linkSheet(Caller caller, long sheetId, List<String> checkedTasks, List<Selection> selections, Integer version);

    /** Adds a comment on a COMMENTS field of a sheet; on a weekly sheet, the master (and staff) comment the week. */
    Comment commentSheet(Caller caller, long sheetId, String pageCode, String fieldCode, String text);

    /** The learner's free-sheets folder: whole sheets of deleted periods or of periods they left. */
    List<SheetSummary> freeSheets(Caller caller, long learnerId);

    /**
     * An apprentice's apprenticeship booklet: staff of the establishment, the apprentice and their master read it;
     * {@code 400 no-booklet-for-pupil} for a pupil.
     */
    Booklet booklet(Caller caller, long learnerId);

    /**
     * Saves one section of the booklet: contacts, entry positioning, the team's opinion, the progression in centre, the
     * reference documents, the synthesis of the phases and the company visits are the referent team's; the progression
     * in company is the master's; the interviews log is the team's and the master's; the training review and the
     * orientation project are the apprentice's. Anyone else reading the booklet gets {@code 403 section-not-yours}.
     */
    DocumentPage saveBookletPage(Caller caller, long learnerId, String pageCode, JsonNode values, Integer version);
}
