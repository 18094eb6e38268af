package org.passerelle.core.organisation;

/** The year of a class level within its diploma. */
public enum SchoolYear { SECONDE, PREMIERE, TERMINALE, CAP1, CAP2, BTS1, BTS2 }
