package org.deconfliction.atlas.site;

import java.util.Comparator;
import java.util.List;
import org.deconfliction.atlas.geodata.LocationUncertainty;
import org.deconfliction.atlas.geodata.SourceReference;
import org.locationtech.jts.geom.Point;

/**
 * A named place: where it is (WGS84 point, with how precisely it is placed), what it is, and where that is
 * written. {@code country} is an ISO 3166-1 alpha-2 code.
 */
public record Site(
        String id,
        String name,
        List<String> alternateNames,
        SiteKind kind,
        String description,
        Point location,
        LocationUncertainty uncertainty,
        List<HeldPeriod> held,
        String country,
        List<SourceReference> sources) {

    /** The order of {@link SiteRepository#findAll()}: by name, ignoring case, then by id. */
    public static final Comparator<Site> BY_NAME =
            Comparator.comparing(Site::name, String.CASE_INSENSITIVE_ORDER).thenComparing(Site::id);

    public Site {
        alternateNames = List.copyOf(alternateNames);
        held = List.copyOf(held);
        sources = List.copyOf(sources);
    }
}
