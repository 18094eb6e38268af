package org.passerelle.core.evaluation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.Test;
import org.passerelle.core.evaluation.ProposedMark.Level;

/**
 * The proposed mark /20 on cases computed by hand (DOMAIN.md "Evaluation": ++ = 1, + = 2/3, - = 1/3, --- = 0 of each
 * competency's weight, NE left out, × 20, to the nearest half point).
 */
public class ProposedMarkTest {

    private static ProposedMark mark(Level... levels) {
        return ProposedMark.of(List.of(levels), MarkMapping.DEFAULT);
    }

    private static Level level(String code, Double weight, ReviewLevel level) {
        return new Level(code, weight, level);
    }

    @Test
    public void equalWeights() {
        // ++, +, -, --- : (1 + 2/3 + 1/3 + 0) / 4 × 20 = 10.
        assertEquals(new BigDecimal("10.0"), mark(level("C1", null, ReviewLevel.ACQUIRED), level("C2", null, ReviewLevel.PARTLY_ACQUIRED),
                level("C3", null, ReviewLevel.BEING_ACQUIRED), level("C4", null, ReviewLevel.NOT_ACQUIRED)).mark());
        // ++, ++, + : (2 + 2/3) / 3 × 20 = 17.777… → 18.
        ProposedMark m = mark(level("C1", null, ReviewLevel.ACQUIRED), level("C2", null, ReviewLevel.ACQUIRED), level("C3", null, ReviewLevel.PARTLY_ACQUIRED));
        assertEquals(new BigDecimal("18.0"), m.mark());
        assertEquals(new BigDecimal("17.777777778"), m.exact());
        // + alone: 13.333… → 13.5; - alone: 6.666… → 6.5.
        assertEquals(new BigDecimal("13.5"), mark(level("C1", null, ReviewLevel.PARTLY_ACQUIRED)).mark());
        assertEquals(new BigDecimal("6.5"), mark(level("C1", null, ReviewLevel.BEING_ACQUIRED)).mark());
    }

    @Test
    public void theReferentialsWeightsAndNeLeftOut() {
        // C1 weight 3 at ++, C2 weight 1 at ---, C3 NE: 20 × 3 / 4 = 15; C3 is listed, not counted.
        ProposedMark m = mark(level("C1", 3.0, ReviewLevel.ACQUIRED), level("C2", 1.0, ReviewLevel.NOT_ACQUIRED), level("C3", 2.0, ReviewLevel.NOT_EVALUATED));
        assertEquals(new BigDecimal("15.0"), m.mark());
        assertEquals(3, m.terms().size());
        assertFalse(m.terms().get(2).counted());
        // Weights 2 (+) and 1 (-): 20 × (4/3 + 1/3) / 3 = 11.111… → 11.
        assertEquals(new BigDecimal("11.0"), mark(level("C1", 2.0, ReviewLevel.PARTLY_ACQUIRED), level("C2", 1.0, ReviewLevel.BEING_ACQUIRED)).mark());
    }

    @Test
    public void anExactQuarterGoesUpDespiteThirds() {
        // Eight competencies: three ++, one +, one -, three ---: (3 + 2/3 + 1/3) / 8 × 20 = 10 exactly.
        assertEquals(new BigDecimal("10.0"), mark(level("A", null, ReviewLevel.ACQUIRED), level("B", null, ReviewLevel.ACQUIRED),
                level("C", null, ReviewLevel.ACQUIRED), level("D", null, ReviewLevel.PARTLY_ACQUIRED), level("E", null, ReviewLevel.BEING_ACQUIRED),
                level("F", null, ReviewLevel.NOT_ACQUIRED), level("G", null, ReviewLevel.NOT_ACQUIRED), level("H", null, ReviewLevel.NOT_ACQUIRED)).mark());
        // Weights 1 and 7 at ++ and ---... 20 × 1/8 = 2.5; weights 13 at ++ and 3 at ---: 20 × 13/16 = 16.25 → 16.5.
        assertEquals(new BigDecimal("2.5"), mark(level("A", 1.0, ReviewLevel.ACQUIRED), level("B", 7.0, ReviewLevel.NOT_ACQUIRED)).mark());
        assertEquals(new BigDecimal("16.5"), mark(level("A", 13.0, ReviewLevel.ACQUIRED), level("B", 3.0, ReviewLevel.NOT_ACQUIRED)).mark());
        // Thirds landing on a quarter: weights 3 (+) and 5 (---): 20 × 2 / 8 = 5 exactly; weights 3 (-), 13 (---): 20 × 1/16 = 1.25 → 1.5.
        assertEquals(new BigDecimal("5.0"), mark(level("A", 3.0, ReviewLevel.PARTLY_ACQUIRED), level("B", 5.0, ReviewLevel.NOT_ACQUIRED)).mark());
        assertEquals(new BigDecimal("1.5"), mark(level("A", 3.0, ReviewLevel.BEING_ACQUIRED), level("B", 13.0, ReviewLevel.NOT_ACQUIRED)).mark());
    }

