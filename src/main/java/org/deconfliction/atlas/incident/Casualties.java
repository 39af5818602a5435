package org.deconfliction.atlas.incident;

import java.util.stream.Stream;

/**
 * Casualties of an incident on side A, side B and among civilians, each null when the sources do not say, with a
 * note on how the sources count them (null when there is none).
 */
public record Casualties(CasualtyCount sideA, CasualtyCount sideB, CasualtyCount civilians, String note) {

    /** The highest reported number of people killed, summed over all sides; unknown counts add nothing. For sorting. */
    public int totalKilledMax() {
        return Stream.of(sideA, sideB, civilians)
                .filter(side -> side != null && side.killed() != null)
                .mapToInt(side -> side.killed().max())
                .sum();
    }
}
