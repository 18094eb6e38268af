package org.passerelle.documents.internal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.passerelle.core.periods.AttendanceDetails;
import org.passerelle.core.periods.LiaisonPlace;
import org.passerelle.core.periods.PlacementDocument;

/**
 * The attendance certificate (attestation de présence) as XSL-FO, with the six fields guide 000 lists as to complete
 * (« Imprimer une attestation de présence »): the company representative, the head office's address, the pupil's
 * address, the total hours, the gratification and the place. Each prints as entered, or as a line to complete by hand.
 */
final class AttendancePrint {

    private final DocumentLayout layout = new DocumentLayout();

    String attendanceCertificate(PlacementDocument p) {
        AttendanceDetails a = p.attendance();
        LiaisonPlace place = p.place();
        FoWriter fo = layout.start();
        layout.page(fo, label("att.title"), p);
        layout.heading(fo, label("att.host"));
        layout.table(fo, new String[][] {
            {label("doc.companyName"), layout.orBlank(place.companyName())},
            {label("doc.address"), layout.orBlank(place.address())},
            {label("att.headOffice"), a.headOfficeAddress() == null ? DocumentLayout.BLANK + " (" + label("att.ifDifferent") + ")" : a.headOfficeAddress()},
            {label("att.representedBy"), layout.orBlank(a.representativeName())},
            {label("doc.tutor"), layout.orBlank(place.tutorName())},
        });
        fo.block(label("att.certifies"), "font-weight", "bold", "space-before", "2mm", "space-after", "1mm", "keep-with-next.within-page", "always");
        layout.table(fo, new String[][] {
            {label("att.learner"), p.learner().name()},
            {label("doc.born"), DocumentLayout.date(p.learner().birthDate())},
            {label("att.learnerAddress"), layout.orBlank(a.learnerAddress())},
            {label("doc.class"), p.learner().classCode() == null ? "" : p.learner().classCode()},
            {label("att.school"), p.school().name() + " (" + label("doc.uai") + " " + p.school().uai() + ")"},
            {label("doc.referentTeacher"), layout.orBlank(p.learner().referentTeacher())},
        });
        fo.block(label("att.completed"), "font-weight", "bold", "space-before", "2mm", "space-after", "1mm", "keep-with-next.within-page", "always");
        layout.table(fo, new String[][] {
            {label("doc.period"), p.periodName() + ", " + label("doc.from") + " " + DocumentLayout.date(p.startDate()) + " " + label("doc.to") + " "
                    + DocumentLayout.date(p.endDate())},
            {label("att.totalHours"), a.totalHours() == null ? "........ " + label("att.hours") + " (" + label("doc.toComplete") + ")"
                    : hours(a.totalHours()) + " " + label("att.hours")},
            {label("att.absences"), DocumentLayout.BLANK},
            {label("att.gratification"), layout.orBlank(a.gratification())},
            {label("att.observations"), DocumentLayout.BLANK},
        });
        fo.block(label("att.madeAt") + " " + (a.signedAt() == null ? "........................................" : a.signedAt()) + ", "
                + label("att.on") + " ....................", "space-before", "4mm", "keep-with-next.within-page", "always");
        layout.signatures(fo, List.of(label("att.signCompany"), label("att.signSchool")), 1, p.school().stamp());
        layout.endPage(fo);
        return layout.finish(fo);
    }

    /** 140 → « 140 », 137.5 → « 137,5 ». */
    static String hours(BigDecimal hours) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.FRANCE);
        format.setMaximumFractionDigits(1);
        format.setGroupingUsed(false);
        return format.format(hours);
    }

    private String label(String key) {
        return layout.label(key);
    }
}
