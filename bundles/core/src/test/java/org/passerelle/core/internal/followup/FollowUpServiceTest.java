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
 * The follow-up in company as its users meet it (issue 11): a pupil's maintenance portfolio prefilled from the liaison
 * sheet, each page checked against its layout and saved with its version; activity sheets with each reader's read
 * state; an apprentice's logbook and weekly sheets; who may do what.
 */
public class FollowUpServiceTest extends FollowUpTestBase {

    @Test
    public void aPortfolioIsLaidOutByItsReferentialAndStartsFromTheLiaisonSheet() {
        Pupil lea = pupil();
        long placement = placement("MSPC", lea).id();

        FollowUpDocument portfolio = followUp.portfolio(lea.caller(), placement);

        assertEquals(LayoutKind.MAINTENANCE_PORTFOLIO, portfolio.kind());
        assertEquals(7, portfolio.pages().size());
        assertEquals(List.of("2027-W18", "2027-W19", "2027-W20"), portfolio.weeks().stream().map(w -> w.key()).toList());
        DocumentPage company = portfolio.pages().get(0);
        assertEquals("Usinage du Rhône", company.values().get("raisonSociale").asText());
        assertTrue(company.prefilled());
        assertEquals(0, company.version());
        assertTrue(company.writable());
        assertFalse(portfolio.edited());
        assertFalse("a teacher reads, never writes", followUp.portfolio(teacher, placement).pages().get(0).writable());
    }

    @Test
    public void aPageIsSavedWithItsVersionAndAStaleOneIsAConflictCarryingThePage() {
        Pupil lea = pupil();
        long placement = placement("MSPC", lea).id();

        DocumentPage saved = followUp.savePortfolioPage(lea.caller(), placement, "presenterEntreprise",
                json("{'raisonSociale':'Usinage du Rhône','nombreEmployes':42,'historique':'Fondée en 1962.\\nRachetée en 2001.'}"), 0);

        assertEquals(1, saved.version());
        assertFalse(saved.prefilled());
        assertTrue(saved.complete());
        assertEquals(42, saved.values().get("nombreEmployes").asInt());
        assertTrue(followUp.portfolio(teacher, placement).edited());
        DomainException stale = refused(Category.CONFLICT, "stale-version", () -> followUp.savePortfolioPage(lea.caller(), placement,
                "presenterEntreprise", json("{'raisonSociale':'Autre'}"), 0));
        assertEquals(saved.values(), ((DocumentPage) stale.current()).values());
        assertEquals("Usinage du Rhône", followUp.portfolio(lea.caller(), placement).pages().get(0).values().get("raisonSociale").asText());
    }

    @Test
    public void valuesAreCheckedAgainstTheirFieldsTypeAndTheRefusalNamesThePageAndField() {
        Pupil lea = pupil();
        long placement = placement("MSPC", lea).id();
        Caller me = lea.caller();

        assertEquals("presenterEntreprise.nombreEmployes", refused(Category.INVALID, "expected-number",
                () -> followUp.savePortfolioPage(me, placement, "presenterEntreprise", json("{'nombreEmployes':'quarante'}"), 0)).field());
        assertEquals("presenterEntreprise.inconnu", refused(Category.INVALID, "unknown-field",
                () -> followUp.savePortfolioPage(me, placement, "presenterEntreprise", json("{'inconnu':'x'}"), 0)).field());
        refused(Category.INVALID, "unknown-page", () -> followUp.savePortfolioPage(me, placement, "pasUnePage", json("{}"), 0));
        refused(Category.INVALID, "value-on-one-line",
                () -> followUp.savePortfolioPage(me, placement, "presenterEntreprise", json("{'raisonSociale':'Deux\\nlignes'}"), 0));
        refused(Category.INVALID, "invalid-email",
                () -> followUp.savePortfolioPage(me, placement, "presenterEntreprise", json("{'courrielTuteur':'pas une adresse'}"), 0));
        // A week outside the period; a file that is not the learner's.
        refused(Category.INVALID, "unknown-week", () -> followUp.savePortfolioPage(me, placement, "activitesHebdomadaires",
                json("{'semaines':{'2027-W30':{'ceQueJaiAime':'Le tour'}}}"), 0));
        refused(Category.INVALID, "unknown-file", () -> followUp.savePortfolioPage(me, placement, "annexes", json("{'fichiers':[999999]}"), 0));
        refused(Category.INVALID, "not-a-tree", () -> followUp.savePortfolioPage(me, placement, "construireOrganigramme",
                json("{'organigramme':{'nodes':[{'id':'a','name':'Anne','parent':'b'},{'id':'b','name':'Bruno','parent':'a'}]}}"), 0));
        refused(Category.INVALID, "invalid-coordinates", () -> followUp.savePortfolioPage(me, placement, "geolocaliserEntreprise",
                json("{'localisation':{'latitude':95,'longitude':4.8}}"), 0));
        refused(Category.INVALID, "comments-apart",
                () -> followUp.savePortfolioPage(me, placement, "commentaires", json("{'commentaires':'moi-même'}"), 0));
        assertEquals("nothing was written by the refusals", 0, followUp.portfolio(me, placement).pages().stream().mapToInt(DocumentPage::version).sum());
    }

