package org.passerelle.core.internal.security;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Test;
import org.passerelle.core.DomainException;
import org.passerelle.core.DomainException.Category;
import org.passerelle.core.periods.AnnexForm;
import org.passerelle.core.periods.Placement;
import org.passerelle.core.periods.PeriodInformation;
import org.passerelle.core.periods.PeriodKind;
import org.passerelle.core.security.Caller;
import org.passerelle.core.security.Role;
import org.passerelle.core.security.SignedIn;
import org.passerelle.core.security.TrainerLink;
import org.passerelle.core.testing.CoreServices;
import org.passerelle.core.testing.Fixtures.Pupil;
import org.passerelle.core.testing.TestDatabase;
import org.passerelle.mail.MailMessage;

/**
 * A placement's tutor gets their link by e-mail (through the fake mail sender) and it opens that liaison sheet only;
 * when the mail cannot leave, nothing is stored.
 */
public class TutorLinkTest {

    @ClassRule
    public static final TestDatabase DB = new TestDatabase();

    private static final String PREFIX = "https://passerelle.test/#/acces/";
    private static final Pattern LINK = Pattern.compile(Pattern.quote(PREFIX) + "([A-Za-z0-9_-]+)");

    private CoreServices core;
    private Caller teacher;
    private long placementId;

    @Before
    public void setUp() {
        core = new CoreServices(DB, "MELEC");
        long establishment = core.fixtures.establishment();
        long level = core.fixtures.classLevel(establishment, "MELEC");
        teacher = core.fixtures.person(Role.TEACHER, establishment);
        Pupil lea = core.fixtures.learner(establishment, core.fixtures.schoolClass(establishment, level));
        long annex = core.periods.createAnnex(teacher, establishment, new AnnexForm(level, "Annexe", List.of("Découvrir"), List.of("T1-1"), null)).id();
        long period = core.periods.createPeriod(teacher, annex, new PeriodInformation("PFMP 1", PeriodKind.PERIOD_1, "2025-11-03", "2025-11-28"),
                List.of(lea.learnerId())).id();
        placementId = core.periods.placements(teacher, period).get(0).id();
    }

    private static String token(MailMessage mail) {
        Matcher m = LINK.matcher(mail.textBody());
        assertTrue("the e-mail carries the link: " + mail.textBody(), m.find());
        return m.group(1);
    }

    @Test
    public void theTutorsLinkArrivesByMailAndOpensThatLiaisonSheetOnly() {
        Placement withTutor = core.periods.createTutor(teacher, placementId, "MARTIN", "Zoé", "zoe.martin@atelier.fr");
        TrainerLink link = core.periods.sendTutorLink(teacher, placementId, PREFIX);
        assertEquals("queued with the link, sent after the commit", "QUEUED", link.delivery());
        assertEquals(1, core.deliverMail());

        MailMessage mail = core.mail.last();
        assertEquals("zoe.martin@atelier.fr", mail.to());
        assertEquals("placement:" + placementId, link.grant());
        SignedIn tutor = core.trainerLinks.open(token(mail), "198.51.100.4");

        assertEquals(Role.TUTOR, tutor.caller().role());
        assertEquals(withTutor.tutor().id(), tutor.caller().personId());
        assertEquals(placementId, core.periods.placement(tutor.caller(), placementId).id());
        // Issue 11: the tutor reads the learner's follow-up of that placement (and writes none of it).
        assertEquals(placementId, core.followUp.portfolio(tutor.caller(), placementId).placementId());
        DomainException write = assertThrows(DomainException.class, () -> core.followUp.createSheet(tutor.caller(), placementId, "Pas au tuteur"));
        assertEquals(Category.FORBIDDEN, write.category());
    }

    @Test
    public void whenTheMailCannotLeaveTheLinkIsKeptAndWaitsForTheNextAttempt() {
        Placement withTutor = core.periods.createTutor(teacher, placementId, "MARTIN", "Zoé", "zoe.martin@atelier.fr");
        core.periods.sendTutorLink(teacher, placementId, PREFIX);
        core.deliverMail();

        core.mail.failWith("421 service not available");
        TrainerLink second = core.periods.sendTutorLink(teacher, placementId, PREFIX);
        assertEquals("the answer does not wait for the SMTP server", "QUEUED", second.delivery());
        core.deliverMail();

        List<TrainerLink> links = core.trainerLinks.links(teacher, withTutor.tutor().id());
        assertEquals("both links are kept", 2, links.size());
        TrainerLink waiting = links.stream().filter(l -> l.id() == second.id()).findFirst().orElseThrow();
        assertEquals("RETRYING", waiting.delivery());
        assertNotNull("the teacher sees why", waiting.lastError());
        assertNotNull("and when it is tried again", waiting.nextAttemptAt());
        assertNull(waiting.revokedAt());
    }
}
