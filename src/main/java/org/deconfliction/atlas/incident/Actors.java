package org.deconfliction.atlas.incident;

import java.util.List;

/**
 * The forces on each side of an incident as the sources name them: side A is the US-led coalition and its
 * partners, side B those they met. Either list may be empty when no store knows it.
 */
public record Actors(List<String> sideA, List<String> sideB) {

    public Actors {
        sideA = List.copyOf(sideA);
        sideB = List.copyOf(sideB);
    }
}
