package org.passerelle.core.security;

/** The roles of DOMAIN.md, "People and roles". */
public enum Role {
    ADMIN, DDFPT, TEACHER, LEARNER, MASTER, TUTOR;

    /** Staff of an establishment: they see its whole organisation. */
    public boolean isStaff() {
        return this == ADMIN || this == DDFPT || this == TEACHER;
    }
}
