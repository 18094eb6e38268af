package org.passerelle.documents;

/** The printed documents of assessment (issue 12). */
public interface AssessmentDocuments {

    /**
     * The company review's grid as an A4 PDF in French: header (learner, class, period and dates, company, tutor), the
     * tasks to tick, per competency its rows with the six levels of the success scale as boxes (their colour and mark in
     * the heading, never colour alone), engagement on 4 stars, the meeting date, a comment and the signatures.
     */
    byte[] meetingGrid(MeetingGrid grid);

    /**
     * A competency review as an A4 PDF in French: header, per competency its level, objective and earlier levels,
     * findings, advice, the marks with the formula, and the radar chart (SVG, drawn by FOP's Batik).
     */
    byte[] reviewPdf(ReviewSheet review);

    /**
     * The synthesis of periods in company (synthèse des formations en entreprise) of one learner or of a whole class level,
     * as an A4 landscape-free PDF: per learner a table of their periods (dates, weeks, company, tutor, the company
     * review's meeting, stars and levels given, the attitudes' levels), and their total of weeks.
     *
     * @param title « Synthèse des formations en entreprise — Chloé GIRARD » or « … — Première MELEC »
     */
    byte[] synthesisPdf(String title, java.util.List<org.passerelle.core.evaluation.PfmpSynthesis> learners);
}
