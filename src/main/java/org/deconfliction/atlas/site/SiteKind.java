package org.deconfliction.atlas.site;

/** What a site is. */
public enum SiteKind {
    BASE("base", "Base"),
    OIL_GAS_FIELD("oil-gas-field", "Oil or gas field"),
    TOWN("town", "Town"),
    AIRBASE("airbase", "Airbase"),
    CROSSING("crossing", "Border crossing");

    private final String code;
    private final String label;

    SiteKind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The value as written in geodata files and the API. */
    public String code() {
        return code;
    }

    /** The name shown to users. */
    public String label() {
        return label;
    }
}
