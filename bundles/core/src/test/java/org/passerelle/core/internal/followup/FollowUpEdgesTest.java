package org.passerelle.core.internal.followup;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.function.ThrowingRunnable;
import org.passerelle.core.DomainException;
import org.passerelle.core.DomainException.Category;
import org.passerelle.core.followup.DocumentPage;
import org.passerelle.core.followup.FollowUpDocument;
import org.passerelle.core.followup.ReadState;
import org.passerelle.core.followup.Selection;
import org.passerelle.core.followup.Sheet;
import org.passerelle.core.followup.SheetSummary;
import org.passerelle.core.organisation.LearnerStatus;
import org.passerelle.core.periods.AnnexForm;
import org.passerelle.core.periods.LiaisonPlace;
import org.passerelle.core.periods.PeriodInformation;
import org.passerelle.core.periods.PeriodKind;
import org.passerelle.core.periods.Placement;
import org.passerelle.core.security.Caller;
import org.passerelle.core.security.Role;
import org.passerelle.core.testing.CoreServices;
import org.passerelle.core.testing.Fixtures.Pupil;
import org.passerelle.core.testing.TestDatabase;
import org.passerelle.referential.model.LayoutKind;

/**
 * The follow-up's edges a probe of the API found (issue 11), and the apprenticeship booklet: a page or a link sent
 * half never erases anything; the learner's saves and the teacher's link never make each other stale; weeks written
 * before a period's dates changed stay; a learner's work keeps them on their period; each booklet section's writer.
 */
public class FollowUpEdgesTest extends FollowUpTestBase {

    @Test
    public void eachSectionOfTheBookletIsWrittenByItsWriterAndReadByEveryoneAroundTheApprentice() {
        Pupil yanis = core.fixtures.learner(establishment, null, master.personId(), LearnerStatus.APPRENTICE);

        var booklet = followUp.booklet(master, yanis.learnerId());
        assertEquals(11, booklet.pages().size());
        followUp.saveBookletPage(master, yanis.learnerId(), "progressionEntreprise",
                json("{'etapes':[{'periode':'Septembre – décembre','activites':'Saignées, pose de gaines.'}]}"), 0);
        followUp.saveBookletPage(teacher, yanis.learnerId(), "visites", json("{'visites':[{'date':'2027-02-10','visiteur':'M. DURAND'}]}"), 0);
        followUp.saveBookletPage(yanis.caller(), yanis.learnerId(), "projetOrientation", json("{'projet':'Un BP électricien.'}"), 0);

        var read = followUp.booklet(yanis.caller(), yanis.learnerId());
        assertEquals("Un BP électricien.", read.pages().get(10).values().get("projet").asText());
        assertEquals("Saignées, pose de gaines.", read.pages().get(3).values().get("etapes").get(0).get("activites").asText());
        assertFalse("the apprentice reads the team's sections", read.pages().get(8).writable());
        // Every reader is told whose section it is, not only its writer.
        assertEquals(List.of(Role.LEARNER), read.writers().get("projetOrientation"));
        assertEquals(List.of(Role.MASTER), read.writers().get("progressionEntreprise"));
        assertTrue(read.writers().get("entretiens").containsAll(List.of(Role.TEACHER, Role.MASTER)));
        refused(Category.FORBIDDEN, "section-not-yours", () -> followUp.saveBookletPage(yanis.caller(), yanis.learnerId(), "visites", json("{}"), 1));
        refused(Category.FORBIDDEN, "section-not-yours", () -> followUp.saveBookletPage(master, yanis.learnerId(), "avisEquipe", json("{}"), 0));
        refused(Category.CONFLICT, "stale-version", () -> followUp.saveBookletPage(teacher, yanis.learnerId(), "visites", json("{}"), 0));
        refused(Category.INVALID, "no-booklet-for-pupil", () -> followUp.booklet(teacher, pupil().learnerId()));
        refused(Category.NOT_FOUND, "learner-not-found", () -> followUp.booklet(core.fixtures.person(Role.MASTER, establishment), yanis.learnerId()));
    }

    @Test
    public void aPageSentWithoutValuesOrALinkWithoutAListIsRefusedAndErasesNothing() {
        Pupil lea = pupil();
        long placement = placement("MSPC", lea).id();
        followUp.savePortfolioPage(lea.caller(), placement, "presenterEntreprise", json("{'raisonSociale':'Usinage du Rhône'}"), 0);
        refused(Category.INVALID, "required", () -> followUp.savePortfolioPage(lea.caller(), placement, "presenterEntreprise", null, 1));
        refused(Category.INVALID, "required", () -> followUp.savePortfolioPage(lea.caller(), placement, "presenterEntreprise",
                com.fasterxml.jackson.databind.node.NullNode.getInstance(), 1));
        refused(Category.INVALID, "required", () -> followUp.savePersonalReview(lea.caller(), placement, null, 0));
        assertEquals("Usinage du Rhône", followUp.portfolio(lea.caller(), placement).pages().get(0).values().get("raisonSociale").asText());

        Pupil chloe = pupil();
        long melec = placement("MELEC", chloe).id();
        SheetSummary sheet = followUp.createSheet(chloe.caller(), melec, "Fiche");
        Sheet linked = followUp.linkSheet(teacher, sheet.id(), List.of("T1-1"), List.of(new Selection("C1", null)), 0);
        refused(Category.INVALID, "required", () -> followUp.linkSheet(teacher, sheet.id(), List.of("T1-1"), null, linked.linkVersion()));
        refused(Category.INVALID, "required", () -> followUp.linkSheet(teacher, sheet.id(), null, List.of(), linked.linkVersion()));
        assertEquals(List.of(new Selection("C1", null)), followUp.sheet(teacher, sheet.id()).selections());
    }

