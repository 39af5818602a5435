package org.deconfliction.atlas.store;

import org.deconfliction.atlas.incident.Incident;

/**
 * An incident with the text of the GeoJSON Feature that the strict reader ({@code IncidentGeoJson.read}) read it
 * from: the form its history keeps.
 */
public record IncidentFeature(Incident incident, String feature) {
}
