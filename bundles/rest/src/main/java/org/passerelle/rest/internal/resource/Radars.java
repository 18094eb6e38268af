package org.passerelle.rest.internal.resource;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.passerelle.core.evaluation.CompetencyReview;
import org.passerelle.core.evaluation.ReviewLevel;
import org.passerelle.documents.RadarCharts;
import org.passerelle.documents.RadarSeries;

/**
 * The radar chart of a review (issue 12, item 7): the learner's previous finalised review of the same kind, then this
 * one, on RadarCharts' scale (--- 1, - 2, + 3, ++ 4; NE and no level: none).
 */
final class Radars {

    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final java.util.ResourceBundle MESSAGES = java.util.ResourceBundle.getBundle("org.passerelle.rest.internal.messages",
            java.util.Locale.FRENCH, Radars.class.getClassLoader());

    private Radars() {
    }

    static String svg(RadarCharts charts, CompetencyReview review) {
        List<String> axes = review.levels().stream().map(CompetencyReview.Level::competency).toList();
        List<RadarSeries> series = new ArrayList<>();
        Optional<CompetencyReview.Previous> last = review.levels().stream().flatMap(l -> l.previous().stream()).filter(p -> p.kind() == review.kind())
                .max(Comparator.comparing(CompetencyReview.Previous::date).thenComparingLong(CompetencyReview.Previous::reviewId));
        if (last.isPresent()) {
            long id = last.get().reviewId();
            series.add(new RadarSeries(name(last.get().date()), review.levels().stream().map(l -> l.previous().stream()
                    .filter(p -> p.reviewId() == id).findFirst().map(p -> value(p.level())).orElse(null)).toList()));
        }
        series.add(new RadarSeries(name(review.date()), review.levels().stream().map(l -> value(l.level())).toList()));
        return charts.radarSvg(axes, series, java.text.MessageFormat.format(MESSAGES.getString("radar.title"), review.learnerName()));
    }

    private static String name(LocalDate date) {
        return java.text.MessageFormat.format(MESSAGES.getString("radar.series"), FRENCH.format(date));
    }

    static Integer value(ReviewLevel level) {
        if (level == null) {
            return null;
        }
        return switch (level) {
            case ACQUIRED -> 4;
            case PARTLY_ACQUIRED -> 3;
            case BEING_ACQUIRED -> 2;
            case NOT_ACQUIRED -> 1;
            case NOT_EVALUATED -> null;
        };
    }
}
