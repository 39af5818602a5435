package org.deconfliction.atlas.query;

import java.util.List;
import org.deconfliction.atlas.incident.Incident;

/**
 * What the map draws in one tile: clusters where incidents crowd, and incidents drawn one by one where they do not or
 * where the map is zoomed in as far as clusters go, those that answer the question ({@code singles}) apart from the
 * others drawn dimmed ({@code others}). Every incident drawn in the tile is in exactly one of them.
 */
public record ClusterTile(MapTile tile, List<AnswerCluster> clusters, List<Incident> singles, List<Incident> others) {

    public ClusterTile {
        clusters = List.copyOf(clusters);
        singles = List.copyOf(singles);
        others = List.copyOf(others);
    }

    /** How many answers the tile holds: the singles and every cluster's count. */
    public int count() {
        return singles.size() + clusters.stream().mapToInt(AnswerCluster::count).sum();
    }

    /** How many incidents that do not answer the tile draws dimmed: the other singles and every cluster's others. */
    public int othersCount() {
        return others.size() + clusters.stream().mapToInt(AnswerCluster::others).sum();
    }
}
