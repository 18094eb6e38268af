package org.passerelle.core.referential;

/**
 * Where a referential version stands. ACTIVE: its bundle runs, usable for new work. UNAVAILABLE: its bundle is
 * installed but stopped. RETIRED: its bundle is gone; kept and readable forever. REFUSED: a bundle whose
 * descriptor could not be accepted.
 */
public enum ReferentialStatus { ACTIVE, UNAVAILABLE, RETIRED, REFUSED }
