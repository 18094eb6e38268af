package org.passerelle.core.periods;

/** PERIOD_1 « Période 1 » (attitudes review only), PERIOD_2 « Période 2 » and OTHER « Autre » (company review too). */
public enum PeriodKind { PERIOD_1, PERIOD_2, OTHER }
