package org.deconfliction.atlas.geodata;

/** How precisely a place is known, from an exact spot to a whole region. */
public enum LocationPrecision {
    EXACT("exact"), TOWN("town"), DISTRICT("district"), REGION("region");

    private final String code;

    LocationPrecision(String code) {
        this.code = code;
    }

    /** The value as written in geodata files. */
    public String code() {
        return code;
    }
}