    @Test
    public void allNeProposesNoMark() {
        ProposedMark m = mark(level("C1", null, ReviewLevel.NOT_EVALUATED), level("C2", null, ReviewLevel.NOT_EVALUATED));
        assertNull(m.mark());
        assertNull(m.exact());
        assertEquals(0, m.assessedCount());
        assertEquals(2, m.notAssessableCount());
        assertEquals(0, m.notGivenCount());
        assertNull(mark().mark());
    }

    @Test
    public void oneCompetencyGivenOfThirteenSaysSo() {
        // C1 at + alone, C2 and C3 NE, C4…C13 not given: 20 × 2/3 = 13.333… → 13.5, resting on 1 competency of 13.
        List<Level> levels = new java.util.ArrayList<>(List.of(level("C1", null, ReviewLevel.PARTLY_ACQUIRED),
                level("C2", null, ReviewLevel.NOT_EVALUATED), level("C3", null, ReviewLevel.NOT_EVALUATED)));
        for (int i = 4; i <= 13; i++) {
            levels.add(level("C" + i, null, null));
        }
        ProposedMark m = ProposedMark.of(levels, MarkMapping.DEFAULT);
        assertEquals(new BigDecimal("13.5"), m.mark());
        assertEquals(1, m.assessedCount());
        assertEquals(2, m.notAssessableCount());
        assertEquals(10, m.notGivenCount());
        assertEquals(13, m.competencyCount());
        // A not-given term is listed, with no level and no share, and not counted.
        assertNull(m.terms().get(3).level());
        assertNull(m.terms().get(3).share());
        assertFalse(m.terms().get(3).counted());
    }

    @Test
    public void notGivenIsLeftOutLikeNeButCountedApart() {
        // C1 weight 2 at ++, C2 weight 1 at ---, C3 (weight 5) not given, C4 NE: 20 × 2 / 3 = 13.333… → 13.5.
        ProposedMark m = mark(level("C1", 2.0, ReviewLevel.ACQUIRED), level("C2", 1.0, ReviewLevel.NOT_ACQUIRED), level("C3", 5.0, null),
                level("C4", null, ReviewLevel.NOT_EVALUATED));
        assertEquals(new BigDecimal("13.5"), m.mark());
        assertEquals(new BigDecimal("13.333333333"), m.exact());
        assertEquals(2, m.assessedCount());
        assertEquals(1, m.notAssessableCount());
        assertEquals(1, m.notGivenCount());
        // Nothing given at all: no mark, every competency counted as not given, none as NE.
        ProposedMark none = mark(level("C1", null, null), level("C2", null, null));
        assertNull(none.mark());
        assertEquals(0, none.assessedCount());
        assertEquals(0, none.notAssessableCount());
        assertEquals(2, none.notGivenCount());
    }

    @Test
    public void anEstablishmentsOwnMapping() {
        MarkMapping strict = new MarkMapping(BigDecimal.ONE, new BigDecimal("0.5"), new BigDecimal("0.25"), BigDecimal.ZERO);
        // (1 + 0.5) / 2 × 20 = 15; (0.5 + 0.25) / 2 × 20 = 7.5.
        assertEquals(new BigDecimal("15.0"), ProposedMark.of(List.of(level("A", null, ReviewLevel.ACQUIRED), level("B", null, ReviewLevel.PARTLY_ACQUIRED)), strict).mark());
        assertEquals(new BigDecimal("7.5"), ProposedMark.of(List.of(level("A", null, ReviewLevel.PARTLY_ACQUIRED), level("B", null, ReviewLevel.BEING_ACQUIRED)), strict).mark());
        assertThrows(IllegalArgumentException.class, () -> new MarkMapping(BigDecimal.ONE, new BigDecimal("1.5"), BigDecimal.ZERO, BigDecimal.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new MarkMapping(new BigDecimal("0.5"), BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ZERO));
    }
}
