package org.deconfliction.atlas.query;

import java.util.List;
import org.deconfliction.atlas.incident.Incident;

/**
 * What the map draws in one tile: clusters where answers crowd, and the answers drawn one by one (singles) where they
 * do not or where the map is zoomed in as far as clusters go. Every answer in the tile is in exactly one of them.
 */
public record ClusterTile(MapTile tile, List<AnswerCluster> clusters, List<Incident> singles) {

    public ClusterTile {
        clusters = List.copyOf(clusters);
        singles = List.copyOf(singles);
    }

    /** How many answers the tile holds: the singles and every cluster's count. */
    public int count() {
        return singles.size() + clusters.stream().mapToInt(AnswerCluster::count).sum();
    }
}
