package org.deconfliction.atlas.query;

import java.util.Map;
import org.deconfliction.atlas.incident.IncidentCategory;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * Several answers drawn as one marker: how many, how many of each category, the box that holds them all (degrees,
 * x = longitude; a zoom to it splits the cluster) and where the marker goes (their mean position).
 */
public record AnswerCluster(int count, Map<IncidentCategory, Integer> byCategory, Envelope extent, Coordinate position) {

    public AnswerCluster {
        byCategory = Map.copyOf(byCategory);
        extent = new Envelope(extent);
        position = new Coordinate(position);
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
