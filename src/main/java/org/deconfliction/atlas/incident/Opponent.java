package org.deconfliction.atlas.incident;

/** The force on the other side from the US-led coalition in an incident. */
public enum Opponent {
    RUSSIA("russia", "Russia"),
    SYRIAN_GOVERNMENT("syrian-government", "Syrian government"),
    IRAN_BACKED("iran-backed", "Iran-backed groups"),
    ISIS("isis", "ISIS"),
    AL_QAEDA("al-qaeda", "al-Qaeda"),
    TURKEY("turkey", "Turkey"),
    UNKNOWN("unknown", "Unknown");

    private final String code;
    private final String label;

    Opponent(String code, String label) {
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
