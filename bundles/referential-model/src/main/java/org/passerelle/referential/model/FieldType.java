package org.passerelle.referential.model;

/** Types of the fields of a portfolio page. GROUP, REPEATED and WEEKLY hold nested fields. */
public enum FieldType {
    TEXT, LONG_TEXT, NUMBER, DATE, EMAIL, PHONE, URL, BOOLEAN, CHOICE, MULTI_CHOICE, GEOLOCATION, ORG_CHART,
    FILES, LINKS, COMMENTS, TASKS, COMPETENCIES, ACTIVITY, GROUP, REPEATED, WEEKLY;

    public boolean needsOptions() {
        return this == CHOICE || this == MULTI_CHOICE;
    }

    public boolean needsFields() {
        return this == GROUP || this == REPEATED || this == WEEKLY;
    }
}
