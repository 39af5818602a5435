package org.deconfliction.atlas.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.deconfliction.atlas.analysis.BankSide;
import org.deconfliction.atlas.analysis.ItemAttributes;
import org.deconfliction.atlas.analysis.LocatedItem;
import org.deconfliction.atlas.analysis.SpatialAnalysis;
import org.deconfliction.atlas.analysis.SpatialAnswer;
import org.deconfliction.atlas.geodesy.Wgs84;
import org.deconfliction.atlas.reference.DeconflictionLine;
import org.deconfliction.atlas.reference.ReferenceLayers;
import org.deconfliction.atlas.reference.Zone;
import org.deconfliction.atlas.site.SiteRepository;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /api/analysis/point?lat=..&lon=..}: what the analysis says of one exact point (no uncertainty) in
 * the area of interest — its bank of the Euphrates, the geodesic distances in kilometres to the river and to the
 * nearest deconfliction line, the nearest site and the zones that hold it. The attributes come from the same
 * derivation as the incidents' ({@link SpatialAnalysis#index}), so a point and an incident plotted there agree. A
 * point outside the area of interest, where no bank is defined, is refused with a 400 naming {@code lon} (or
 * {@code lat} when the longitude is within the area).
 */
@RestController
class PointAnalysisController {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String POINT_ID = "point";

    private final SpatialAnalysis analysis;
    private final SiteRepository sites;
    private final ReferenceLayers reference;

    PointAnalysisController(SpatialAnalysis analysis, SiteRepository sites, ReferenceLayers reference) {
        this.analysis = analysis;
        this.sites = sites;
        this.reference = reference;
    }

    @GetMapping(path = "/api/analysis/point", produces = MediaType.APPLICATION_JSON_VALUE)
    ObjectNode point(@RequestParam Map<String, String> parameters) {
        double lat = coordinate(parameters, "lat", 90, "a latitude in degrees");
        double lon = coordinate(parameters, "lon", 180, "a longitude in degrees");
        Point point = Wgs84.point(lon, lat);
        if (analysis.bankSide(point, 0) == BankSide.OUTSIDE_AREA) {
            throw outsideArea(lat, lon);
        }
        ItemAttributes derived = analysis.index(List.of(new LocatedItem(POINT_ID, point, 0))).attributes(POINT_ID).orElseThrow();

        ObjectNode body = NODES.objectNode();
        body.put("lat", lat);
        body.put("lon", lon);
        body.put("bank", IncidentItems.code(derived.bank()));
        body.put("riverDistanceKm", IncidentItems.kilometres(derived.riverDistanceKm()));
        OptionalDouble lineMetres = reference.lines().stream().map(DeconflictionLine::id)
                .map(id -> analysis.distanceToLineMetres(id, point)).filter(OptionalDouble::isPresent)
                .mapToDouble(OptionalDouble::getAsDouble).min();
        if (lineMetres.isPresent()) {
            body.put("deconflictionLineDistanceKm", IncidentItems.kilometres(lineMetres.getAsDouble() / 1000));
        } else {
            body.putNull("deconflictionLineDistanceKm");
        }
        if (derived.nearestSiteId() == null) {
            body.putNull("nearestSite");
        } else {
            ObjectNode site = body.putObject("nearestSite");
            site.put("id", derived.nearestSiteId());
            site.put("name", sites.findById(derived.nearestSiteId()).map(s -> s.name()).orElse(null));
            site.put("distanceKm", IncidentItems.kilometres(derived.nearestSiteKm()));
        }
        ArrayNode zones = body.putArray("zones");
        for (Zone zone : reference.zones()) {
            if (analysis.zoneAnswer(zone.id(), point, 0).orElse(SpatialAnswer.OUTSIDE) != SpatialAnswer.OUTSIDE) {
                zones.add(zone.id());
            }
        }
        return body;
    }

    private static double coordinate(Map<String, String> parameters, String name, double limit, String expected) {
        double value = SpatialParameters.decimal(name, parameters.get(name), expected);
        if (Math.abs(value) > limit) {
            throw new InvalidParameterException(name, "must be within ±" + (int) limit + " degrees, was " + parameters.get(name).strip());
        }
        return value;
    }

    /** The refusal of a point outside the area of interest, naming the coordinate that lies outside it. */
    private InvalidParameterException outsideArea(double lat, double lon) {
        Envelope area = analysis.areaOfInterest().getEnvelopeInternal();
        boolean lonOutside = lon < area.getMinX() || lon > area.getMaxX();
        return new InvalidParameterException(lonOutside ? "lon" : "lat", String.format(Locale.ROOT,
                "puts the point (lat %s, lon %s) outside the area of interest (%s–%s°E, %s–%s°N), where the banks of the"
                        + " Euphrates are defined", degrees(lat), degrees(lon), degrees(area.getMinX()), degrees(area.getMaxX()),
                degrees(area.getMinY()), degrees(area.getMaxY())));
    }

    private static String degrees(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
