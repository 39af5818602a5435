package org.deconfliction.atlas.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.deconfliction.atlas.analysis.BankSide;
import org.deconfliction.atlas.analysis.DrawnRegion;
import org.deconfliction.atlas.analysis.InvalidRegionException;
import org.deconfliction.atlas.query.SpatialCondition;
import org.deconfliction.atlas.web.StrictDecimal;

/**
 * The spatial parameters of an incidents items request, at most one of them: {@code side=east|west} (the incidents
 * the map lists for that bank of the Euphrates: inside, or uncertain when the location's circle reaches the river),
 * {@code near=<site id>} with {@code km=<radius>}, {@code nearRiver=<km>}, {@code zone=<zone id>} and
 * {@code region=<WKT POLYGON, longitude latitude order>}. Distances are more than 0 and at most {@value #MAX_KM}
 * km. Whether a site or zone exists is left to the query; everything else is refused here with an
 * {@link InvalidParameterException} naming the parameter. The former name {@code bank} is refused with a 400 that
 * points at {@code side} and at the {@code bank} property: a client could take {@code bank=east} for a filter on
 * the property of that name, which it is not (an uncertain incident west of the river answers it).
 */
final class SpatialParameters {

    /** The spatial parameters, of which a request may give one. */
    static final List<String> NAMES = List.of("side", "near", "nearRiver", "zone", "region");
    /** The largest distance, in kilometres, that {@code km} and {@code nearRiver} accept. */
    static final double MAX_KM = 1000;

    private SpatialParameters() {
    }

    /** The spatial condition the parameters ask for; null when they ask for none. */
    static SpatialCondition parse(Map<String, String> parameters) {
        if (parameters.containsKey("bank")) {
            throw new InvalidParameterException("bank", "is not a filter on the property 'bank': the question 'east or west"
                    + " of the Euphrates, inside or uncertain' is side=east|west; the property is filtered with"
                    + " filter=bank='east' (and bankCertainty='certain' for certain answers only)");
        }
        List<String> given = NAMES.stream().filter(parameters::containsKey).toList();
        if (given.size() > 1) {
            throw new InvalidParameterException(given, "cannot be combined: give at most one of " + String.join(", ", NAMES));
        }
        if (parameters.containsKey("km") && !given.equals(List.of("near"))) {
            throw new InvalidParameterException("km", "is the radius around a site and goes only with near=<site id>");
        }
        if (given.isEmpty()) {
            return null;
        }
        String name = given.getFirst();
        String value = parameters.get(name);
        return switch (name) {
            case "side" -> new SpatialCondition.OnBank(bank(value));
            case "near" -> {
                String site = id("near", value, "site");
                if (!parameters.containsKey("km")) {
                    throw new InvalidParameterException("km", "is required with near=<site id>: the radius in kilometres");
                }
                yield new SpatialCondition.NearSite(site, kilometres("km", parameters.get("km")));
            }
            case "nearRiver" -> new SpatialCondition.NearRiver(kilometres("nearRiver", value));
            case "zone" -> new SpatialCondition.InZone(id("zone", value, "zone"));
            case "region" -> new SpatialCondition.InRegion(region(value));
            default -> throw new IllegalStateException("unhandled spatial parameter " + name);
        };
    }

    private static BankSide bank(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "east" -> BankSide.EAST;
            case "west" -> BankSide.WEST;
            default -> throw new InvalidParameterException("side", "must be east or west, was '" + value + "'");
        };
    }

    private static String id(String name, String value, String kind) {
        if (value.isBlank()) {
            throw new InvalidParameterException(name, "must be the id of a " + kind + ", was empty");
        }
        return value.strip();
    }

    /**
     * A plain decimal number ({@code 35.3}, {@code -1e3}); {@code expected} says what the parameter is, for the
     * message when it is missing or not a number.
     */
    static double decimal(String name, String value, String expected) {
        if (value == null) {
            throw new InvalidParameterException(name, "is required: " + expected);
        }
        return StrictDecimal.decimal(value.strip())
                .orElseThrow(() -> new InvalidParameterException(name, "must be " + expected + ", was '" + value + "'"));
    }

    /** A distance in kilometres, more than 0 and at most {@link #MAX_KM}. */
    private static double kilometres(String name, String value) {
        double km = decimal(name, value, "a distance in kilometres");
        if (!(km > 0) || km > MAX_KM) {
            throw new InvalidParameterException(name, "must be more than 0 and at most " + (long) MAX_KM + " km, was " + value.strip());
        }
        return km;
    }

    private static DrawnRegion region(String wkt) {
        try {
            return DrawnRegion.polygon(wkt);
        } catch (InvalidRegionException e) {
            throw new InvalidParameterException("region", "must be a WKT POLYGON in longitude latitude order: " + e.getMessage());
        }
    }
}
