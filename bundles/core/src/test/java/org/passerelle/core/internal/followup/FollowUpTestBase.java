package org.passerelle.core.internal.followup;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.function.ThrowingRunnable;
import org.passerelle.core.DomainException;
import org.passerelle.core.DomainException.Category;
import org.passerelle.core.followup.DocumentPage;
import org.passerelle.core.followup.FollowUpDocument;
import org.passerelle.core.followup.ReadState;
import org.passerelle.core.followup.Selection;
import org.passerelle.core.followup.Sheet;
import org.passerelle.core.followup.SheetSummary;
import org.passerelle.core.organisation.LearnerStatus;
import org.passerelle.core.periods.AnnexForm;
import org.passerelle.core.periods.LiaisonPlace;
import org.passerelle.core.periods.PeriodInformation;
import org.passerelle.core.periods.PeriodKind;
import org.passerelle.core.periods.Placement;
import org.passerelle.core.security.Caller;
import org.passerelle.core.security.Role;
import org.passerelle.core.testing.CoreServices;
import org.passerelle.core.testing.Fixtures.Pupil;
import org.passerelle.core.testing.TestDatabase;
import org.passerelle.referential.model.LayoutKind;

/**
 * What the follow-up tests share (issue 11), on H2 with the shipped MSPC and MELEC layouts: a teacher, a master, placements
 * of new learners with a filled liaison sheet. The follow-up in company as its users meet it (issue 11), on H2 with the shipped MSPC and MELEC layouts: a pupil's
 * maintenance portfolio prefilled from the liaison sheet, each page checked against its layout and saved with its
 * version; activity sheets with each reader's read state; an apprentice's logbook and weekly sheets; who may do what.
 */
public abstract class FollowUpTestBase {

    @ClassRule
    public static final TestDatabase DB = new TestDatabase();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PeriodInformation PERIOD = new PeriodInformation("PFMP 2", PeriodKind.PERIOD_2, "2027-05-03", "2027-05-21");

    protected CoreServices core;
    protected JpaFollowUpService followUp;
    protected long establishment;
    protected Caller teacher;
    protected Caller master;

    @Before
    public void setUp() {
        core = new CoreServices(DB, "MSPC", "MELEC");
        followUp = core.followUp;
        establishment = core.fixtures.establishment();
        teacher = core.fixtures.person(Role.TEACHER, establishment);
        master = core.fixtures.person(Role.MASTER, establishment);
    }

    protected static DomainException refused(Category category, String kind, ThrowingRunnable action) {
        DomainException e = assertThrows(DomainException.class, action);
        assertEquals(e.kind() + " " + e.field(), kind, e.kind());
        assertEquals(category, e.category());
        return e;
    }

    protected static JsonNode json(String text) {
        try {
            return JSON.readTree(text.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A placement of a new learner of this referential in a new period, with a filled liaison sheet. */
    protected Placement placement(String referential, Pupil learner) {
        return placement(referential, learner, PERIOD);
    }

    /** The same in a period of these dates and kind. */
    protected Placement placement(String referential, Pupil learner, PeriodInformation information) {
        var annex = core.periods.createAnnex(teacher, establishment, new AnnexForm(core.fixtures.classLevel(establishment, referential),
                "Annexe " + referential, List.of("Découvrir la maintenance"), List.of(), null));
        var period = core.periods.createPeriod(teacher, annex.id(), information, List.of(learner.learnerId()));
        Placement placement = core.periods.placements(teacher, period.id()).get(0);
        return core.periods.updatePlace(teacher, placement.id(), new LiaisonPlace("Usinage du Rhône", "Maintenance", "Atelier",
                "12 rue des Ateliers, 69007 Lyon", "04 00 00 00 01", "Marc LEFORT", "Technicien", "06 00 00 00 01", "marc@usinage.example"),
                placement.version());
    }

    protected Pupil pupil() {
        return core.fixtures.learner(establishment, null);
    }


    protected Caller tutorOf(long placement) {
        Caller person = core.fixtures.person(Role.TUTOR, establishment);
        return new Caller(person.personId(), person.login(), Role.TUTOR, establishment, "placement:" + placement);
    }
}
