package org.passerelle.core.followup;

/**
 * How a reader other than the learner sees an activity sheet (guide 001): {@code NEW} (green) when created or changed
 * since that reader last opened it, {@code READ} (black), {@code DELETED} (red) when the learner deleted it; staff can
 * still open a deleted sheet.
 */
public enum ReadState { NEW, READ, DELETED }
