package org.passerelle.core.internal.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.passerelle.core.DomainException;
import org.passerelle.core.evaluation.MarkMapping;
import org.passerelle.core.evaluation.MarkScale;
import org.passerelle.core.internal.common.AccessRules;
import org.passerelle.core.internal.common.Validation;
import org.passerelle.core.internal.organisation.EstablishmentEntity;
import org.passerelle.core.security.Caller;

/** An establishment's mark mapping (issue 12, item 8): the guides' default until its DDFPT sets another. */
final class MarkMappings {

    private static final String[] DEFAULT = {"1", "2/3", "1/3", "0"};
    private static final String[] FIELDS = {"acquired", "partlyAcquired", "beingAcquired", "notAcquired"};

    private final JpaTemplate jpa;

    MarkMappings(JpaTemplate jpa) {
        this.jpa = jpa;
    }

    MarkScale read(Caller caller, long establishmentId) {
        AccessRules.requireStaffOf(caller, establishmentId);
        return jpa.txExpr(TransactionType.Supports, em -> scale(stored(em, establishmentId)));
    }

    MarkScale save(Caller caller, long establishmentId, MarkScale given) {
        AccessRules.requireManagerOf(caller, establishmentId);
        MarkScale scale = Validation.present(given, "body");
        String[] shares = {scale.acquired(), scale.partlyAcquired(), scale.beingAcquired(), scale.notAcquired()};
        BigDecimal[] values = new BigDecimal[4];
        for (int i = 0; i < 4; i++) {
            shares[i] = Validation.required(shares[i], FIELDS[i], 16);
            values[i] = share(shares[i], FIELDS[i]);
        }
        try {
            new MarkMapping(values[0], values[1], values[2], values[3]);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("mark-mapping-not-decreasing", "partlyAcquired");
        }
        int expected = Validation.version(scale.version(), "version");
        return jpa.txExpr(TransactionType.Required, em -> {
            EstablishmentEntity establishment = em.find(EstablishmentEntity.class, establishmentId);
            em.refresh(establishment, javax.persistence.LockModeType.PESSIMISTIC_WRITE);
            MarkMappingEntity stored = stored(em, establishmentId);
            if ((stored == null ? 0 : stored.version()) != expected) {
                throw DomainException.staleVersion(scale(stored));
            }
            if (stored == null) {
                stored = new MarkMappingEntity(establishment);
                stored.shares(shares[0], shares[1], shares[2], shares[3]);
                em.persist(stored);
            } else {
                stored.shares(shares[0], shares[1], shares[2], shares[3]);
            }
            em.flush();
            return scale(stored);
        });
    }

    /** The mapping the establishment's proposed marks use now. */
    static MarkMapping mapping(EntityManager em, long establishmentId) {
        return parse(text(em, establishmentId));
    }

    /** The mapping now as text, « 1;2/3;1/3;0 »: what a finalised review keeps. */
    static String text(EntityManager em, long establishmentId) {
        MarkMappingEntity stored = stored(em, establishmentId);
        return String.join(";", stored == null ? DEFAULT : stored.shares());
    }

    static MarkMapping parse(String text) {
        String[] s = text.split(";");
        return new MarkMapping(share(s[0], FIELDS[0]), share(s[1], FIELDS[1]), share(s[2], FIELDS[2]), share(s[3], FIELDS[3]));
    }

    private static MarkMappingEntity stored(EntityManager em, long establishmentId) {
        List<MarkMappingEntity> found = em.createQuery("SELECT m FROM MarkMappingEntity m WHERE m.establishment.id = :e", MarkMappingEntity.class)
                .setParameter("e", establishmentId).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    private static MarkScale scale(MarkMappingEntity stored) {
        String[] s = stored == null ? DEFAULT : stored.shares();
        return new MarkScale(s[0], s[1], s[2], s[3], stored != null, stored == null ? 0 : stored.version());
    }

    /** « 2/3 » or « 0,5 » / « 0.5 » as an exact enough share; 400 mark-share-invalid otherwise. */
    static BigDecimal share(String text, String field) {
        try {
            String t = text.trim().replace(',', '.');
            int slash = t.indexOf('/');
            BigDecimal value = slash < 0 ? new BigDecimal(t)
                    : new BigDecimal(t.substring(0, slash).trim()).divide(new BigDecimal(t.substring(slash + 1).trim()), MathContext.DECIMAL128);
            if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
                throw DomainException.invalid("mark-share-invalid", field, text);
            }
            return value;
        } catch (NumberFormatException | ArithmeticException e) {
            throw DomainException.invalid("mark-share-invalid", field, text);
        }
    }
}
