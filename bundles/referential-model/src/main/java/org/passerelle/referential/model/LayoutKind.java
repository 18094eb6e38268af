package org.passerelle.referential.model;

/** What a learner keeps during a period in company. */
public enum LayoutKind { MAINTENANCE_PORTFOLIO, ACTIVITY_SHEETS, APPRENTICE_LOGBOOK }
