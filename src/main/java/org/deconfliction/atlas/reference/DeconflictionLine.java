package org.deconfliction.atlas.reference;

import java.util.List;
import org.deconfliction.atlas.geodata.SourceReference;
import org.locationtech.jts.geom.LineString;

/** A line agreed between forces to keep apart, and whether its drawing is only an approximation. */
public record DeconflictionLine(String id, String name, String description, LineString path, boolean approximate,
        List<SourceReference> sources) {

    public DeconflictionLine {
        sources = List.copyOf(sources);
    }
}
