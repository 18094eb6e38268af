package org.passerelle.documents.internal;

import java.util.List;
import org.passerelle.core.periods.LiaisonPlace;
import org.passerelle.core.periods.PlacementDocument;

/**
 * The pre-agreement (pré-convention) as XSL-FO, one page sequence per pupil, in the order of guide 000 (« Imprimer une
 * pré-convention »): daily hours, consultation arrangements, objectives, planned activities, work subject to the
 * minors' derogation procedure, assessment arrangements; then the signatures, kept with that content.
 */
final class PlacementPrint {

    private final DocumentLayout layout = new DocumentLayout();

    /** One pre-agreement per placement; a period without pupils gets one page that says so (FOP needs a page). */
    String preAgreements(List<PlacementDocument> placements) {
        FoWriter fo = layout.start();
        if (placements.isEmpty()) {
            layout.page(fo, label("pre.title"), null);
            fo.block(label("pre.noLearners"), "font-style", "italic", "space-before", "6mm");
            layout.endPage(fo);
        }
        for (PlacementDocument p : placements) {
            layout.page(fo, label("pre.title"), p);
            fo.block(label("pre.intro"), "font-size", "8.5pt", "color", "#444444", "space-after", "3mm");
            identity(fo, p);
            company(fo, p);
            hours(fo);
            layout.heading(fo, label("pre.consultation"));
            layout.textOrLines(fo, p.terms().consultation(), 3);
            layout.heading(fo, label("pre.objectives"));
            if (p.objectives().isEmpty()) {
                fo.block(label("pre.noObjectives"), "font-style", "italic");
            }
            p.objectives().forEach(o -> fo.block("• " + o, "start-indent", "3mm", "space-after", "0.8mm"));
            layout.heading(fo, label("pre.tasks"));
            if (p.tasks().isEmpty()) {
                fo.block(label("pre.noTasks"), "font-style", "italic");
            }
            for (PlacementDocument.Task t : p.tasks()) {
                fo.open("block", "start-indent", "3mm", "space-after", "0.8mm").inline(t.code() + "  ", "font-weight", "bold").text(t.title()).close();
            }
            layout.heading(fo, label("pre.derogation"));
            layout.textOrLines(fo, p.terms().derogationWork(), 3);
            layout.heading(fo, label("pre.assessment"));
            layout.textOrLines(fo, p.terms().assessment(), 3);
            String referent = p.learner().referentTeacher() == null ? label("pre.signReferent")
                    : label("pre.signReferent") + " : " + p.learner().referentTeacher();
            layout.signatures(fo, List.of(label("pre.signCompany"), label("pre.signSchool"), referent, label("pre.signLearner")), 1,
                    p.school().stamp());
            layout.endPage(fo);
        }
        return layout.finish(fo);
    }

    private void identity(FoWriter fo, PlacementDocument p) {
        layout.table(fo, new String[][] {
            {label("doc.learner"), p.learner().name() + ", " + label("doc.born") + " " + DocumentLayout.date(p.learner().birthDate())},
            {label("doc.class"), p.learner().classCode() == null ? "" : p.learner().classCode()},
            {label("doc.referentTeacher"), layout.orBlank(p.learner().referentTeacher())},
            {label("doc.period"), period(p)},
            {label("doc.referential"), p.referential()},
        });
    }

    private void company(FoWriter fo, PlacementDocument p) {
        LiaisonPlace place = p.place();
        layout.heading(fo, label("doc.company"));
        layout.table(fo, new String[][] {
            {label("doc.companyName"), layout.orBlank(place.companyName())},
            {label("doc.sector"), layout.orBlank(place.sector())},
            {label("doc.service"), layout.orBlank(place.service())},
            {label("doc.address"), layout.orBlank(place.address())},
            {label("doc.phone"), layout.orBlank(place.phone())},
            {label("doc.representative"), layout.orBlank(p.attendance().representativeName())},
            {label("doc.tutor"), layout.orBlank(place.tutorName())},
            {label("doc.tutorFunction"), layout.orBlank(place.tutorFunction())},
            {label("doc.tutorPhone"), layout.orBlank(place.tutorPhone())},
            {label("doc.tutorEmail"), layout.orBlank(place.tutorEmail())},
        });
    }

    private void hours(FoWriter fo) {
        layout.heading(fo, label("pre.hours"));
        String[] days = label("pre.days").split(",");
        String[][] rows = new String[days.length + 1][];
        rows[0] = new String[] {label("pre.day"), label("pre.morning"), label("pre.afternoon")};
        for (int i = 0; i < days.length; i++) {
            rows[i + 1] = new String[] {days[i], "....h.... à ....h....", "....h.... à ....h...."};
        }
        layout.table(fo, rows);
    }

    private String period(PlacementDocument p) {
        return p.periodName() + " (" + label("kind." + p.kind().name()) + "), " + label("doc.from") + " " + DocumentLayout.date(p.startDate()) + " "
                + label("doc.to") + " " + DocumentLayout.date(p.endDate());
    }

    private String label(String key) {
        return layout.label(key);
    }
}
