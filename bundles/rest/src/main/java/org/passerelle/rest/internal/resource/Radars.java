package org.passerelle.rest.internal.resource;

import java.time.LocalDate;
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
 * one, on RadarCharts' scale (--- 1, - 2, + 3, ++ 4; NE: null, a gap in the line tagged « NE »). A competency with no
 * level in a review (a draft filled in part) is not NE: it is in the series' {@code notGiven}, drawn as a gap with a
 * hollow marker and named « non renseigné » in the legend (radar.notGiven), so that the page and the PDF, which share
 * this SVG, never show it as « NE ».
 */
final class Radars {

    private Radars() {
    }

    static String svg(RadarCharts charts, CompetencyReview review) {
        List<String> axes = review.levels().stream().map(CompetencyReview.Level::competency).toList();
        List<RadarSeries> series = new ArrayList<>();
        Optional<CompetencyReview.Previous> last = review.levels().stream().flatMap(l -> l.previous().stream()).filter(p -> p.kind() == review.kind())
                .max(Comparator.comparing(CompetencyReview.Previous::date).thenComparingLong(CompetencyReview.Previous::reviewId));
        if (last.isPresent()) {
            long id = last.get().reviewId();
            series.add(series(name(last.get().date()), review.levels().stream().map(l -> l.previous().stream()
                    .filter(p -> p.reviewId() == id).findFirst().map(CompetencyReview.Previous::level).orElse(null)).toList()));
        }
        series.add(series(name(review.date()), review.levels().stream().map(CompetencyReview.Level::level).toList()));
        return charts.radarSvg(axes, series, FrenchText.text("radar.title", review.learnerName()),
                FrenchText.text("radar.notGiven"));
    }

    /** A review's levels (null: not given) as a series: NE and not given told apart. */
    static RadarSeries series(String name, List<ReviewLevel> levels) {
        java.util.Set<Integer> notGiven = new java.util.TreeSet<>();
        List<Integer> values = new ArrayList<>();
        for (int i = 0; i < levels.size(); i++) {
            values.add(value(levels.get(i)));
            if (levels.get(i) == null) {
                notGiven.add(i);
            }
        }
        return new RadarSeries(name, values, notGiven);
    }

    private static String name(LocalDate date) {
        return FrenchText.text("radar.series", FrenchText.date(date));
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
