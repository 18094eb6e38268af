package org.passerelle.core.organisation;

/** A pupil (school status, PFMP) or an apprentice. */
public enum LearnerStatus { PUPIL, APPRENTICE }
