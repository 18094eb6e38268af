package org.passerelle.core.internal.common;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.passerelle.core.DomainException;
import org.passerelle.core.DomainException.Category;
import org.passerelle.core.security.Caller;
import org.passerelle.core.security.Role;

/**
 * The access rules by role and establishment, as the REST layer answers them: nobody signed in 401
 * (UNAUTHENTICATED), a role that may not 403 (FORBIDDEN), another establishment's record 404 (NOT_FOUND, never 403,
 * so that its existence does not leak); the platform administrator (ADMIN without establishment) sees all.
 */
public class AccessRulesTest {

    private static final long OURS = 1;
    private static final long THEIRS = 2;

    private static final Caller PLATFORM_ADMIN = new Caller(1, "admin", Role.ADMIN, null);

    /** One caller of every role in establishment OURS, and the platform administrator. */
    private static Map<String, Caller> callers() {
        Map<String, Caller> callers = new LinkedHashMap<>();
        callers.put("platform ADMIN", PLATFORM_ADMIN);
        long id = 10;
        for (Role role : Role.values()) {
            callers.put(role.name(), new Caller(id++, role.name().toLowerCase(), role, OURS));
        }
        return callers;
    }

    /** "OK", or the category of the refusal. */
    private static String outcome(Runnable check) {
        try {
            check.run();
            return "OK";
        } catch (DomainException e) {
            return e.category().name();
        }
    }

    /** For every caller: the outcome on our establishment, then on theirs. */
    private static Map<String, String> matrix(java.util.function.BiConsumer<Caller, Long> rule) {
        Map<String, String> outcomes = new LinkedHashMap<>();
        callers().forEach((who, caller) -> outcomes.put(who, outcome(() -> rule.accept(caller, OURS)) + " / " + outcome(() -> rule.accept(caller, THEIRS))));
        return outcomes;
    }

    @Test
    public void nobodySignedInIsUnauthenticatedWhateverTheRule() {
        List<Runnable> rules = List.of(
                () -> AccessRules.signedIn(null),
                () -> AccessRules.requireRole(null, Role.values()),
                () -> AccessRules.requireEstablishment(null, OURS, "establishment-not-found", OURS),
                () -> AccessRules.requireStaffOf(null, OURS),
                () -> AccessRules.requireManagerOf(null, OURS),
                () -> AccessRules.readsLearner(null, 5, OURS, 50, null, true));
        List<String> outcomes = new ArrayList<>();
        for (Runnable rule : rules) {
            DomainException e = assertThrows(DomainException.class, rule::run);
            outcomes.add(e.category() + " " + e.kind());
        }
        assertEquals(List.of(
                "UNAUTHENTICATED not-signed-in", "UNAUTHENTICATED not-signed-in", "UNAUTHENTICATED not-signed-in",
                "UNAUTHENTICATED not-signed-in", "UNAUTHENTICATED not-signed-in", "UNAUTHENTICATED not-signed-in"), outcomes);
    }

