package org.passerelle.core.internal.followup;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.ClassRule;
import org.junit.Test;
import org.passerelle.core.followup.DocumentPage;
import org.passerelle.core.followup.SheetSummary;
import org.passerelle.core.internal.organisation.InitialData;
import org.passerelle.core.security.Caller;
import org.passerelle.core.security.Role;
import org.passerelle.core.testing.CoreServices;
import org.passerelle.core.testing.TestDatabase;

/**
 * The sample data's follow-up (what a newcomer opens first) is what a learner could have typed: every stored page
 * passes its layout's checks unchanged, and the sample learners' portfolio, sheets and logbook read back.
 */
public class SampleDataTest {

    @ClassRule
    public static final TestDatabase DB = new TestDatabase();

    @Test
    public void theSampleLearnersPagesPassTheirLayoutsChecksAndReadBack() throws Exception {
        CoreServices core = new CoreServices(DB, "PMIA", "MELEC", "CAP_ELEC");
        System.setProperty("passerelle.sampleData", "true");
        try {
            new InitialData(new org.passerelle.core.internal.common.ConflictTranslatingJpaTemplate(DB.jpa()), core.hasher).load();
        } finally {
            System.clearProperty("passerelle.sampleData");
        }
        Caller teacher = DB.jpa().txExpr(org.apache.aries.jpa.template.TransactionType.Supports, em -> {
            var p = em.createQuery("SELECT p FROM PersonEntity p WHERE p.login = 'prof.melec'", org.passerelle.core.internal.organisation.PersonEntity.class)
                    .getSingleResult();
            return new Caller(p.id(), p.login(), Role.TEACHER, p.establishmentId());
        });
        List<Long> placements = DB.jpa().txExpr(org.apache.aries.jpa.template.TransactionType.Supports, em -> em.createQuery(
                "SELECT DISTINCT p.placement.id FROM PortfolioPageEntity p", Long.class).getResultList());
        assertEquals("Léa's portfolio and Yanis's logbook", 2, placements.size());
        int pages = 0;
        for (long placement : placements) {
            var document = core.followUp.portfolio(teacher, placement);
            for (DocumentPage page : document.pages()) {
                if (page.version() == 0) {
                    continue;
                }
                pages++;
                LayoutValues.Result checked = LayoutValues.check(page.page(), page.values().deepCopy(), new LayoutValues.Context() {
                    @Override
                    public org.passerelle.referential.model.Referential referential() {
                        return core.referentials.find(document.referentialCode(), document.referentialVersion()).orElseThrow().referential();
                    }

                    @Override
                    public java.util.Set<String> weeks() {
                        return new java.util.HashSet<>(document.weeks().stream().map(w -> w.key()).toList());
                    }

                    @Override
                    public java.util.Collection<Long> foreignFiles(java.util.Collection<Long> ids) {
                        return ids;
                    }
                });
                assertEquals(page.page().code(), page.values(), checked.values());
                assertTrue(page.page().code() + " " + page.missing(), page.complete());
            }
        }
        assertEquals(7, pages);
        Long chloe = DB.jpa().txExpr(org.apache.aries.jpa.template.TransactionType.Supports, em -> em.createQuery(
                "SELECT s.placement.id FROM ActivitySheetEntity s WHERE s.title = 'Pose d''un tableau de répartition'", Long.class).getSingleResult());
        List<SheetSummary> sheets = core.followUp.sheets(teacher, chloe);
        assertEquals(List.of("Pose d'un tableau de répartition", "Tirage de câbles en gaine"), sheets.stream().map(SheetSummary::title).toList());
        assertEquals(3, core.followUp.sheet(teacher, sheets.get(0).id()).pages().stream().filter(DocumentPage::complete).count());

        // Issue 12: Chloé's company review copies her first sheet's selections; her dashboard has two school columns then it.
        var review = core.evaluation.companyReview(teacher, chloe);
        assertEquals(List.of("C2/C2-1 ACHIEVED_AUTONOMOUS [1]", "C2/C2-3 null [1]", "C4/null ACHIEVED_WITH_HELP [1]"), review.results().stream()
                .map(r -> r.competency() + "/" + r.criterion() + " " + r.level() + " " + r.sheets()).toList());
        var melec = core.referentials.find("MELEC", review.referentialVersion()).orElseThrow().referential();
        long learner = review.learnerId();
        var dashboard = core.evaluation.dashboard(teacher, learner);
        assertEquals(List.of("SCHOOL", "SCHOOL", "COMPANY"), dashboard.columns().stream().map(c -> c.source().name()).toList());
        for (var section : dashboard.sections()) {
            assertTrue(section.competency() + " is MELEC 1.0's", org.passerelle.core.internal.common.ReferentialCriteria.of(melec, section.competency())
                    .isPresent());
        }
        var saved = core.evaluation.saveCompanyReview(teacher, chloe, new org.passerelle.core.evaluation.CompanyReviewChange(null, List.of(
                new org.passerelle.core.evaluation.ResultChange(null, "C2", "C2-3", org.passerelle.core.evaluation.SuccessLevel.PARTIAL, 0))));
        assertEquals(3, saved.results().stream().filter(r -> r.level() != null).count());

        // The activity view: her sheet's tasks in the week of its activity date, the review's in the meeting's week.
        var activities = core.evaluation.activities(teacher, learner);
        assertEquals(List.of("S10", "S12"), activities.weeks().stream().map(w -> w.label()).toList());
        var t21 = activities.activities().stream().flatMap(a -> a.tasks().stream()).filter(t -> t.code().equals("T2-1")).findFirst().orElseThrow();
        assertEquals("[[SHEET], [COMPANY_REVIEW]]", t21.marks().toString());
        // The synthesis of her periods: PFMP 2, four weeks, her company, the review's levels counted.
        var synthesis = core.evaluation.synthesis(teacher, learner);
        assertEquals(1, synthesis.periods().size());
        var pfmp2 = synthesis.periods().get(0);
        assertEquals("PFMP 2 — installations 4 Électricité Générale du Rhône Zoé MARTIN 2027-03-26 3", pfmp2.name() + " " + pfmp2.weeks() + " "
                + pfmp2.company() + " " + pfmp2.tutorName() + " " + pfmp2.meetingDate() + " " + pfmp2.engagement());
        assertEquals("{PARTIAL=1, ACHIEVED_WITH_HELP=1, ACHIEVED_AUTONOMOUS=1}", new java.util.TreeMap<>(pfmp2.levels()).toString());
        // Lucas: two finalised intermediate reviews; the second shows the first's levels; his dashboard's boundary after both evaluations.
        long lucas = DB.jpa().txExpr(org.apache.aries.jpa.template.TransactionType.Supports, em -> em.createQuery(
                "SELECT l.id FROM LearnerEntity l WHERE l.person.login = 'lucas.bonnet'", Long.class).getSingleResult());
        var archive = core.reviews.archive(teacher, lucas);
        assertEquals(2, archive.size());
        assertTrue(archive.stream().allMatch(r -> r.finalised()));
        var c2 = archive.get(1).levels().stream().filter(l -> l.competency().equals("C2")).findFirst().orElseThrow();
        assertEquals("ACQUIRED after BEING_ACQUIRED", "ACQUIRED [BEING_ACQUIRED]", c2.level() + " " + c2.previous().stream().map(p -> p.level()).toList());
        assertEquals("(1/3 + 1/3 + 0) / 3 × 20 = 4.44 → 4.5", 0, new java.math.BigDecimal("4.5").compareTo(archive.get(0).proposedMark()));
        assertEquals(2, core.evaluation.dashboard(teacher, lucas).boundary());
        // Yanis, apprentice: his logbook's week 5 marks TA 2-1.
        long yanis = DB.jpa().txExpr(org.apache.aries.jpa.template.TransactionType.Supports, em -> em.createQuery(
                "SELECT l.id FROM LearnerEntity l WHERE l.person.login = 'yanis.fontaine'", Long.class).getSingleResult());
        var his = core.evaluation.activities(teacher, yanis);
        assertTrue(his.weeks().toString(), his.weeks().stream().anyMatch(w -> w.key().equals("2027-W05")));
        int w5 = his.weeks().stream().map(w -> w.key()).toList().indexOf("2027-W05");
        assertTrue(his.activities().stream().flatMap(a -> a.tasks().stream()).filter(t -> t.code().equals("TA 2-1")).findFirst().orElseThrow()
                .marks().get(w5).contains(org.passerelle.core.evaluation.ActivityView.Source.LOGBOOK));
    }
}
