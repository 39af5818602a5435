package org.deconfliction.atlas.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.deconfliction.atlas.geodesy.Wgs84;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.WKBWriter;

/** Points as GeoPackage binary geometries. */
class GeoPackageGeometryTest {

    @Test
    void writesTheGeoPackageHeaderWithSrs4326AndNoEnvelopeThenWkb() {
        byte[] blob = GeoPackageGeometry.encode(Wgs84.point(40.4, 35.1));

        ByteBuffer header = ByteBuffer.wrap(blob).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(new String(blob, 0, 2)).isEqualTo("GP");
        assertThat(blob[2]).isZero();
        assertThat(blob[3]).isEqualTo((byte) 1);
        assertThat(header.getInt(4)).isEqualTo(4326);
        assertThat(blob).hasSize(8 + 21);
    }

    @Test
    void readsBackThePointItWrote() {
        Point point = GeoPackageGeometry.decode(GeoPackageGeometry.encode(Wgs84.point(40.123456, 35.654321)));

        assertThat(point.toText()).isEqualTo("POINT (40.123456 35.654321)");
        assertThat(point.getSRID()).isEqualTo(4326);
    }

    @Test
    void readsABigEndianGeometryWithAnEnvelopeAsOtherWritersMayStoreIt() {
        byte[] wkb = new WKBWriter(2, ByteOrderValues.BIG_ENDIAN).write(Wgs84.point(38.5, 34.25));
        ByteBuffer blob = ByteBuffer.allocate(8 + 32 + wkb.length).order(ByteOrder.BIG_ENDIAN);
        blob.put((byte) 'G').put((byte) 'P').put((byte) 0).put((byte) 0b0000_0010).putInt(4326);
        blob.putDouble(38.5).putDouble(38.5).putDouble(34.25).putDouble(34.25).put(wkb);

        assertThat(GeoPackageGeometry.decode(blob.array()).toText()).isEqualTo("POINT (38.5 34.25)");
    }

    @Test
    void refusesWhatIsNoGeoPackageGeometry() {
        byte[] wkb = new WKBWriter().write(Wgs84.point(38.5, 34.25));

        assertThatThrownBy(() -> GeoPackageGeometry.decode(wkb))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'GP' header");
    }
}