    @Test
    public void maintenanceActivitiesKeepTheirIdsAndARequiredTitleLeavesThePageIncomplete() {
        Pupil lea = pupil();
        long placement = placement("MSPC", lea).id();

        DocumentPage page = followUp.savePortfolioPage(lea.caller(), placement, "presenterActivite", json("{'activitesMaintenance':["
                + "{'id':'a1','titre':'Changement d\\u2019un roulement','bonTravail':{'date':'2027-05-05','machine':'Tour CN'},'selectionExport':true},"
                + "{'conditions':'En équipe'}]}"), 0);

        assertEquals("a1", page.values().get("activitesMaintenance").get(0).get("id").asText());
        assertFalse(page.values().get("activitesMaintenance").get(1).get("id").asText().isEmpty());
        assertFalse(page.complete());
        assertEquals(List.of("activitesMaintenance[1].titre"), page.missing());
        DocumentPage org = followUp.savePortfolioPage(lea.caller(), placement, "construireOrganigramme", json("{'organigramme':{'nodes':["
                + "{'id':'d','name':'Mme DURAND','role':'Directrice'},{'id':'m','name':'M. LEFORT','role':'Responsable maintenance','parent':'d'}]}}"), 0);
        assertEquals("d", org.values().get("organigramme").get("nodes").get(1).get("parent").asText());
    }

    @Test
    public void aTeacherCommentsTheLearnerReadsAndNeitherTheLearnerNorATutorComments() {
        Pupil lea = pupil();
        long placement = placement("MSPC", lea).id();

        followUp.commentPortfolio(teacher, placement, "commentaires", "commentaires", "Décrivez mieux l'historique.\nBon début.");

        DocumentPage comments = followUp.portfolio(lea.caller(), placement).pages().get(6);
        assertEquals("Décrivez mieux l'historique.\nBon début.", comments.comments().get("commentaires").get(0).text());
        assertEquals("TEACHER", comments.comments().get("commentaires").get(0).authorRole());
        refused(Category.FORBIDDEN, "role-not-allowed", () -> followUp.commentPortfolio(lea.caller(), placement, "commentaires", "commentaires", "x"));
        refused(Category.INVALID, "not-a-comments-field", () -> followUp.commentPortfolio(teacher, placement, "presenterEntreprise", "historique", "x"));
    }

    @Test
    public void anotherLearnerAndAnotherEstablishmentFindNothingAndStaffNeverWriteTheLearnersPages() {
        Pupil lea = pupil();
        long placement = placement("MSPC", lea).id();
        Caller otherSchool = core.fixtures.person(Role.TEACHER, core.fixtures.establishment("Autre lycée"));

        refused(Category.NOT_FOUND, "placement-not-found", () -> followUp.portfolio(pupil().caller(), placement));
        refused(Category.NOT_FOUND, "placement-not-found", () -> followUp.portfolio(otherSchool, placement));
        refused(Category.NOT_FOUND, "placement-not-found", () -> followUp.portfolio(master, placement));
        refused(Category.FORBIDDEN, "role-not-allowed", () -> followUp.savePortfolioPage(teacher, placement, "presenterEntreprise", json("{}"), 0));
        Caller tutor = tutorOf(placement);
        assertEquals(7, followUp.portfolio(tutor, placement).pages().size());
        refused(Category.FORBIDDEN, "role-not-allowed", () -> followUp.savePortfolioPage(tutor, placement, "presenterEntreprise", json("{}"), 0));
    }


