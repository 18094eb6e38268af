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
 * The follow-up in company as its users meet it (issue 11), on H2 with the shipped MSPC and MELEC layouts: a pupil's
 * maintenance portfolio prefilled from the liaison sheet, each page checked against its layout and saved with its
 * version; activity sheets with each reader's read state; an apprentice's logbook and weekly sheets; who may do what.
 */
public class FollowUpServiceTest {

    @ClassRule
    public static final TestDatabase DB = new TestDatabase();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PeriodInformation PERIOD = new PeriodInformation("PFMP 2", PeriodKind.PERIOD_2, "2027-05-03", "2027-05-21");

    private CoreServices core;
    private JpaFollowUpService followUp;
    private long establishment;
    private Caller teacher;
    private Caller master;

    @Before
    public void setUp() {
        core = new CoreServices(DB, "MSPC", "MELEC");
        followUp = core.followUp;
        establishment = core.fixtures.establishment();
        teacher = core.fixtures.person(Role.TEACHER, establishment);
        master = core.fixtures.person(Role.MASTER, establishment);
    }

    private static DomainException refused(Category category, String kind, ThrowingRunnable action) {
        DomainException e = assertThrows(DomainException.class, action);
        assertEquals(e.kind() + " " + e.field(), kind, e.kind());
        assertEquals(category, e.category());
        return e;
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A placement of a new learner of this referential in a new period, with a filled liaison sheet. */
    private Placement placement(String referential, Pupil learner) {
        var annex = core.periods.createAnnex(teacher, establishment, new AnnexForm(core.fixtures.classLevel(establishment, referential),
                "Annexe " + referential, List.of("Découvrir la maintenance"), List.of(), null));
        var period = core.periods.createPeriod(teacher, annex.id(), PERIOD, List.of(learner.learnerId()));
        Placement placement = core.periods.placements(teacher, period.id()).get(0);
        return core.periods.updatePlace(teacher, placement.id(), new LiaisonPlace("Usinage du Rhône", "Maintenance", "Atelier",
                "12 rue des Ateliers, 69007 Lyon", "04 00 00 00 01", "Marc LEFORT", "Technicien", "06 00 00 00 01", "marc@usinage.example"),
                placement.version());
    }

    private Pupil pupil() {
        return core.fixtures.learner(establishment, null);
    }

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

    private Caller tutorOf(long placement) {
        Caller person = core.fixtures.person(Role.TUTOR, establishment);
        return new Caller(person.personId(), person.login(), Role.TUTOR, establishment, "placement:" + placement);
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
}
