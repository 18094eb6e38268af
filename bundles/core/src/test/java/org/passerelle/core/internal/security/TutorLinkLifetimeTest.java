package org.passerelle.core.internal.security;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Test;
import org.passerelle.core.organisation.EstablishmentForm;
import org.passerelle.core.organisation.LearnerForm;
import org.passerelle.core.organisation.LearnerStatus;
import org.passerelle.core.periods.AnnexForm;
import org.passerelle.core.periods.PeriodInformation;
import org.passerelle.core.periods.PeriodKind;
import org.passerelle.core.security.Caller;
import org.passerelle.core.security.Role;
import org.passerelle.core.security.SignedIn;
import org.passerelle.core.security.TrainerLink;
import org.passerelle.core.testing.CoreServices;
import org.passerelle.core.testing.Fixtures;
import org.passerelle.core.testing.TestDatabase;
import org.passerelle.mail.MailMessage;

/**
 * Issue 10, item 5: a placement's link lasts as long as its period needs it, in the establishment's time zone (a
 * lycée in Papeete here), and its e-mail greets the tutor, gives the true last day and names the referent teacher.
 */
public class TutorLinkLifetimeTest {

    @ClassRule
    public static final TestDatabase DB = new TestDatabase();

    private static final String PREFIX = "https://passerelle.test/#/acces/";
    private static final ZoneId PAPEETE = ZoneId.of("Pacific/Tahiti");
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

    private CoreServices core;
    private Caller teacher;
    private long establishment;
    private long level;
    private long schoolClass;

    @Before
    public void setUp() {
        core = new CoreServices(DB, "MELEC");
        establishment = core.fixtures.establishment();
        Caller ddfpt = core.fixtures.person(Role.DDFPT, establishment);
        var current = core.organisation.establishment(ddfpt, establishment);
        core.organisation.updateEstablishment(ddfpt, establishment, new EstablishmentForm(current.uai(), current.name(), current.address(),
                null, current.version(), "Pacific/Tahiti"));
        level = core.fixtures.classLevel(establishment, "MELEC");
        schoolClass = core.fixtures.schoolClass(establishment, level);
        teacher = core.fixtures.person(Role.TEACHER, establishment);
    }

    /** A placement of a new learner (referent: the teacher) in a period from {@code start} to {@code end}. */
    private long placement(LearnerStatus status, LocalDate start, LocalDate end) {
        Caller ddfpt = core.fixtures.person(Role.DDFPT, establishment);
        long learner = core.organisation.createLearner(ddfpt, establishment, new LearnerForm("BONNET", "Lucas", Fixtures.ine(),
                LocalDate.now().minusYears(16).toString(), status, schoolClass, teacher.personId(),
                status == LearnerStatus.APPRENTICE ? core.fixtures.person(Role.MASTER, establishment).personId() : null)).record().id();
        long annex = core.periods.createAnnex(teacher, establishment, new AnnexForm(level, "Annexe " + Fixtures.next(), List.of("Découvrir"),
                List.of("T1-1"), null)).id();
        long period = core.periods.createPeriod(teacher, annex, new PeriodInformation("PFMP 2", PeriodKind.PERIOD_2, start.toString(),
                end.toString()), List.of(learner)).id();
        long placement = core.periods.placements(teacher, period).get(0).id();
        core.periods.createTutor(teacher, placement, "DUPUIS", "Marc", "marc.dupuis@atelier.fr");
        return placement;
    }