    @Test
    public void theLearnersSavesNeverMakeTheTeachersLinkStaleAndADeletedSheetIsNotLinked() {
        Pupil chloe = pupil();
        long placement = placement("MELEC", chloe).id();
        SheetSummary sheet = followUp.createSheet(chloe.caller(), placement, "Fiche");
        int linkVersion = followUp.sheet(teacher, sheet.id()).linkVersion();
        followUp.saveSheetPage(chloe.caller(), sheet.id(), "fiche", json("{'description':'Pose.'}"), 0);
        Sheet linked = followUp.linkSheet(teacher, sheet.id(), List.of("T1-1"), List.of(), linkVersion);
        assertEquals(linkVersion + 1, linked.linkVersion());
        refused(Category.CONFLICT, "stale-version", () -> followUp.linkSheet(teacher, sheet.id(), List.of(), List.of(), linkVersion));
        followUp.deleteSheet(chloe.caller(), sheet.id(), followUp.sheet(chloe.caller(), sheet.id()).summary().version());
        refused(Category.CONFLICT, "sheet-deleted", () -> followUp.linkSheet(teacher, sheet.id(), List.of(), List.of(), linked.linkVersion()));
    }

    @Test
    public void weeksWrittenBeforeThePeriodsDatesChangedStayReadableAndSaveable() {
        Pupil yanis = core.fixtures.learner(establishment, null, master.personId(), LearnerStatus.APPRENTICE);
        Placement placement = placement("MELEC", yanis);
        DocumentPage week = followUp.savePortfolioPage(yanis.caller(), placement.id(), "activitesHebdomadaires",
                json("{'semaines':{'2027-W18':{'activitesSemaine':'Tirage de câbles.'}}}"), 0);
        long sheet18 = followUp.sheets(master, placement.id()).get(0).id();
        followUp.commentSheet(master, sheet18, "semaine", "commentairesMaitre", "Bien.");
        var period = core.periods.period(teacher, placement.periodId());
        core.periods.updateInformation(teacher, period.id(), new PeriodInformation("PFMP 2", PeriodKind.PERIOD_2, "2027-06-07", "2027-06-25"),
                period.version());

        DocumentPage again = followUp.savePortfolioPage(yanis.caller(), placement.id(), "activitesHebdomadaires",
                json("{'semaines':{'2027-W18':{'activitesSemaine':'Tirage de câbles, puis raccordement.'},'2027-W23':{'activitesSemaine':'Arrivée.'}}}"),
                week.version());
        assertEquals(2, again.values().get("semaines").size());
        List<SheetSummary> sheets = followUp.sheets(master, placement.id());
        assertTrue("the week written and commented keeps its sheet", sheets.stream().anyMatch(s -> s.id() == sheet18));
        Sheet kept = followUp.sheet(master, sheet18);
        assertEquals("Tirage de câbles, puis raccordement.", kept.pages().get(0).values().get("activitesSemaine").asText());
        assertEquals("Bien.", kept.pages().get(0).comments().get("commentairesMaitre").get(0).text());
        refused(Category.INVALID, "unknown-week", () -> followUp.savePortfolioPage(yanis.caller(), placement.id(), "activitesHebdomadaires",
                json("{'semaines':{'2027-W30':{'activitesSemaine':'x'}}}"), again.version()));
    }

    @Test
    public void aLearnerWhoWroteTheirPortfolioIsNotTakenOffThePeriodAndLosesNothing() {
        Pupil lea = pupil();
        Placement placement = placement("MSPC", lea);
        followUp.savePersonalReview(lea.caller(), placement.id(), json("{'pointsForts':'La rigueur.'}"), 0);
        var period = core.periods.period(teacher, placement.periodId());
        refused(Category.CONFLICT, "placement-has-follow-up", () -> core.periods.updateLearners(teacher, period.id(), List.of(), period.version()));
        assertEquals("La rigueur.", followUp.personalReview(lea.caller(), placement.id()).values().get("pointsForts").asText());
    }

    @Test
    public void theFirstSheetIsMadeWithThePlacementAndGoesWithItUntouched() {
        Pupil chloe = pupil();
        Pupil lucas = pupil();
        Placement placement = placement("MELEC", chloe);
        var period = core.periods.period(teacher, placement.periodId());
        period = core.periods.updateLearners(teacher, period.id(), List.of(chloe.learnerId(), lucas.learnerId()), period.version());
        // Counted in the placements' list before anyone opened the sheets: « la première fiche est créée avec la période ».
        assertEquals(List.of(1L, 1L), core.periods.placements(teacher, period.id()).stream().map(Placement::sheetCount).toList());
        long chloesFirst = followUp.sheets(chloe.caller(), placement.id()).get(0).id();
        followUp.saveSheetPage(chloe.caller(), chloesFirst, "fiche", json("{'description':'Tirage de câbles.'}"), 0);

        // Taken off the period: Chloé's written sheet goes to her free sheets; Lucas's untouched one goes with his placement.
        core.periods.updateLearners(teacher, period.id(), List.of(), period.version());
        assertEquals(List.of(chloesFirst), followUp.freeSheets(chloe.caller(), chloe.learnerId()).stream().map(SheetSummary::id).toList());
        assertEquals(List.of(), followUp.freeSheets(lucas.caller(), lucas.learnerId()));
        // An MSPC pupil keeps a portfolio: no sheet.
        Placement portfolio = placement("MSPC", pupil());
        assertEquals(0L, core.periods.placements(teacher, portfolio.periodId()).get(0).sheetCount());
    }
}
