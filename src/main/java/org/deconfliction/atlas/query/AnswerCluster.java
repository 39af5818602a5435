package org.deconfliction.atlas.query;

import java.util.Map;
import org.deconfliction.atlas.incident.IncidentCategory;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * Several incidents drawn as one marker: how many answer the question, how many of each category, how many others
 * (drawn dimmed beside them: before the time window or outside the spatial answer), the box that holds them all
 * (degrees, x = longitude; a zoom to it splits the cluster) and where the marker goes (their mean position).
 */
public record AnswerCluster(int count, int others, Map<IncidentCategory, Integer> byCategory, Envelope extent,
        Coordinate position) {

    public AnswerCluster {
        byCategory = Map.copyOf(byCategory);
        extent = new Envelope(extent);
        position = new Coordinate(position);
    }

    /** How many incidents the marker stands for: answers and others. */
    public int total() {
        return count + others;
    }

    @Override
    public Envelope extent() {
        return new Envelope(extent);
    }

    @Override
    public Coordinate position() {
        return new Coordinate(position);
    }
}
