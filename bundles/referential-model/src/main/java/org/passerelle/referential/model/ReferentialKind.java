package org.passerelle.referential.model;

/** A referential describes one diploma, or a family of trades whose common year leads to several. */
public enum ReferentialKind { DIPLOMA, FAMILY }