    @Test
    public void staffOfAnEstablishmentAreItsAdminDdfptAndTeachersAndNobodyElseSeesItAtAll() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("platform ADMIN", "OK / OK");
        expected.put("ADMIN", "OK / NOT_FOUND");
        expected.put("DDFPT", "OK / NOT_FOUND");
        expected.put("TEACHER", "OK / NOT_FOUND");
        expected.put("LEARNER", "FORBIDDEN / FORBIDDEN");
        expected.put("MASTER", "FORBIDDEN / FORBIDDEN");
        expected.put("TUTOR", "FORBIDDEN / FORBIDDEN");
        assertEquals(expected, matrix(AccessRules::requireStaffOf));
    }

    @Test
    public void theOrganisationIsManagedByAdminAndDdfptOfTheEstablishment() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("platform ADMIN", "OK / OK");
        expected.put("ADMIN", "OK / NOT_FOUND");
        expected.put("DDFPT", "OK / NOT_FOUND");
        expected.put("TEACHER", "FORBIDDEN / FORBIDDEN");
        expected.put("LEARNER", "FORBIDDEN / FORBIDDEN");
        expected.put("MASTER", "FORBIDDEN / FORBIDDEN");
        expected.put("TUTOR", "FORBIDDEN / FORBIDDEN");
        assertEquals(expected, matrix(AccessRules::requireManagerOf));
    }

    @Test
    public void anotherEstablishmentsRecordIsNotFoundNamingWhatWasAskedFor() {
        Caller teacher = callers().get("TEACHER");
        DomainException e = assertThrows(DomainException.class, () -> AccessRules.requireEstablishment(teacher, THEIRS, "learner-not-found", 42L));
        assertEquals(Category.NOT_FOUND, e.category());
        assertEquals("learner-not-found", e.kind());
        assertEquals(List.of(42L), List.of(e.args()));
        assertEquals(Category.FORBIDDEN, assertThrows(DomainException.class, () -> AccessRules.requireRole(teacher, Role.ADMIN)).category());
    }

    @Test
    public void onlyThePlatformAdministratorSeesRecordsWithoutEstablishment() {
        callers().forEach((who, caller) -> assertEquals(who, caller == PLATFORM_ADMIN, AccessRules.sees(caller, null)));
    }

    @Test
    public void aLearnersRecordsAreReadByTheStaffTheLearnerTheirMasterAndATrainerWhoseLinkGrantsThem() {
        long learnerId = 5;
        long learnerPerson = 50;
        long masterPerson = 60;
        Caller learner = new Caller(learnerPerson, "lea.petit", Role.LEARNER, OURS);
        Caller otherLearner = new Caller(51, "hugo.roux", Role.LEARNER, OURS);
        Caller master = new Caller(masterPerson, "maitre", Role.MASTER, OURS);
        Caller otherMaster = new Caller(61, "maitre2", Role.MASTER, OURS);
        Caller tutor = new Caller(70, "tuteur-x", Role.TUTOR, OURS, "learner:" + learnerId);
        Caller tutorOfAnother = new Caller(71, "tuteur-y", Role.TUTOR, OURS, "learner:6");
        Caller tutorOfPlacement = new Caller(72, "tuteur-z", Role.TUTOR, OURS, "placement:9");
        Caller theirTeacher = new Caller(80, "prof.ailleurs", Role.TEACHER, THEIRS);
        Caller theirAdmin = new Caller(81, "admin.ailleurs", Role.ADMIN, THEIRS);

        Map<String, Boolean> reads = new LinkedHashMap<>();
        Map<String, Caller> who = new LinkedHashMap<>(callers());
        who.remove("LEARNER");
        who.remove("MASTER");
        who.remove("TUTOR");
        who.put("the learner", learner);
        who.put("another learner", otherLearner);
        who.put("their master", master);
        who.put("another master", otherMaster);
        who.put("a tutor granted learner:5", tutor);
        who.put("a tutor granted learner:6", tutorOfAnother);
        who.put("a tutor granted a placement", tutorOfPlacement);
        who.put("a teacher elsewhere", theirTeacher);
        who.put("an ADMIN elsewhere", theirAdmin);
        who.forEach((name, caller) -> reads.put(name, AccessRules.readsLearner(caller, learnerId, OURS, learnerPerson, masterPerson, true)));

        Map<String, Boolean> expected = new LinkedHashMap<>();
        expected.put("platform ADMIN", true);
        expected.put("ADMIN", true);
        expected.put("DDFPT", true);
        expected.put("TEACHER", true);
        expected.put("the learner", true);
        expected.put("another learner", false);
        expected.put("their master", true);
        expected.put("another master", false);
        expected.put("a tutor granted learner:5", true);
        expected.put("a tutor granted learner:6", false);
        expected.put("a tutor granted a placement", false);
        expected.put("a teacher elsewhere", false);
        expected.put("an ADMIN elsewhere", false);
        assertEquals(expected, reads);

        assertFalse("a learner without master is read by no master", AccessRules.readsLearner(master, learnerId, OURS, learnerPerson, null, true));
        assertFalse("the period folders do not count a trainer's learner grant",
                AccessRules.readsLearner(tutor, learnerId, OURS, learnerPerson, masterPerson, false));
        assertTrue(AccessRules.readsLearner(PLATFORM_ADMIN, learnerId, THEIRS, learnerPerson, null, false));
    }
}
