package org.deconfliction.atlas.analysis;

import java.util.List;

/**
 * The items a region holds: ids whose whole uncertainty circle is inside, and ids whose circle crosses the
 * boundary. Both lists are empty when nothing matches; items wholly outside appear in neither.
 */
public record RegionMatch(List<String> inside, List<String> uncertain) {

    public RegionMatch {
        inside = List.copyOf(inside);
        uncertain = List.copyOf(uncertain);
    }
}
