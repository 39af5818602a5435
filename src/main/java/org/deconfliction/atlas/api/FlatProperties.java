package org.deconfliction.atlas.api;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.deconfliction.atlas.geodata.LocationUncertainty;
import org.deconfliction.atlas.incident.CasualtyCount;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.Range;
import tools.jackson.databind.node.ObjectNode;

/**
 * Flat, typed copies of the nested properties, beside them, for GIS clients that read one value per field (GDAL,
 * QGIS): {@code dateStart}/{@code dateEnd} (RFC 3339 full dates), {@code datePrecision}, {@code locationPrecision},
 * {@code uncertaintyMetres}, the casualty bounds summed over the sides that report them ({@code killedMin},
 * {@code killedMax}, {@code woundedMin}, {@code woundedMax}, null when no side reports any), the civilians'
 * ({@code civiliansKilledMin}, {@code civiliansKilledMax}) and each side's actors joined with "; ".
 */
final class FlatProperties {

    private FlatProperties() {
    }

    /** Adds an incident's flat properties to its feature's properties. */
    static void addIncident(ObjectNode properties, Incident incident) {
        properties.put("dateStart", incident.date().start().toString());
        properties.put("dateEnd", incident.date().end().toString());
        properties.put("datePrecision", incident.date().precision().code());
        addLocation(properties, incident.uncertainty());
        List<CasualtyCount> sides = java.util.stream.Stream.of(incident.casualties().sideA(), incident.casualties().sideB(),
                incident.casualties().civilians()).filter(Objects::nonNull).toList();
        sum(properties, "killed", sides, CasualtyCount::killed);
        sum(properties, "wounded", sides, CasualtyCount::wounded);
        CasualtyCount civilians = incident.casualties().civilians();
        sum(properties, "civiliansKilled", civilians == null ? List.of() : List.of(civilians), CasualtyCount::killed);
        properties.put("actorsSideA", String.join("; ", incident.actors().sideA()));
        properties.put("actorsSideB", String.join("; ", incident.actors().sideB()));
    }

    /** Adds the flat location precision and uncertainty radius in metres. */
    static void addLocation(ObjectNode properties, LocationUncertainty uncertainty) {
        properties.put("locationPrecision", uncertainty.precision().code());
        double metres = uncertainty.radiusMetres();
        if (metres == Math.rint(metres)) {
            properties.put("uncertaintyMetres", (long) metres);
        } else {
            properties.put("uncertaintyMetres", metres);
        }
    }

    private static void sum(ObjectNode properties, String name, List<CasualtyCount> sides, Function<CasualtyCount, Range> range) {
        List<Range> given = sides.stream().map(range).filter(Objects::nonNull).toList();
        if (given.isEmpty()) {
            properties.putNull(name + "Min");
            properties.putNull(name + "Max");
        } else {
            properties.put(name + "Min", given.stream().mapToInt(Range::min).sum());
            properties.put(name + "Max", given.stream().mapToInt(Range::max).sum());
        }
    }
}
