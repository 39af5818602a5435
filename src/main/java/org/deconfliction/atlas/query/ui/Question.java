package org.deconfliction.atlas.query.ui;

/** The questions the query panel offers. */
public enum Question {
    ALL("All incidents"),
    EAST("East of the Euphrates"),
    WEST("West of the Euphrates"),
    AL_TANF_ZONE("Inside the al-Tanf 55 km zone"),
    NEAR_SITE("Within N km of a site"),
    NEAR_RIVER("Within N km of the Euphrates"),
    REGION("Inside a region drawn on the map");

    private final String label;

    Question(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
