package org.deconfliction.atlas.query;

import java.util.Optional;
import org.deconfliction.atlas.analysis.SpatialAnalysis;
import org.locationtech.jts.geom.Geometry;
import org.springframework.stereotype.Service;

/**
 * The area a spatial condition asks about, for drawing on the map: the geodesic circle around a site, the corridor
 * along the Euphrates on both banks, a zone's circle, the bank's half of the area of interest, and a drawn region's
 * outline (a line buffer's buffered area, a circle as geodesic). Geometries are in degrees (SRID 4326). Membership
 * is never taken from these outlines; they show what was asked.
 */
@Service
public class QuestionShapes {

    private final SpatialAnalysis analysis;

    QuestionShapes(SpatialAnalysis analysis) {
        this.analysis = analysis;
    }

    /** The area asked about; empty for no condition (all incidents) and for an unknown site or zone. */
    public Optional<Geometry> of(SpatialCondition condition) {
        return switch (condition) {
            case null -> Optional.empty();
            case SpatialCondition.NearSite near -> analysis.siteCircle(near.siteId(), near.km()).map(Geometry.class::cast);
            case SpatialCondition.NearRiver river -> Optional.of(analysis.riverCorridor(river.km()));
            case SpatialCondition.InZone zone -> analysis.zoneRegion(zone.zoneId()).map(region -> region.outline());
            case SpatialCondition.InRegion region -> Optional.of(region.region().outline());
            case SpatialCondition.OnBank bank -> Optional.of(switch (bank.side()) {
                case EAST -> analysis.eastBank();
                default -> analysis.westBank();
            });
        };
    }
}
