package org.deconfliction.atlas.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.deconfliction.atlas.incident.IncidentCategory;
import org.junit.jupiter.api.Test;

class CoordinateCsvReaderTest {

    @Test
    void aSemicolonFileWithBomAndDmsCoordinatesIsReadWithDetectedColumns() {
        ReadFixtures read = ReadFixtures.read("points-semicolon.csv", ImportFormat.CSV, Map.of());
        assertThat(read.rows).hasSize(2);
        assertThat(read.rows.getFirst().incident().id()).isEqualTo("csv-k1");
        assertThat(read.rows.getFirst().incident().location().toText()).isEqualTo("POINT (40.354722 35.254722)");
        assertThat(read.rows.getFirst().incident().category()).isEqualTo(IncidentCategory.GROUND_CLASH);
        assertThat(read.rows.get(1).incident().category()).isEqualTo(IncidentCategory.DRONE);
        assertThat(read.rejectionOn(4)).extracting(Rejection::column, Rejection::reason).containsExactly("lat/lon", "no coordinates");
    }

    @Test
    void wktPointsAreReadThroughAMappingAndOtherGeometriesRejected() {
        ReadFixtures read = ReadFixtures.read("points-wkt.csv", ImportFormat.CSV, Map.of("date", "when"));
        assertThat(read.rows).singleElement().satisfies(row -> {
            assertThat(row.incident().title()).isEqualTo("At Tanf");
            assertThat(row.incident().location().toText()).isEqualTo("POINT (38.63 33.5)");
            assertThat(row.incident().id()).startsWith("csv-");
        });
        assertThat(read.rejectionOn(3).reason()).isEqualTo("must be a WKT POINT (longitude latitude)");
    }

    @Test
    void aMappedColumnTheHeaderLacksIsRefused() {
        assertThatThrownBy(() -> ReadFixtures.read("points-wkt.csv", ImportFormat.CSV, Map.of("date", "day")))
                .isInstanceOf(ImportRefusedException.class).hasMessageContaining("column 'day'");
    }
}