    @Test
    public void aTeacherSeesASheetGreenThenBlackOnceOpenedGreenAgainWhenChangedAndRedOnceDeleted() {
        Pupil chloe = pupil();
        long placement = placement("MELEC", chloe).id();

        List<SheetSummary> first = followUp.sheets(teacher, placement);
        assertEquals("the first sheet comes with the placement", List.of("Fiche activité 1"), first.stream().map(SheetSummary::title).toList());
        assertEquals(ReadState.NEW, first.get(0).readState());
        long sheet = first.get(0).id();

        Sheet opened = followUp.sheet(teacher, sheet);
        assertEquals(4, opened.pages().size());
        assertEquals("Usinage du Rhône", opened.pages().get(0).values().get("entreprise").asText());
        assertEquals(ReadState.READ, followUp.sheets(teacher, placement).get(0).readState());
        assertNull("the learner's own sheets have no read state", followUp.sheets(chloe.caller(), placement).get(0).readState());

        core.clock.advance(Duration.ofMinutes(5));
        followUp.saveSheetPage(chloe.caller(), sheet, "fiche", json("{'description':'Pose d\\u2019un tableau.'}"), 0);
        assertEquals(ReadState.NEW, followUp.sheets(teacher, placement).get(0).readState());
        Caller otherTeacher = core.fixtures.person(Role.TEACHER, establishment);
        assertEquals("each reader has their own marks", ReadState.NEW, followUp.sheets(otherTeacher, placement).get(0).readState());

        int version = followUp.sheet(chloe.caller(), sheet).summary().version();
        followUp.deleteSheet(chloe.caller(), sheet, version);
        assertEquals(ReadState.DELETED, followUp.sheets(teacher, placement).get(0).readState());
        assertEquals("still readable by staff", "Pose d’un tableau.", followUp.sheet(teacher, sheet).pages().get(1).values().get("description").asText());
        assertEquals("gone for the learner", List.of(), followUp.sheets(chloe.caller(), placement));
        refused(Category.NOT_FOUND, "sheet-not-found", () -> followUp.sheet(chloe.caller(), sheet));
    }

    @Test
    public void theTeacherLinksTasksAndCompetenciesOfTheSheetsReferentialOnly() {
        Pupil chloe = pupil();
        long placement = placement("MELEC", chloe).id();
        SheetSummary sheet = followUp.createSheet(chloe.caller(), placement, "Mise en service d'un tableau");
        followUp.saveSheetPage(chloe.caller(), sheet.id(), "relierReferentiel", json("{'taches':['T1-1','T2-1']}"), 0);
        int version = followUp.sheet(teacher, sheet.id()).linkVersion();

        Sheet linked = followUp.linkSheet(teacher, sheet.id(), List.of("T1-1", "T1-2"), List.of(new Selection("C1", null), new Selection("C2", "C2-1")),
                version);

        assertEquals(List.of("T1-1", "T1-2"), linked.checkedTasks());
        assertEquals(List.of(new Selection("C1", null), new Selection("C2", "C2-1")), linked.selections());
        refused(Category.INVALID, "unknown-task", () -> followUp.linkSheet(teacher, sheet.id(), List.of("A1T1"), List.of(), linked.linkVersion()));
        refused(Category.INVALID, "unknown-criterion",
                () -> followUp.linkSheet(teacher, sheet.id(), List.of(), List.of(new Selection("C1", "C9-9")), linked.linkVersion()));
        refused(Category.INVALID, "global-or-criteria", () -> followUp.linkSheet(teacher, sheet.id(), List.of(),
                List.of(new Selection("C2", null), new Selection("C2", "C2-1")), linked.linkVersion()));
        refused(Category.CONFLICT, "stale-version", () -> followUp.linkSheet(teacher, sheet.id(), List.of(), List.of(), version));
        refused(Category.FORBIDDEN, "role-not-allowed", () -> followUp.linkSheet(chloe.caller(), sheet.id(), List.of(), List.of(), version));
        refused(Category.INVALID, "competencies-by-teacher", () -> followUp.saveSheetPage(chloe.caller(), sheet.id(), "relierReferentiel",
                json("{'competences':[{'competency':'C1'}]}"), 1));
    }

