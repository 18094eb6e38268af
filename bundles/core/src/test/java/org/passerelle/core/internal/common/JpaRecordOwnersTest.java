package org.passerelle.core.internal.common;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.OptionalLong;
import org.junit.ClassRule;
import org.junit.Test;
import org.passerelle.core.security.Caller;
import org.passerelle.core.security.RecordOwners.Kind;
import org.passerelle.core.security.Role;
import org.passerelle.core.testing.CoreServices;
import org.passerelle.core.testing.TestDatabase;

/** Which establishment a record belongs to, and who may address it at all: what lets the API answer 404 before 400. */
public class JpaRecordOwnersTest {

    @ClassRule
    public static final TestDatabase DB = new TestDatabase();

    @Test
    public void aRecordIsAddressableOnlyFromItsEstablishmentOrByThePlatformAdministrator() {
        CoreServices core = new CoreServices(DB);
        JpaRecordOwners owners = new JpaRecordOwners(new ConflictTranslatingJpaTemplate(DB.jpa()));
        long ours = core.fixtures.establishment();
        long theirs = core.fixtures.establishment();
        long learner = core.fixtures.learner(ours, null).learnerId();
        Caller teacher = core.fixtures.person(Role.TEACHER, ours);
        Caller otherTeacher = core.fixtures.person(Role.TEACHER, theirs);
        Caller platformAdmin = core.fixtures.platformAdmin();

        assertEquals(OptionalLong.of(ours), owners.establishmentOf(Kind.LEARNER, learner));
        assertEquals(OptionalLong.of(ours), owners.establishmentOf(Kind.PERSON, teacher.personId()));
        assertEquals(OptionalLong.empty(), owners.establishmentOf(Kind.LEARNER, 999_999));
        assertEquals("the platform administrator belongs to none", OptionalLong.empty(), owners.establishmentOf(Kind.PERSON, platformAdmin.personId()));

        assertTrue(owners.addressable(teacher, Kind.LEARNER, learner));
        assertFalse(owners.addressable(otherTeacher, Kind.LEARNER, learner));
        assertFalse(owners.addressable(teacher, Kind.LEARNER, 999_999));
        assertTrue(owners.addressable(platformAdmin, Kind.LEARNER, learner));
        assertFalse(owners.addressable(platformAdmin, Kind.LEARNER, 999_999));
        assertTrue(owners.addressable(platformAdmin, Kind.PERSON, platformAdmin.personId()));
        assertFalse(owners.addressable(teacher, Kind.PERSON, platformAdmin.personId()));
        for (Kind kind : Kind.values()) {
            assertEquals(kind + " answers for a missing id", OptionalLong.empty(), owners.establishmentOf(kind, 999_999));
        }
    }
}
