package org.deconfliction.atlas.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.deconfliction.atlas.geodata.LocationPrecision;
import org.deconfliction.atlas.incident.DatePrecision;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentCategory;
import org.deconfliction.atlas.incident.Opponent;
import org.junit.jupiter.api.Test;

class AcledReaderTest {

    private final ReadFixtures export = ReadFixtures.read("acled-export.csv", ImportFormat.ACLED, Map.of());

    @Test
    void anExportRowBecomesAnIncidentWithTheCoalitionAsSideAAndTheExternalIdKept() {
        ImportRow row = export.rows.getFirst();
        Incident khasham = row.incident();
        assertThat(row.line()).isEqualTo(2);
        assertThat(row.externalId()).isEqualTo("SYR10001");
        assertThat(khasham.id()).isEqualTo("acled-syr10001");
        assertThat(khasham.title()).isEqualTo("Armed clash in Khasham");
        assertThat(khasham.category()).isEqualTo(IncidentCategory.GROUND_CLASH);
        assertThat(khasham.actors().sideA()).containsExactly("Military Forces of the United States (2017-2021)",
                "QSD: Syrian Democratic Forces");
        assertThat(khasham.actors().sideB()).containsExactly("Military Forces of Russia (2000-)", "Wagner Group");
        assertThat(khasham.opponent()).isEqualTo(Opponent.RUSSIA);
        assertThat(khasham.location().toText()).isEqualTo("POINT (40.3547 35.2547)");
        assertThat(khasham.uncertainty().precision()).isEqualTo(LocationPrecision.TOWN);
        assertThat(khasham.date().precision()).isEqualTo(DatePrecision.DAY);
        assertThat(khasham.casualties().note()).isEqualTo("ACLED: 100 fatalities in all, not split by side");
        assertThat(khasham.sources()).extracting(s -> s.title() + " / " + s.publisher())
                .containsExactly("SANA / cited by ACLED, National-International", "Reuters / cited by ACLED, National-International");
        assertThat(khasham.summary()).isEqualTo("Pro-government forces advanced on the Conoco gas field.");
        assertThat(khasham.country()).isEqualTo("SY");
    }

    @Test
    void timePrecisionTwoIsAWeekLongSpanAndThreeTheWholeMonthNeverAMadeUpDay() {
        Incident week = export.rows.get(1).incident();
        assertThat(week.date().precision()).isEqualTo(DatePrecision.RANGE);
        assertThat(week.date().start()).isEqualTo(LocalDate.of(2018, 2, 4));
        assertThat(week.date().end()).isEqualTo(LocalDate.of(2018, 2, 10));
        Incident month = export.rows.get(2).incident();
        assertThat(month.date().precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(month.date().start()).isEqualTo(LocalDate.of(2019, 10, 1));
        assertThat(month.date().end()).isEqualTo(LocalDate.of(2019, 10, 31));
    }

    @Test
    void geoPrecisionSetsPrecisionAndRadiusAndArabicPlaceNamesSurvive() {
        Incident near = export.rows.get(1).incident();
        assertThat(near.uncertainty().precision()).isEqualTo(LocationPrecision.DISTRICT);
        assertThat(near.uncertainty().radiusMetres()).isEqualTo(15_000);
        assertThat(near.place()).isEqualTo("خشام, Deir ez-Zor");
        assertThat(export.rows.get(2).incident().uncertainty().radiusMetres()).isEqualTo(50_000);
    }

    @Test
    void anUnmappedEventTypeGoesToOtherAndAnEmptyActorIsSaidToBeNotNamed() {
        Incident protest = export.rows.get(2).incident();
        assertThat(protest.category()).isEqualTo(IncidentCategory.OTHER);
        assertThat(protest.actors().sideB()).containsExactly(AcledActors.NOT_NAMED);
        assertThat(protest.opponent()).isEqualTo(Opponent.UNKNOWN);
    }

    @Test
    void everyRejectionNamesLineColumnValueAndReason() {
        assertThat(export.rows).hasSize(3);
        assertThat(export.rejectionOn(5)).isEqualTo(new Rejection(5, "event_date", "2018-02-30",
                "unknown date: write it as 2018-02-07 or 07 February 2018"));
        assertThat(export.rejectionOn(6).reason()).isEqualTo("no coordinates");
        assertThat(export.rejectionOn(7)).extracting(Rejection::column, Rejection::value, Rejection::reason)
                .containsExactly("latitude", "95.2", "latitude out of range: must be within ±90 degrees");
        assertThat(export.rejectionOn(8).reason()).startsWith("latitude and longitude look swapped");
        assertThat(export.rejectionOn(8).value()).isEqualTo("40.3/35.3");
        assertThat(export.rejectionOn(9).reason()).isEqualTo("date in the future (today is 2026-01-01)");
        assertThat(export.rejectionOn(10)).isEqualTo(new Rejection(10, "event_id_cnty", "SYR10001",
                "duplicate id within the file (first on line 2)"));
    }

    @Test
    void anOlderHdxExportWithHxlHashtagsAndWithoutTheNewerColumnsIsRead() {
        ReadFixtures hdx = ReadFixtures.read("acled-hdx-old.csv", ImportFormat.ACLED, Map.of());
        assertThat(hdx.rejections).isEmpty();
        assertThat(hdx.rows).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(3);
            assertThat(row.incident().category()).isEqualTo(IncidentCategory.AIR_STRIKE);
            assertThat(row.incident().opponent()).isEqualTo(Opponent.SYRIAN_GOVERNMENT);
        });
    }

    @Test
    void bytesThatAreNotUtf8RefuseTheFileNamingTheLine() {
        assertThatThrownBy(() -> ReadFixtures.read("acled-bad-bytes.csv", ImportFormat.ACLED, Map.of()))
                .isInstanceOf(ImportRefusedException.class)
                .hasMessageStartingWith("line 3: holds bytes that are not valid UTF-8");
    }
}
