package org.passerelle.core.periods;

/**
 * What the teaching team writes once for every pre-agreement of a period (guide 000, « Imprimer une pré-convention »,
 * items 2, 5 and 6): the consultation arrangements between the referent teacher(s) and the tutor to follow the period,
 * the work, equipment or products subject to the derogation procedure for work forbidden to minors, and the assessment
 * arrangements in reference to the diploma's examination rules. Each may be empty: the document then leaves lines to
 * complete by hand. version is the period's (optimistic locking).
 */
public record PreAgreementTerms(String consultation, String derogationWork, String assessment, Integer version) {
}
