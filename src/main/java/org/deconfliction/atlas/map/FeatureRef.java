package org.deconfliction.atlas.map;

/** One feature of one overlay, by ids. */
public record FeatureRef(String layerId, String featureId) {
}
