package org.passerelle.core.security;

import java.util.OptionalLong;

/**
 * Which establishment a record belongs to, looked up by its kind and id alone, so that a request about another
 * establishment's record, or a record that does not exist, can be answered {@code 404} before its body is read or
 * judged (issue 9: 401, then 403, then 404, then 400). It says nothing of who may read the record within the
 * establishment: the services still decide that.
 */
public interface RecordOwners {

    /** The kinds of records addressed by id in the API's paths, with the problem type that says one is not found. */
    enum Kind {
        PERIOD("period-not-found"), PLACEMENT("placement-not-found"), ANNEX("annex-not-found"), LEARNER("learner-not-found"),
        PERSON("person-not-found"), TRAINER_LINK("trainer-link-not-found"), SHEET("sheet-not-found"), FILE("file-not-found"),
        SCHOOL_EVALUATION("school-evaluation-not-found"), COMPETENCY_REVIEW("review-not-found");

        private final String notFound;

        Kind(String notFound) {
            this.notFound = notFound;
        }

        /** The problem type of a missing record of this kind, as the services answer it. */
        public String notFound() {
            return notFound;
        }
    }

    /**
     * The id of the establishment the record belongs to; empty when there is no such record, or when it belongs to
     * none (the platform administrator's account). Deleted periods are found (they can be restored).
     */
    OptionalLong establishmentOf(Kind kind, long id);

    /** Whether that caller may address the record at all: the platform administrator any existing one, others their own establishment's. */
    default boolean addressable(Caller caller, Kind kind, long id) {
        OptionalLong establishment = establishmentOf(kind, id);
        if (caller.isPlatformAdmin()) {
            return establishment.isPresent() || kind == Kind.PERSON && id == caller.personId();
        }
        return establishment.isPresent() && caller.establishmentId() != null && establishment.getAsLong() == caller.establishmentId();
    }
}
