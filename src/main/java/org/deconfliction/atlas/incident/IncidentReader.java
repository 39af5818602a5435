package org.deconfliction.atlas.incident;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.deconfliction.atlas.geodata.FeatureProperties;
import org.deconfliction.atlas.geodata.GeoJsonFeature;
import org.deconfliction.atlas.geodata.LocationUncertainty;
import org.locationtech.jts.geom.Point;

/**
 * Turns checked features of {@code incidents.geojson} into {@link Incident}s, refusing any that break the format:
 * the first problem stops the read with a message naming the file, the incident and the field.
 */
final class IncidentReader {

    static final String FILE = "incidents.geojson";
    /** The property that {@code FeatureCollectionReader} checks as each incident's name. */
    static final String NAME_FIELD = "title";

    private final Set<String> siteIds;

    /** A reader that accepts a {@code siteId} only when it is one of the given ids of known sites. */
    IncidentReader(Set<String> siteIds) {
        this.siteIds = Set.copyOf(siteIds);
    }

    List<Incident> read(List<GeoJsonFeature> features) {
        return features.stream().map(this::incident).toList();
    }

    private Incident incident(GeoJsonFeature feature) {
        FeatureProperties p = feature.properties();
        Point point = feature.point();
        String country = p.countryCode("country");
        return new Incident(
                feature.id(),
                p.text(NAME_FIELD),
                p.text("summary"),
                p.oneOf("category", IncidentCategory.values(), IncidentCategory::code),
                actors(p.object("actors")),
                p.oneOf("opponent", Opponent.values(), Opponent::code),
                casualties(p.object("casualties")),
                p.text("place"),
                siteId(p),
                point,
                LocationUncertainty.read(p.object("location")),
                date(p.object("date")),
                p.optionalTimeOfDay("timeOfDay"),
                country,
                p.sources(),
                p.textList("disagreements"));
    }

    private static Actors actors(FeatureProperties actors) {
        return new Actors(forces(actors, "sideA"), forces(actors, "sideB"));
    }

    private static List<String> forces(FeatureProperties actors, String side) {
        List<String> forces = actors.textList(side);
        if (forces.isEmpty()) {
            throw actors.problem(side, "must name at least one force");
        }
        return forces;
    }

    private static Casualties casualties(FeatureProperties casualties) {
        return new Casualties(
                side(casualties.object("sideA")),
                side(casualties.object("sideB")),
                side(casualties.optionalObject("civilians")),
                casualties.optionalText("note"));
    }

    private static CasualtyCount side(FeatureProperties side) {
        return side == null ? null : new CasualtyCount(range(side, "killed"), range(side, "wounded"));
    }

    private static Range range(FeatureProperties side, String field) {
        FeatureProperties range = side.optionalObject(field);
        if (range == null) {
            return null;
        }
        int min = range.count("min");
        int max = range.count("max");
        if (min > max) {
            throw side.problem(field, "has min " + min + " greater than max " + max);
        }
        return new Range(min, max);
    }

    private String siteId(FeatureProperties p) {
        String siteId = p.optionalText("siteId");
        if (siteId != null && !siteIds.contains(siteId)) {
            throw p.problem("siteId", "is '" + siteId + "', which is not the id of any site in sites.geojson");
        }
        return siteId;
    }

    private static IncidentDate date(FeatureProperties date) {
        DatePrecision precision = date.oneOf("precision", DatePrecision.values(), DatePrecision::code);
        LocalDate start = date.date("start");
        LocalDate end = date.date("end");
        String startProblem = IncidentDate.problemWithStart(precision, start);
        if (startProblem != null) {
            throw date.problem("start", startProblem);
        }
        String endProblem = IncidentDate.problemWithEnd(precision, start, end);
        if (endProblem != null) {
            throw date.problem("end", endProblem);
        }
        return new IncidentDate(precision, start, end, date.optionalText("note"));
    }
}
