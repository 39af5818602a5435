package org.deconfliction.atlas.store;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.deconfliction.atlas.geodesy.Wgs84;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

/**
 * The GeoPackage binary geometry format (GeoPackage 1.3, clause 2.1.3): the header {@code GP}, version 0, a flags
 * byte, the SRS id, an optional envelope, then the geometry as standard WKB. Points are written little-endian with
 * no envelope (a point's envelope is the point itself); reading accepts either byte order and any envelope.
 */
final class GeoPackageGeometry {

    private static final byte VERSION = 0;
    private static final int FLAG_LITTLE_ENDIAN = 0b0000_0001;
    private static final int FLAG_EMPTY = 0b0001_0000;
    private static final int HEADER_BYTES = 8;
    /** Bytes of the envelope for envelope-contents indicator 0 to 4: none, xy, xyz, xym, xyzm. */
    private static final int[] ENVELOPE_BYTES = {0, 32, 48, 48, 64};

    private GeoPackageGeometry() {
    }

    /** The point as a GeoPackage geometry blob with SRS 4326. */
    static byte[] encode(Point point) {
        byte[] wkb = new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN).write(point);
        ByteBuffer blob = ByteBuffer.allocate(HEADER_BYTES + wkb.length).order(ByteOrder.LITTLE_ENDIAN);
        blob.put((byte) 'G').put((byte) 'P').put(VERSION).put((byte) FLAG_LITTLE_ENDIAN).putInt(Wgs84.SRID).put(wkb);
        return blob.array();
    }

    /**
     * The point in a GeoPackage geometry blob.
     *
     * @throws IllegalArgumentException if the blob is not a GeoPackage geometry holding a non-empty point
     */
    static Point decode(byte[] blob) {
        if (blob == null || blob.length < HEADER_BYTES || blob[0] != 'G' || blob[1] != 'P') {
            throw new IllegalArgumentException("not a GeoPackage geometry (no 'GP' header)");
        }
        int flags = blob[3];
        int envelope = (flags >> 1) & 0b111;
        if (envelope >= ENVELOPE_BYTES.length) {
            throw new IllegalArgumentException("GeoPackage geometry with an unknown envelope indicator " + envelope);
        }
        if ((flags & FLAG_EMPTY) != 0) {
            throw new IllegalArgumentException("empty geometry where a point is needed");
        }
        int start = HEADER_BYTES + ENVELOPE_BYTES[envelope];
        Geometry geometry;
        try {
            geometry = new WKBReader(Wgs84.FACTORY).read(Arrays.copyOfRange(blob, start, blob.length));
        } catch (ParseException e) {
            throw new IllegalArgumentException("GeoPackage geometry with unreadable WKB: " + e.getMessage(), e);
        }
        if (!(geometry instanceof Point point) || point.isEmpty()) {
            throw new IllegalArgumentException("a " + geometry.getGeometryType() + " where a point is needed");
        }
        point.setSRID(Wgs84.SRID);
        return point;
    }
}
