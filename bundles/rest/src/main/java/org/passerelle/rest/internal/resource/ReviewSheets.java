package org.passerelle.rest.internal.resource;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.passerelle.core.evaluation.CompetencyReview;
import org.passerelle.core.evaluation.ProposedMark;
import org.passerelle.documents.ReviewSheet;

/** A competency review as printed: its French words (levels, objectives, the mark's formula) from the API's bundle. */
final class ReviewSheets {

    private ReviewSheets() {
    }

    static ReviewSheet of(CompetencyReview review, String radarSvg) {
        List<ReviewSheet.Row> rows = new ArrayList<>();
        for (CompetencyReview.Level level : review.levels()) {
            List<String> previous = level.previous().stream().map(p -> FrenchText.date(p.date()) + " : " + p.level().symbol()).toList();
            rows.add(new ReviewSheet.Row(level.competency(), level.title(), level.level() == null ? "" : text("review.level." + level.level().name()),
                    level.objective() == null ? "" : text("review.objective." + level.objective().name()), previous));
        }
        String status = review.finalised() ? text("review.finalised", review.finalisedAt() == null ? "" : FrenchText.date(review.finalisedAt()
                .atZone(ZoneId.of("Europe/Paris"))), review.finalisedBy() == null ? "" : review.finalisedBy()) : text("review.draft");
        String mark = null;
        String kept = null;
        if (review.kind() == CompetencyReview.Kind.INTERMEDIATE) {
            mark = markText(review);
            kept = review.keptMark() == null ? null : text("review.keptMark", number(review.keptMark()));
        }
        return new ReviewSheet(null, review.learnerName(), null, text("review.kind." + review.kind().name()), review.date(), status,
                review.referentialCode() + " " + review.referentialVersion(), rows, review.findings(), review.advice(), mark, kept, radarSvg);
    }

    /**
     * The proposed mark and what it rests on, one line each: « Note proposée : 20/20, sur 1 compétence évaluée (de 13) »,
     * the NE and not-given counts apart (and a warning while some have no level), the formula, then each term.
     */
    static String markText(CompetencyReview review) {
        int all = review.levels().size();
        StringBuilder mark = new StringBuilder(review.proposedMark() == null ? text("review.noMark", all)
                : text("review.proposedMark", number(review.proposedMark()), review.assessedCount(), all));
        mark.append('\n').append(text("review.markBasis", review.notAssessableCount(), review.notGivenCount()));
        if (review.notGivenCount() > 0) {
            mark.append('\n').append(text("review.notGivenWarning", review.notGivenCount()));
        }
        if (review.proposedMark() != null) {
            mark.append('\n').append(text("review.markFormula"));
        }
        for (ProposedMark.Term term : review.markTerms()) {
            mark.append('\n').append(term.counted() ? text("review.term", term.competency(), number(term.weight()), fraction(term.share()))
                    : term.level() == null ? text("review.termNotGiven", term.competency()) : text("review.termNotCounted", term.competency()));
        }
        return mark.toString();
    }

    static String fileName(CompetencyReview review) {
        return DocumentFiles.name("review", text("review.kind." + review.kind().name()), review.learnerName(), FrenchText.date(review.date()).replace('/', '-'));
    }

    private static String text(String key, Object... args) {
        return FrenchText.text(key, args);
    }

    static String number(BigDecimal value) {
        return FrenchText.number(value);
    }

    /** A share as the mapping reads: 2/3 and 1/3 as fractions, others as numbers. */
    static String fraction(BigDecimal share) {
        if (share == null) {
            return "";
        }
        for (int d = 2; d <= 6; d++) {
            BigDecimal times = share.multiply(BigDecimal.valueOf(d), MathContext.DECIMAL64);
            BigDecimal rounded = times.setScale(0, java.math.RoundingMode.HALF_UP);
            if (times.subtract(rounded).abs().compareTo(new BigDecimal("1e-9")) < 0 && share.stripTrailingZeros().scale() > 2) {
                return rounded.toPlainString() + "/" + d;
            }
        }
        return number(share);
    }
}
