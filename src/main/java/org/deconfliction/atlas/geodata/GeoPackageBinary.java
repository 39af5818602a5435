package org.deconfliction.atlas.geodata;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

/**
 * The GeoPackage binary geometry format (GeoPackage 1.3, clause 2.1.3) for geometries of any type, as files made by
 * GDAL, QGIS or the atlas's exports hold them: the header {@code GP}, version 0, a flags byte, the SRS id, an
 * optional envelope, then standard WKB. Written little-endian, points without an envelope and other geometries with
 * their xy envelope (as GDAL writes them); read in either byte order with any envelope.
 */
public final class GeoPackageBinary {

    /** A decoded blob: the SRS id of its header and the geometry (with that SRID). */
    public record Decoded(int srsId, Geometry geometry) {
    }

    private static final int FLAG_LITTLE_ENDIAN = 0b0000_0001;
    private static final int FLAG_EMPTY = 0b0001_0000;
    private static final int HEADER_BYTES = 8;
    /** Bytes of the envelope for envelope-contents indicator 0 to 4: none, xy, xyz, xym, xyzm. */
    private static final int[] ENVELOPE_BYTES = {0, 32, 48, 48, 64};

    private GeoPackageBinary() {
    }

    /** The geometry as a blob with the given SRS id. */
    public static byte[] encode(Geometry geometry, int srsId) {
        byte[] wkb = new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN).write(geometry);
        boolean envelope = !(geometry instanceof Point) && !geometry.isEmpty();
        ByteBuffer blob = ByteBuffer.allocate(HEADER_BYTES + (envelope ? 32 : 0) + wkb.length).order(ByteOrder.LITTLE_ENDIAN);
        int flags = FLAG_LITTLE_ENDIAN | (envelope ? 0b10 : 0) | (geometry.isEmpty() ? FLAG_EMPTY : 0);
        blob.put((byte) 'G').put((byte) 'P').put((byte) 0).put((byte) flags).putInt(srsId);
        if (envelope) {
            Envelope e = geometry.getEnvelopeInternal();
            blob.putDouble(e.getMinX()).putDouble(e.getMaxX()).putDouble(e.getMinY()).putDouble(e.getMaxY());
        }
        return blob.put(wkb).array();
    }

    /**
     * The geometry in a blob, built with the given factory.
     *
     * @throws IllegalArgumentException if the blob is not a GeoPackage geometry, saying why
     */
    public static Decoded decode(byte[] blob, GeometryFactory factory) {
        if (blob == null || blob.length < HEADER_BYTES || blob[0] != 'G' || blob[1] != 'P') {
            throw new IllegalArgumentException("not a GeoPackage geometry (no 'GP' header)");
        }
        int flags = blob[3];
        ByteOrder order = (flags & FLAG_LITTLE_ENDIAN) != 0 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        int srsId = ByteBuffer.wrap(blob, 4, 4).order(order).getInt();
        int envelope = (flags >> 1) & 0b111;
        if (envelope >= ENVELOPE_BYTES.length) {
            throw new IllegalArgumentException("GeoPackage geometry with an unknown envelope indicator " + envelope);
        }
        int start = HEADER_BYTES + ENVELOPE_BYTES[envelope];
        try {
            Geometry geometry = new WKBReader(factory).read(Arrays.copyOfRange(blob, start, blob.length));
            geometry.setSRID(srsId);
            return new Decoded(srsId, geometry);
        } catch (ParseException | RuntimeException e) {
            throw new IllegalArgumentException("GeoPackage geometry with unreadable WKB: " + e.getMessage(), e);
        }
    }
}
