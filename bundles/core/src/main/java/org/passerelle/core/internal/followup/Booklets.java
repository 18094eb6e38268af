package org.passerelle.core.internal.followup;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.passerelle.core.DomainException;
import org.passerelle.core.followup.Booklet;
import org.passerelle.core.followup.DocumentPage;
import org.passerelle.core.internal.common.AccessRules;
import org.passerelle.core.internal.common.ConflictTranslatingJpaTemplate;
import org.passerelle.core.internal.organisation.LearnerEntity;
import org.passerelle.core.organisation.LearnerStatus;
import org.passerelle.core.security.Caller;
import org.passerelle.core.security.Role;
import org.passerelle.referential.model.Page;

/**
 * The apprenticeship booklet (livret d'apprentissage, guide 002), laid out by the platform ({@code booklet.json}, in the
 * same terms as a referential's layout) with who writes each section: the referent team, the master, or the
 * apprentice. Everyone around the apprentice reads it: staff of the establishment, the apprentice, their master.
 */
final class Booklets {

    /** A section of the booklet and the roles that write it. */
    record Section(Set<Role> writers, Page page) {
    }

    static final List<Section> SECTIONS = load();

    private final JpaTemplate jpa;
    private final Clock clock;

    Booklets(JpaTemplate jpa, Clock clock) {
        this.jpa = jpa;
        this.clock = clock;
    }

    private static List<Section> load() {
        try (InputStream in = Booklets.class.getResourceAsStream("booklet.json")) {
            return List.copyOf(FollowUpRecords.JSON.readValue(in, new TypeReference<List<Section>>() {
            }));
        } catch (IOException e) {
            throw new UncheckedIOException("booklet.json", e);
        }
    }

    Booklet booklet(Caller caller, long learnerId) {
        AccessRules.signedIn(caller);
        return jpa.txExpr(TransactionType.Supports, em -> {
            LearnerEntity learner = apprentice(em, caller, learnerId);
            Map<String, BookletPageEntity> saved = new HashMap<>();
            em.createQuery("SELECT p FROM BookletPageEntity p WHERE p.learner.id = :l", BookletPageEntity.class).setParameter("l", learner.id())
                    .getResultList().forEach(p -> saved.put(p.pageCode(), p));
            var person = learner.person();
            var master = learner.master();
            return new Booklet(learner.id(), person.familyName() + " " + person.firstName(),
                    master == null ? null : master.familyName() + " " + master.firstName(),
                    SECTIONS.stream().map(s -> view(caller, s, saved.get(s.page().code()))).toList(),
                    SECTIONS.stream().collect(java.util.stream.Collectors.toMap(s -> s.page().code(), s -> s.writers().stream().sorted().toList())));
        });
    }

    DocumentPage save(Caller caller, long learnerId, String pageCode, JsonNode values, Integer version) {
        AccessRules.signedIn(caller);
        return ConflictTranslatingJpaTemplate.withCurrent(() -> jpa.txExpr(TransactionType.Required, em -> {
            LearnerEntity learner = apprentice(em, caller, learnerId);
            Section section = SECTIONS.stream().filter(s -> s.page().code().equals(pageCode)).findFirst()
                    .orElseThrow(() -> DomainException.invalid("unknown-page", "page", pageCode, "Livret d'apprentissage"));
            if (!section.writers().contains(caller.role())) {
                throw DomainException.forbidden("section-not-yours", section.page().title());
            }
            LayoutValues.Result checked = LayoutValues.check(section.page(), values, FollowUpRecords.context(em, null, List.of(), learner.id()));
            BookletPageEntity record = PageSaves.save(em, version, () -> find(em, learner.id(), pageCode), learner, current -> view(caller, section, current),
                    () -> new BookletPageEntity(learner, pageCode), checked, clock.millis()).record();
            em.flush();
            return view(caller, section, record);
        }), () -> booklet(caller, learnerId).pages().stream().filter(p -> p.page().code().equals(pageCode)).findFirst().orElse(null));
    }

    /** The apprentice as the caller reads them (404 otherwise); a pupil has no booklet. */
    private static LearnerEntity apprentice(EntityManager em, Caller caller, long learnerId) {
        LearnerEntity learner = FollowUpRecords.learner(em, caller, learnerId);
        if (learner.status() != LearnerStatus.APPRENTICE) {
            throw DomainException.invalid("no-booklet-for-pupil", "learnerId", learnerId);
        }
        return learner;
    }

    private static DocumentPage view(Caller caller, Section section, BookletPageEntity record) {
        return FollowUpViews.page(section.page(), record, null, Map.of(), section.writers().contains(caller.role()), false);
    }

    private static BookletPageEntity find(EntityManager em, long learnerId, String pageCode) {
        return em.createQuery("SELECT p FROM BookletPageEntity p WHERE p.learner.id = :l AND p.pageCode = :c", BookletPageEntity.class)
                .setParameter("l", learnerId).setParameter("c", pageCode).getResultList().stream().findFirst().orElse(null);
    }
}
