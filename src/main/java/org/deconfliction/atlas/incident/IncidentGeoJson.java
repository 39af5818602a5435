package org.deconfliction.atlas.incident;

import java.util.List;
import org.deconfliction.atlas.geodata.GeoJsonEncoder;
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
