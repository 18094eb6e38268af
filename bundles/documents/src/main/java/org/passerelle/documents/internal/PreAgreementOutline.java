package org.passerelle.documents.internal;

import java.util.ArrayList;
import java.util.List;
import org.passerelle.core.periods.LiaisonPlace;
import org.passerelle.core.periods.PlacementDocument;
import org.passerelle.documents.internal.Outline.Entry;
import org.passerelle.documents.internal.Outline.Heading;
import org.passerelle.documents.internal.Outline.Item;
import org.passerelle.documents.internal.Outline.Items;
import org.passerelle.documents.internal.Outline.Note;
import org.passerelle.documents.internal.Outline.Signatures;
import org.passerelle.documents.internal.Outline.Table;
import org.passerelle.documents.internal.Outline.Text;
import org.passerelle.documents.internal.Outline.Title;

/**
 * The pre-agreement (guide 001: « exporter pour impression un document pré-convention au format DOCX ») with the same
 * content, in the same order, as the PDF of {@link PlacementPrint}: the establishment, the pupil, the company from the
 * liaison sheet (dotted lines where the company has to complete), the daily hours to fill, the period's terms, the
 * objectives and planned activities, and the four signature boxes. The logo and stamp are left out: the editable
 * document is completed and signed on paper.
 */
final class PreAgreementOutline {

    private final DocumentLayout layout = new DocumentLayout();

    Outline outline(PlacementDocument p) {
        Outline out = new Outline(label("pre.title"));
        PlacementDocument.School school = p.school();
        out.add(new Text(school.name() + "\n" + label("doc.uai") + " " + school.uai() + (school.address() == null ? "" : "\n" + school.address())));
        out.add(new Title(label("pre.title")));
        out.add(new Note(label("pre.intro")));
        out.add(new Entry(label("doc.learner"), p.learner().name() + ", " + label("doc.born") + " " + DocumentLayout.date(p.learner().birthDate())));
        out.add(new Entry(label("doc.class"), p.learner().classCode() == null ? "" : p.learner().classCode()));
        out.add(new Entry(label("doc.referentTeacher"), layout.orBlank(p.learner().referentTeacher())));
        out.add(new Entry(label("doc.period"), p.periodName() + " (" + label("kind." + p.kind().name()) + "), " + label("doc.from") + " "
                + DocumentLayout.date(p.startDate()) + " " + label("doc.to") + " " + DocumentLayout.date(p.endDate())));
        out.add(new Entry(label("doc.referential"), p.referential()));
        company(out, p);
        out.add(new Heading(1, label("pre.hours")));
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(label("pre.day"), label("pre.morning"), label("pre.afternoon")));
        for (String day : label("pre.days").split(",")) {
            rows.add(List.of(day, "....h.... à ....h....", "....h.... à ....h...."));
        }
        out.add(new Table(rows));
        textOrLines(out, label("pre.consultation"), p.terms().consultation());
        out.add(new Heading(1, label("pre.objectives")));
        if (p.objectives().isEmpty()) {
            out.add(new Note(label("pre.noObjectives")));
        } else {
            out.add(new Items(null, p.objectives().stream().map(o -> new Item(0, o)).toList()));
        }
        out.add(new Heading(1, label("pre.tasks")));
        if (p.tasks().isEmpty()) {
            out.add(new Note(label("pre.noTasks")));
        } else {
            out.add(new Items(null, p.tasks().stream().map(t -> new Item(0, t.code() + "  " + t.title())).toList()));
        }
        textOrLines(out, label("pre.derogation"), p.terms().derogationWork());
        textOrLines(out, label("pre.assessment"), p.terms().assessment());
        out.add(new Heading(1, label("doc.signatures")));
        String referent = p.learner().referentTeacher() == null ? label("pre.signReferent")
                : label("pre.signReferent") + " : " + p.learner().referentTeacher();
        out.add(new Signatures(List.of(label("pre.signCompany"), label("pre.signSchool"), referent, label("pre.signLearner"))));
        return out;
    }

    private void company(Outline out, PlacementDocument p) {
        LiaisonPlace place = p.place();
        out.add(new Heading(1, label("doc.company")));
        String[][] rows = {
            {"doc.companyName", place.companyName()}, {"doc.sector", place.sector()}, {"doc.service", place.service()},
            {"doc.address", place.address()}, {"doc.phone", place.phone()}, {"doc.representative", p.attendance().representativeName()},
            {"doc.tutor", place.tutorName()}, {"doc.tutorFunction", place.tutorFunction()}, {"doc.tutorPhone", place.tutorPhone()},
            {"doc.tutorEmail", place.tutorEmail()},
        };
        for (String[] row : rows) {
            out.add(new Entry(label(row[0]), layout.orBlank(row[1])));
        }
    }

    /** The period's text, or « À compléter : » and three dotted lines. */
    private void textOrLines(Outline out, String heading, String text) {
        out.add(new Heading(1, heading));
        if (text == null || text.isBlank()) {
            out.add(new Note(label("doc.toCompleteByHand")));
            String line = DocumentLayout.BLANK + DocumentLayout.BLANK;
            out.add(new Text(line + "\n" + line + "\n" + line));
        } else {
            out.add(new Text(text));
        }
    }

    private String label(String key) {
        return layout.label(key);
    }
}
