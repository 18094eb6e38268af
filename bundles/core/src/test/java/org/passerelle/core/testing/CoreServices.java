package org.passerelle.core.testing;

import org.passerelle.core.internal.organisation.JpaOrganisationService;
import org.passerelle.core.internal.periods.JpaPeriodService;
import org.passerelle.core.internal.referential.DefaultReferentialRegistry;
import org.passerelle.core.internal.referential.RegistryDriver;
import org.passerelle.core.internal.security.JpaAuthenticationService;
import org.passerelle.core.internal.security.JpaTrainerLinks;
import org.passerelle.core.internal.security.PasswordHasher;

/**
 * The core's services wired as {@code OSGI-INF/blueprint/core.xml} wires them, on a {@link TestDatabase}, with a
 * {@link MutableClock}, a {@link FakeMailSender} and a registry where the shipped referentials asked for are active.
 */
public final class CoreServices {

    public final TestDatabase db;
    public final MutableClock clock = new MutableClock();
    public final FakeMailSender mail = new FakeMailSender();
    public final PasswordHasher hasher = new PasswordHasher();
    public final DefaultReferentialRegistry referentials;
    public final JpaAuthenticationService authentication;
    public final JpaOrganisationService organisation;
    public final org.passerelle.core.internal.mail.MailQueue mailQueue;
    public final JpaTrainerLinks trainerLinks;
    public final JpaPeriodService periods;
    public final org.passerelle.core.internal.followup.JpaFollowUpService followUp;
    public final org.passerelle.core.internal.evaluation.JpaEvaluationService evaluation;
    public final org.passerelle.core.internal.evaluation.JpaReviewService reviews;
    public final Fixtures fixtures;

    /** @param activeReferentials codes of shipped referentials provided by a started bundle (e.g. "MELEC") */
    public CoreServices(TestDatabase db, String... activeReferentials) {
        this.db = db;
        // As core.xml wires them: what the database refuses at flush or commit becomes the domain's conflicts.
        var jpa = new org.passerelle.core.internal.common.ConflictTranslatingJpaTemplate(db.jpa());
        this.referentials = RegistryDriver.withActive(jpa, activeReferentials);
        this.authentication = new JpaAuthenticationService(jpa, hasher, clock);
        this.organisation = new JpaOrganisationService(jpa, hasher, referentials);
        // The queue's thread is not started: deliverMail() sends what is due, on the test's thread.
        this.mailQueue = new org.passerelle.core.internal.mail.MailQueue(new org.passerelle.core.internal.mail.JpaOutboxStore(db.jpa()), mail,
                org.passerelle.core.internal.mail.QueueSettings.defaults());
        this.trainerLinks = new JpaTrainerLinks(jpa, mailQueue);
        this.periods = new JpaPeriodService(jpa, referentials, trainerLinks, clock);
        this.followUp = new org.passerelle.core.internal.followup.JpaFollowUpService(jpa, referentials, clock);
        this.evaluation = new org.passerelle.core.internal.evaluation.JpaEvaluationService(jpa, referentials, clock);
        this.reviews = new org.passerelle.core.internal.evaluation.JpaReviewService(jpa, referentials, clock);
        this.fixtures = new Fixtures(db.jpa());
    }

    /** Delivers the e-mails queued so far (trainer links), as the queue's thread does after each commit. */
    public int deliverMail() {
        return mailQueue.deliverDue();
    }
}
