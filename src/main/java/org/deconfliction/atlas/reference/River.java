package org.deconfliction.atlas.reference;

import org.locationtech.jts.geom.LineString;

/**
 * A river as one line ordered downstream (the first vertex is upstream), with the dataset it was extracted from
 * and that dataset's licence.
 */
public record River(String id, String name, String description, LineString course, String source, String licence) {
}