    @Test
    public void aPupilOfAPortfolioStartsNoActivitySheet() {
        Pupil lea = pupil();
        long placement = placement("MSPC", lea).id();
        refused(Category.INVALID, "no-activity-sheets", () -> followUp.createSheet(lea.caller(), placement, "Fiche"));
        assertEquals(List.of(), followUp.sheets(teacher, placement));
    }

    @Test
    public void anApprenticeHasOneWeeklySheetPerWeekThatTheMasterComments() {
        Pupil yanis = core.fixtures.learner(establishment, null, master.personId(), LearnerStatus.APPRENTICE);
        long placement = placement("MELEC", yanis).id();

        FollowUpDocument logbook = followUp.portfolio(yanis.caller(), placement);
        assertEquals(LayoutKind.APPRENTICE_LOGBOOK, logbook.kind());
        List<SheetSummary> weeks = followUp.sheets(master, placement);
        assertEquals(List.of("Fiche activité : semaine 18 [2027]", "Fiche activité : semaine 19 [2027]", "Fiche activité : semaine 20 [2027]"),
                weeks.stream().map(SheetSummary::title).toList());
        weeks.forEach(w -> followUp.sheet(master, w.id()));
        assertTrue(followUp.sheets(master, placement).stream().allMatch(s -> s.readState() == ReadState.READ));

        core.clock.advance(Duration.ofMinutes(5));
        followUp.savePortfolioPage(yanis.caller(), placement, "activitesHebdomadaires",
                json("{'semaines':{'2027-W19':{'activitesSemaine':'Câblage d\\u2019armoires.','tachesRealisees':['T2-1']}}}"), 0);
        // A task of MSPC in a MELEC logbook.
        assertEquals("activitesHebdomadaires.semaines.2027-W18.tachesRealisees", refused(Category.INVALID, "unknown-task",
                () -> followUp.savePortfolioPage(yanis.caller(), placement, "activitesHebdomadaires",
                        json("{'semaines':{'2027-W18':{'tachesRealisees':['A1T1']}}}"), 1)).field());
        List<SheetSummary> after = followUp.sheets(master, placement);
        assertEquals(List.of(ReadState.READ, ReadState.NEW, ReadState.READ), after.stream().map(SheetSummary::readState).toList());

        Sheet week19 = followUp.sheet(master, after.get(1).id());
        assertEquals("Câblage d’armoires.", week19.pages().get(0).values().get("activitesSemaine").asText());
        assertTrue(week19.pages().get(0).commentable());
        followUp.commentSheet(master, week19.summary().id(), "semaine", "commentairesMaitre", "Très bien, continue.");
        assertEquals("Très bien, continue.",
                followUp.sheet(yanis.caller(), week19.summary().id()).pages().get(0).comments().get("commentairesMaitre").get(0).text());
        refused(Category.INVALID, "weekly-sheet-read-only", () -> followUp.saveSheetPage(yanis.caller(), week19.summary().id(), "semaine", json("{}"), 0));
        refused(Category.FORBIDDEN, "role-not-allowed", () -> followUp.commentSheet(yanis.caller(), week19.summary().id(), "semaine",
                "commentairesMaitre", "moi"));
    }

    @Test
    public void theLearnerWritesTheirPersonalReviewAndTheOthersReadIt() {
        Pupil lea = pupil();
        long placement = placement("MSPC", lea).id();
        DocumentPage review = followUp.savePersonalReview(lea.caller(), placement, json("{'pointsForts':'La rigueur.','souhaits':'Une PME.'}"), 0);
        assertEquals(1, review.version());
        assertEquals("La rigueur.", followUp.personalReview(teacher, placement).values().get("pointsForts").asText());
        assertFalse(followUp.personalReview(teacher, placement).writable());
        refused(Category.FORBIDDEN, "role-not-allowed", () -> followUp.savePersonalReview(teacher, placement, json("{}"), 1));
        assertFalse("the personal review does not count as editing the portfolio", followUp.portfolio(teacher, placement).edited());
    }
}
