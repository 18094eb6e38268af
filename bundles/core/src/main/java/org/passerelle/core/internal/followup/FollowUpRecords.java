package org.passerelle.core.internal.followup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import org.passerelle.core.DomainException;
import org.passerelle.core.followup.Week;
import org.passerelle.core.internal.organisation.LearnerEntity;
import org.passerelle.core.internal.periods.ActivitySheetEntity;
import org.passerelle.core.internal.periods.PeriodAccess;
import org.passerelle.core.internal.periods.PlacementEntity;
import org.passerelle.core.organisation.LearnerStatus;
import org.passerelle.core.referential.ReferentialEntry;
import org.passerelle.core.referential.ReferentialRegistry;
import org.passerelle.core.security.Caller;
import org.passerelle.core.security.Role;
import org.passerelle.referential.model.Field;
import org.passerelle.referential.model.FieldType;
import org.passerelle.referential.model.Layout;
import org.passerelle.referential.model.LayoutKind;
import org.passerelle.referential.model.Page;
import org.passerelle.referential.model.Referential;

/**
 * What the follow-up services share: the layout a placement or a sheet follows (its pinned referential version, the
 * learner's status), the records as the caller may reach them (404 otherwise, as periods answer), the period's weeks and
 * the JSON of stored values.
 */
final class FollowUpRecords {

    static final ObjectMapper JSON = new ObjectMapper();

    private final ReferentialRegistry referentials;

    FollowUpRecords(ReferentialRegistry referentials) {
        this.referentials = referentials;
    }

    /** A referential version and the layout of one placement. */
    record Laid(Referential referential, Layout layout) {
        Page page(String code) {
            return layout.pages().stream().filter(p -> p.code().equals(code)).findFirst()
                    .orElseThrow(() -> DomainException.invalid("unknown-page", "page", code, layout.title()));
        }

        /** The first WEEKLY field of the layout: the one an apprentice's weekly sheets show. */
        Optional<Field> weeklyField() {
            return layout.pages().stream().flatMap(p -> p.fields().stream()).filter(f -> f.type() == FieldType.WEEKLY).findFirst();
        }

        Optional<Page> weeklyPage() {
            return layout.pages().stream().filter(p -> p.fields().stream().anyMatch(f -> f.type() == FieldType.WEEKLY)).findFirst();
        }
    }

    ReferentialEntry entry(String code, String version) {
        return referentials.find(code, version).orElseThrow(() -> DomainException.unavailable("referential-unavailable", code, version));
    }

    /** The layout the placement's learner keeps: their status's, or the other one when the referential declares only one. */
    Laid laid(PlacementEntity placement) {
        Referential referential = entry(placement.period().annex().referentialCode(), placement.period().annex().referentialVersion()).referential();
        boolean apprentice = placement.learner().status() == LearnerStatus.APPRENTICE;
        Layout pupil = referential.portfolio() == null ? null : referential.portfolio().pupil();
        Layout apprenticeLayout = referential.portfolio() == null ? null : referential.portfolio().apprentice();
        Layout layout = apprentice ? (apprenticeLayout != null ? apprenticeLayout : pupil) : (pupil != null ? pupil : apprenticeLayout);
        if (layout == null) {
            throw DomainException.invalid("no-layout", "placementId", placement.id());
        }
        return new Laid(referential, layout);
    }

    /** The layout of a sheet's pages: the ACTIVITY_SHEETS layout of its referential version (null for an old sheet without one). */
    Laid sheetLayout(ActivitySheetEntity sheet) {
        if (sheet.referentialCode() == null) {
            return null;
        }
        Referential referential = entry(sheet.referentialCode(), sheet.referentialVersion()).referential();
        if (referential.portfolio() == null) {
            return null;
        }
        if (sheet.week() != null) {
            Layout logbook = referential.portfolio().apprentice();
            return logbook == null ? null : new Laid(referential, logbook);
        }
        for (Layout layout : new Layout[] {referential.portfolio().pupil(), referential.portfolio().apprentice()}) {
            if (layout != null && layout.kind() == LayoutKind.ACTIVITY_SHEETS) {
                return new Laid(referential, layout);
            }
        }
        return null;
    }

    static List<Week> weeks(PlacementEntity placement) {
        return Weeks.of(LocalDate.parse(placement.period().startDate()), LocalDate.parse(placement.period().endDate()));
    }

    /** What LayoutValues needs for one learner's placement (or a free sheet: no weeks). */
    static LayoutValues.Context context(EntityManager em, Referential referential, List<Week> weeks, long learnerId) {
        return context(em, referential, weeks.stream().map(Week::key).collect(Collectors.toSet()), learnerId);
    }

    /** With these week keys accepted in WEEKLY fields. */
    static LayoutValues.Context context(EntityManager em, Referential referential, Set<String> keys, long learnerId) {
        return new LayoutValues.Context() {
            @Override
            public Referential referential() {
                return referential;
            }

            @Override
            public Set<String> weeks() {
                return keys;
            }

            @Override
            public Collection<Long> foreignFiles(Collection<Long> ids) {
                // Numbers only in the list (Longs), so it is written in the statement; the files are read by their owner.
                String list = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
                Set<Long> found = set(ids(em.createNativeQuery("SELECT ID FROM STORED_FILE WHERE LEARNER_ID = ?1 AND ID IN (" + list + ")")
                        .setParameter(1, learnerId).getResultList()));
                return ids.stream().filter(id -> !found.contains(id)).toList();
            }
        };
    }

    static Caller learnerOnly(Caller caller) {
        if (caller.role() != Role.LEARNER) {
            throw DomainException.forbidden("role-not-allowed", caller.role());
        }
        return caller;
    }

    static PlacementEntity placement(EntityManager em, Caller caller, long placementId) {
        return PeriodAccess.placement(em, caller, placementId);
    }

    static LearnerEntity learner(EntityManager em, Caller caller, long learnerId) {
        return PeriodAccess.learner(em, caller, learnerId);
    }

    static ObjectNode read(String json) {
        try {
            JsonNode node = JSON.readTree(json == null ? "{}" : json);
            return node instanceof ObjectNode object ? object : JSON.createObjectNode();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored values are not JSON", e);
        }
    }

    static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Long> ids(Collection<?> rows) {
        List<Long> ids = new ArrayList<>();
        rows.forEach(r -> ids.add(((Number) r).longValue()));
        return ids;
    }

    static Set<Long> set(Collection<Long> ids) {
        return new HashSet<>(ids);
    }
}