    @Test
    public void aLinkLastsUntilSixtyDaysAfterItsPeriodEndsInTheEstablishmentsZone() {
        LocalDate end = LocalDate.now(PAPEETE).plusDays(200);
        long placement = placement(LearnerStatus.PUPIL, end.minusDays(25), end);
        TrainerLink link = core.periods.sendTutorLink(teacher, placement, PREFIX);
        Instant expected = end.plusDays(61).atStartOfDay(PAPEETE).toInstant();
        assertEquals(expected, link.expiresAt());

        core.deliverMail();
        MailMessage mail = core.mail.last();
        String body = mail.textBody();
        assertTrue(body, body.startsWith("Bonjour Marc DUPUIS,\n"));
        assertTrue(body, body.contains("actif jusqu'au " + LONG.format(end.plusDays(60)) + " inclus"));
        assertTrue(body, body.contains("accompagner Lucas BONNET pendant la période « PFMP 2 »"));
        Caller referent = teacher;
        assertTrue(body, body.contains("Votre contact dans l'établissement : Prénom") && body.contains(", professeur référent (personne"));
        assertFalse(body, body.contains("Madame, Monsieur Marc"));
        assertEquals("Passerelle : votre accès de tuteur — " + core.organisation.establishment(referent, establishment).name(), mail.subject());

        // The tutor's page says until when: the live link's expiry.
        String token = body.replaceAll("(?s).*" + java.util.regex.Pattern.quote(PREFIX) + "([A-Za-z0-9_-]+).*", "$1");
        SignedIn tutor = core.trainerLinks.open(token, "198.51.100.4");
        assertEquals(expected, core.trainerLinks.accessUntil(tutor.caller()).orElseThrow());
    }

    /** Found by a probe: the period's end moved a month later, the tutor would have lost access before it. */
    @Test
    public void aLinkFollowsItsPeriodWhenItEndsLater() {
        LocalDate end = LocalDate.now(PAPEETE).plusDays(200);
        long placement = placement(LearnerStatus.PUPIL, end.minusDays(25), end);
        TrainerLink link = core.periods.sendTutorLink(teacher, placement, PREFIX);
        long period = core.periods.placement(teacher, placement).periodId();
        var current = core.periods.period(teacher, period);
        core.periods.updateInformation(teacher, period, new PeriodInformation(current.name(), current.kind(), current.startDate().toString(),
                end.plusDays(30).toString()), current.version());
        TrainerLink after = core.trainerLinks.links(teacher, core.periods.placement(teacher, placement).tutor().id()).stream()
                .filter(l -> l.id() == link.id()).findFirst().orElseThrow();
        assertEquals(end.plusDays(91).atStartOfDay(PAPEETE).toInstant(), after.expiresAt());
    }

    @Test
    public void aLinkSentLongBeforeTheEndOfItsPeriodStillLastsOneHundredAndEightyDays() {
        LocalDate end = LocalDate.now(PAPEETE).minusDays(10);
        long placement = placement(LearnerStatus.PUPIL, end.minusDays(25), end);
        long before = System.currentTimeMillis();
        TrainerLink link = core.periods.sendTutorLink(teacher, placement, PREFIX);
        // To the end of the 180th day after sending, in the establishment's zone.
        LocalDate lastDay = java.time.Instant.ofEpochMilli(before).atZone(PAPEETE).toLocalDate().plusDays(180);
        assertEquals(lastDay.plusDays(1).atStartOfDay(PAPEETE).toInstant(), link.expiresAt());
    }

    /** An apprentice has no tutor (their master has an account); a link that follows an apprentice says so. */
    @Test
    public void aLinkAboutAnApprenticeNeverSpeaksOfATutor() {
        Caller ddfpt = core.fixtures.person(Role.DDFPT, establishment);
        long apprentice = core.organisation.createLearner(ddfpt, establishment, new LearnerForm("FONTAINE", "Yanis", Fixtures.ine(),
                LocalDate.now().minusYears(17).toString(), LearnerStatus.APPRENTICE, schoolClass, teacher.personId(),
                core.fixtures.person(Role.MASTER, establishment).personId())).record().id();
        long trainer = core.trainerLinks.createTrainer(teacher, establishment, "ROCHE", "Anne", "anne.roche@garage.fr");
        core.trainerLinks.issue(teacher, trainer, "learner:" + apprentice, PREFIX);
        core.deliverMail();
        MailMessage mail = core.mail.last();
        assertTrue(mail.subject(), mail.subject().startsWith("Passerelle : votre accès de maître d'apprentissage — "));
        assertTrue(mail.textBody(), mail.textBody().contains("accompagner Yanis FONTAINE dans son apprentissage"));
        assertFalse(mail.textBody(), mail.textBody().toLowerCase(Locale.FRENCH).contains("tuteur"));
    }
}
