package org.deconfliction.atlas.incident;

/** How precisely the sources date an incident: to the day, only to the month, or to a span of several days. */
public enum DatePrecision {
    DAY("day"), MONTH("month"), RANGE("range");

    private final String code;

    DatePrecision(String code) {
        this.code = code;
    }

    /** The value as written in geodata files and the API. */
    public String code() {
        return code;
    }
}
