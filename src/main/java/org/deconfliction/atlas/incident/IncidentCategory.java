package org.deconfliction.atlas.incident;

/** What kind of incident it was, from a ground clash to a troop movement that drew no fire. */
public enum IncidentCategory {
    GROUND_CLASH("ground-clash", "Ground clash"),
    AIR_STRIKE("air-strike", "Air or missile strike"),
    ROCKET_ARTILLERY("rocket-artillery", "Rocket or artillery"),
    DRONE("drone", "Drone"),
    IED_SUICIDE("ied-suicide", "IED or suicide attack"),
    SMALL_ARMS_FIRE("small-arms-fire", "Small-arms fire"),
    VEHICLE_COLLISION("vehicle-collision", "Vehicle collision"),
    RAID("raid", "Raid"),
    TROOP_MOVEMENT("troop-movement", "Troop movement"),
    /** Imported events whose type maps to no other category: shown, never dropped. */
    OTHER("other", "Other");

    private final String code;
    private final String label;

    IncidentCategory(String code, String label) {
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
