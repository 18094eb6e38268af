package org.passerelle.rest.internal.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.passerelle.core.organisation.Establishment;
import org.passerelle.core.organisation.Learner;
import org.passerelle.core.organisation.Person;

/** Response bodies of the API that are not the core's records as they are. */
public final class Responses {

    private Responses() {
    }

    /**
     * Who is signed in; grant only for a trainer signed in by their link (e.g. "placement:42"), with accessUntil, when
     * that link stops working; learnerId only for a learner (their id in the learner views).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Me(long id, String login, String familyName, String firstName, String role, EstablishmentRef establishment, String grant,
                     Long learnerId, Instant accessUntil) {
    }

    /** timeZone: the zone the pages show every instant in (TimeZones). */
    public record EstablishmentRef(long id, String uai, String name, String timeZone) {
        public static EstablishmentRef of(Establishment e) {
            return e == null ? null : new EstablishmentRef(e.id(), e.uai(), e.name(), e.timeZone());
        }
    }

    public record Session(String token, Instant expiresAt, Me user) {
    }

    /** A person, with the initial password shown once when just created. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PersonCreated(long id, String login, String familyName, String firstName, String email, String role, boolean active,
                                int version, String initialPassword) {
        public static PersonCreated of(Person p, String initialPassword) {
            return new PersonCreated(p.id(), p.login(), p.familyName(), p.firstName(), p.email(), p.role().name(), p.active(), p.version(),
                    initialPassword);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LearnerView(long id, long personId, String login, String familyName, String firstName, String ine, String birthDate, String status,
                              Long classId, String classCode, Long referentTeacherId, Long masterId, int version, String leftOn,
                              String initialPassword) {
        public static LearnerView of(Learner l, String initialPassword) {
            return new LearnerView(l.id(), l.personId(), l.login(), l.familyName(), l.firstName(), l.ine(), l.birthDate().toString(), l.status().name(),
                    l.classId(), l.classCode(), l.referentTeacherId(), l.masterId(), l.version(),
                    l.leftOn() == null ? null : l.leftOn().toString(), initialPassword);
        }
    }

    public record TemporaryPassword(String temporaryPassword) {
    }

    public record Id(long id) {
    }
}
