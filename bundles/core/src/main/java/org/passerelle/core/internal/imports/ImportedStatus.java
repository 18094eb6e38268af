package org.passerelle.core.internal.imports;

/** The status of an imported learner: a pupil (élève, school status) or an apprentice (apprenti). */
public enum ImportedStatus {
    PUPIL,
    APPRENTICE
}
