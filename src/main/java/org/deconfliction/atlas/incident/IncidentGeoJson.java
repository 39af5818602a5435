package org.deconfliction.atlas.incident;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.deconfliction.atlas.geodata.FeatureCollectionReader;
import org.deconfliction.atlas.geodata.GeoJsonEncoder;
import org.deconfliction.atlas.geodata.GeodataException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Incidents as RFC 7946 GeoJSON features, with the same properties as {@code incidents.geojson}. */
public final class IncidentGeoJson {

    private IncidentGeoJson() {
    }

    /** One incident as a Feature. */
    public static ObjectNode feature(Incident incident) {
        ObjectNode p = GeoJsonEncoder.properties();
        p.put("title", incident.title());
        p.put("summary", incident.summary());
        p.put("category", incident.category().code());
        ObjectNode actors = p.putObject("actors");
        actors.set("sideA", GeoJsonEncoder.strings(incident.actors().sideA()));
        actors.set("sideB", GeoJsonEncoder.strings(incident.actors().sideB()));
        p.put("opponent", incident.opponent().code());
        ObjectNode casualties = p.putObject("casualties");
        casualties.set("sideA", side(incident.casualties().sideA()));
        casualties.set("sideB", side(incident.casualties().sideB()));
        casualties.set("civilians", side(incident.casualties().civilians()));
        casualties.put("note", incident.casualties().note());
        p.put("place", incident.place());
        p.put("siteId", incident.siteId());
        ObjectNode location = p.putObject("location");
        location.put("precision", incident.uncertainty().precision().code());
        double metres = incident.uncertainty().radiusMetres();
        if (metres == Math.rint(metres)) {
            location.put("uncertaintyMetres", (long) metres);
        } else {
            location.put("uncertaintyMetres", metres);
        }
        ObjectNode date = p.putObject("date");
        date.put("precision", incident.date().precision().code());
        date.put("start", incident.date().start().toString());
        date.put("end", incident.date().end().toString());
        date.put("note", incident.date().note());
        p.put("timeOfDay", incident.timeOfDay() == null ? null : incident.timeOfDay().toString());
        p.put("country", incident.country());
        p.set("sources", GeoJsonEncoder.sources(incident.sources()));
        p.set("disagreements", GeoJsonEncoder.strings(incident.disagreements()));
        return GeoJsonEncoder.feature(incident.id(), incident.location(), p);
    }

    /**
     * Reads one incident from a GeoJSON Feature as strictly as {@code incidents.geojson} is read: the same checks,
     * the same messages naming the field at fault.
     *
     * @param source  what the feature is, for messages (e.g. {@code incident} or a request body)
     * @param feature the Feature's JSON text
     * @param siteIds the ids of the known sites, which a {@code siteId} must be one of
     * @throws GeodataException naming the field at fault when the feature is not a valid incident
     */
    public static Incident read(String source, String feature, Set<String> siteIds) {
        byte[] collection = ("{\"type\":\"FeatureCollection\",\"features\":[" + feature + "]}").getBytes(StandardCharsets.UTF_8);
        return new IncidentReader(siteIds).read(new FeatureCollectionReader()
                .read(source, new ByteArrayInputStream(collection), IncidentReader.NAME_FIELD)).stream()
                .reduce((one, two) -> {
                    throw new GeodataException(source, null, "must be a single GeoJSON Feature");
                })
                .orElseThrow(() -> new GeodataException(source, null, "must be a GeoJSON Feature"));
    }

    /**
     * {@link #read(String, String, Set)} for a Feature given as its JSON tree, e.g. the one {@link #feature} built:
     * the same checks, without the tree's text being parsed again.
     */
    public static Incident read(String source, JsonNode feature, Set<String> siteIds) {
        return new IncidentReader(siteIds).read(List.of(new FeatureCollectionReader()
                .readOne(source, feature, IncidentReader.NAME_FIELD))).getFirst();
    }

    /** Incidents as a FeatureCollection, in the order given; an empty list gives an empty collection. */
    public static ObjectNode collection(List<Incident> incidents) {
        return GeoJsonEncoder.featureCollection(incidents.stream().map(IncidentGeoJson::feature).toList());
    }

    private static ObjectNode side(CasualtyCount count) {
        if (count == null) {
            return null;
        }
        ObjectNode side = GeoJsonEncoder.properties();
        side.set("killed", range(count.killed()));
        side.set("wounded", range(count.wounded()));
        return side;
    }

    private static ObjectNode range(Range range) {
        return range == null ? null : GeoJsonEncoder.properties().put("min", range.min()).put("max", range.max());
    }
}
