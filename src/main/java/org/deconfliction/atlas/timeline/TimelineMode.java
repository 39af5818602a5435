package org.deconfliction.atlas.timeline;

import java.util.Optional;

/** How the timeline shows time up to its current date: everything so far, or only a window of the last days. */
public enum TimelineMode {

    /** Every incident up to and including the current date. */
    CUMULATIVE("cumulative"),
    /** Only the incidents in the last N days up to and including the current date. */
    WINDOW("window");

    private final String code;

    TimelineMode(String code) {
        this.code = code;
    }

    /** The value as written in the URL: {@code cumulative} or {@code window}. */
    public String code() {
        return code;
    }

    /** The mode written as {@code code}, exactly; empty for anything else, including null. */
    public static Optional<TimelineMode> fromCode(String code) {
        for (TimelineMode mode : values()) {
            if (mode.code.equals(code)) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }
}
