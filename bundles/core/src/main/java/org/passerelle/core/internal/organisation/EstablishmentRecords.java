package org.passerelle.core.internal.organisation;

import org.passerelle.core.internal.common.Audit;
import org.passerelle.core.internal.common.Validation;
import org.passerelle.core.internal.common.AccessRules;
import java.util.List;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.passerelle.core.DomainException;
import org.passerelle.core.internal.common.Establishments;
import org.passerelle.core.internal.common.ConflictTranslatingJpaTemplate;
import org.passerelle.core.organisation.Establishment;
import org.passerelle.core.organisation.OrganisationService.Image;
import org.passerelle.core.organisation.EstablishmentForm;
import org.passerelle.core.security.Caller;
import org.passerelle.core.security.Role;
import static org.passerelle.core.internal.organisation.OrganisationRecords.*;

/**
 * Establishments: listed, created by the platform administrator, changed (with their version) by their ADMIN or DDFPT,
 * and their logo and stamp for documents.
 */
final class EstablishmentRecords {

    private final JpaTemplate jpa;

    EstablishmentRecords(JpaTemplate jpa) {
        this.jpa = jpa;
    }

    public List<Establishment> establishments(Caller caller) {
        AccessRules.signedIn(caller);
        return jpa.txExpr(TransactionType.Supports, em -> {
            if (caller.isPlatformAdmin()) {
                return em.createQuery("SELECT e FROM EstablishmentEntity e ORDER BY e.name", EstablishmentEntity.class).getResultList()
                        .stream().map(Views::establishment).toList();
            }
            EstablishmentEntity own = caller.establishmentId() == null ? null : em.find(EstablishmentEntity.class, caller.establishmentId());
            return own == null ? List.<Establishment>of() : List.of(Views.establishment(own));
        });
    }

    public Establishment establishment(Caller caller, long id) {
        AccessRules.requireEstablishment(caller, id, "establishment-not-found", id);
        return jpa.txExpr(TransactionType.Supports, em -> Views.establishment(establishmentEntity(em, id)));
    }

    public Establishment createEstablishment(Caller caller, EstablishmentForm form) {
        AccessRules.requireRole(caller, Role.ADMIN);
        if (!caller.isPlatformAdmin()) {
            throw DomainException.forbidden("platform-admin-only");
        }
        String uai = uai(form);
        String name = Validation.required(form.name(), "name", 200);
        String address = Validation.optional(form.address(), "address", 500);
        String email = Validation.email(form.contactEmail(), "contactEmail", false);
        String timeZone = timeZone(form);
        return jpa.txExpr(TransactionType.Required, em -> {
            requireFreeUai(em, uai, -1);
            EstablishmentEntity created = new EstablishmentEntity(uai, name, address, email);
            if (timeZone != null) {
                created.changeTimeZone(timeZone);
            }
            em.persist(created);
            em.flush();
            Audit.record(em, created.id(), caller.login(), Audit.ESTABLISHMENT_CREATED, "establishment " + created.id(), uai + " " + name,
                    Audit.text(Audit.ESTABLISHMENT_CREATED, uai, name));
            return Views.establishment(created);
        });
    }

    public Establishment updateEstablishment(Caller caller, long id, EstablishmentForm form) {
        AccessRules.requireManagerOf(caller, id);
        Establishments.requireExisting(jpa, caller, id);
        String uai = uai(form);
        String name = Validation.required(form.name(), "name", 200);
        String address = Validation.optional(form.address(), "address", 500);
        String email = Validation.email(form.contactEmail(), "contactEmail", false);
        Integer version = Validation.version(form.version(), "version");
        String timeZone = timeZone(form);
        return ConflictTranslatingJpaTemplate.withCurrent(() -> jpa.txExpr(TransactionType.Required, em -> {
            EstablishmentEntity entity = establishmentEntity(em, id);
            if (entity.version() != version) {
                throw DomainException.staleVersion(Views.establishment(entity));
            }
            em.lock(entity, javax.persistence.LockModeType.OPTIMISTIC); // a save that changes nothing is checked at commit too
            if (!uai.equals(entity.uai()) && !caller.isPlatformAdmin()) {
                throw DomainException.forbidden("platform-admin-only");
            }
            requireFreeUai(em, uai, id);
            entity.update(uai, name, address, email);
            if (timeZone != null) {
                entity.changeTimeZone(timeZone);
            }
            em.flush();
            return Views.establishment(entity);
        }), () -> jpa.txExpr(TransactionType.Supports, em -> Views.establishment(establishmentEntity(em, id))));
    }

    static final int MAX_IMAGE_BYTES = 1024 * 1024;

    public void storeImage(Caller caller, long establishmentId, String kind, byte[] bytes) {
        AccessRules.requireManagerOf(caller, establishmentId);
        Establishments.requireExisting(jpa, caller, establishmentId);
        String which = imageKind(kind);
        if (bytes == null || bytes.length == 0) {
            throw DomainException.invalid("required", "file");
        }
        if (bytes.length > MAX_IMAGE_BYTES) {
            throw DomainException.tooLarge("file-too-large", "file", 1);
        }
        // Decoded in full and re-encoded, outside the transaction: never judged by its first bytes nor what the browser claims.
        byte[] png = Images.reencoded(bytes);
        jpa.tx(TransactionType.Required, em -> establishmentEntity(em, establishmentId).image(which, png, Images.STORED_TYPE));
    }

    public java.util.Optional<Image> image(Caller caller, long establishmentId, String kind) {
        AccessRules.requireEstablishment(caller, establishmentId, "establishment-not-found", establishmentId);
        String which = imageKind(kind);
        return jpa.txExpr(TransactionType.Supports, em -> {
            EstablishmentEntity e = establishmentEntity(em, establishmentId);
            byte[] bytes = e.imageBytes(which);
            return bytes == null ? java.util.Optional.<Image>empty() : java.util.Optional.of(new Image(bytes, e.imageType(which)));
        });
    }

    private static String imageKind(String kind) {
        if (!"logo".equals(kind) && !"stamp".equals(kind)) {
            throw DomainException.notFound("image-not-found", kind);
        }
        return kind;
    }

    /** The form's time zone if given: one of TimeZones.SELECTABLE, else 400 invalid-time-zone; null when not given. */
    private static String timeZone(EstablishmentForm form) {
        String zone = Validation.optional(form.timeZone(), "timeZone", 40);
        if (zone != null && !org.passerelle.core.organisation.TimeZones.SELECTABLE.contains(zone)) {
            throw DomainException.invalid("invalid-time-zone", "timeZone", zone);
        }
        return zone;
    }

    private static String uai(EstablishmentForm form) {
        String uai = Validation.required(form.uai(), "uai", 8).toUpperCase(java.util.Locale.ROOT);
        return Validation.matching(uai, Validation.UAI, "uai", "invalid-uai");
    }

    private static void requireFreeUai(EntityManager em, String uai, long exceptId) {
        boolean taken = !em.createQuery("SELECT e.id FROM EstablishmentEntity e WHERE e.uai = :u AND e.id <> :id")
                .setParameter("u", uai).setParameter("id", exceptId).getResultList().isEmpty();
        if (taken) {
            throw DomainException.conflict("uai-taken", "uai", uai);
        }
    }
}
