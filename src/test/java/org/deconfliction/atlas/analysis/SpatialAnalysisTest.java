package org.deconfliction.atlas.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.deconfliction.atlas.geodata.LocationPrecision;
import org.deconfliction.atlas.geodata.LocationUncertainty;
import org.deconfliction.atlas.geodesy.GeodesicDistance;
import org.deconfliction.atlas.reference.DeconflictionLine;
import org.deconfliction.atlas.reference.Zone;
import org.deconfliction.atlas.site.Site;
import org.deconfliction.atlas.site.SiteKind;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;

class SpatialAnalysisTest {

    private static final Site CONOCO = site("conoco", 40.29, 35.27);
    private static final Site TANF = site("al-tanf", 38.61778, 33.50583);
    private final SpatialAnalysis analysis = new SpatialAnalysis(ReferenceFixtures.euphrates(),
            List.of(new DeconflictionLine("euphrates-deconfliction-line", "line", "", (LineString) ReferenceFixtures
                    .feature("lines.geojson", "euphrates-deconfliction-line").geometry(), true, List.of())),
            List.of(new Zone("al-tanf-deconfliction-zone", "al-Tanf", "", TANF.location(), 55_000,
                    org.deconfliction.atlas.geodesy.GeodesicCircle.around(TANF.location(), 55_000), true, List.of())),
            () -> List.of(CONOCO, TANF));

    @Test
    void derivedAttributesNameTheBankTheRiverDistanceAndTheNearestSite() {
        LocatedItemIndex index = analysis.index(List.of(
                new LocatedItem("raqqa-strike", ReferenceFixtures.point(39.01, 35.95), 500),
                new LocatedItem("vague-raqqa-report", ReferenceFixtures.point(39.01, 35.95), 5_000),
                new LocatedItem("amman", ReferenceFixtures.point(35.93, 31.95), 0)));

        ItemAttributes strike = index.attributes("raqqa-strike").orElseThrow();
        assertThat(strike.bank()).isEqualTo(BankSide.EAST);
        assertThat(strike.bankCertain()).isTrue();
        assertThat(strike.riverDistanceKm()).isCloseTo(2.489, within(0.01));
        assertThat(strike.nearestSiteId()).isEqualTo("conoco");
        assertThat(strike.nearestSiteKm()).isCloseTo(GeodesicDistance.between(39.01, 35.95, 40.29, 35.27) / 1000, within(1e-9));

        ItemAttributes vague = index.attributes("vague-raqqa-report").orElseThrow();
        assertThat(vague.bank()).isEqualTo(BankSide.EAST);
        assertThat(vague.bankCertain()).isFalse();

        ItemAttributes amman = index.attributes("amman").orElseThrow();
        assertThat(amman.bank()).isEqualTo(BankSide.OUTSIDE_AREA);
        assertThat(amman.bankCertain()).isFalse();
        assertThat(amman.nearestSiteId()).isEqualTo("al-tanf");
    }

    @Test
    void banksZonesAndLinesAreAnsweredByIdAndUnknownIdsAreEmpty() {
        Point deirEzZor = ReferenceFixtures.point(40.14, 35.335);
        assertThat(analysis.bankSide(deirEzZor, 0)).isEqualTo(BankSide.WEST);
        assertThat(analysis.bankSide(deirEzZor, 5_000)).isEqualTo(BankSide.UNCERTAIN);
        assertThat(analysis.zoneAnswer("al-tanf-deconfliction-zone", TANF.location(), 1_000)).contains(SpatialAnswer.INSIDE);
        assertThat(analysis.zoneAnswer("nowhere", TANF.location(), 0)).isEmpty();
        assertThat(analysis.distanceToLineMetres("euphrates-deconfliction-line", deirEzZor).orElseThrow())
                .isCloseTo(analysis.distanceToRiverMetres(deirEzZor), within(1.0));
        assertThat(analysis.distanceToLineMetres("nowhere", deirEzZor)).isEmpty();
        assertThat(analysis.eastBank().getArea() + analysis.westBank().getArea())
                .isCloseTo(analysis.areaOfInterest().getArea(), within(1e-9));
    }

    @Test
    void itemsNearASiteAreFoundByGeodesicDistance() {
        LocatedItemIndex index = analysis.index(List.of(
                new LocatedItem("near", ReferenceFixtures.point(40.30, 35.28), 0),
                new LocatedItem("far", ReferenceFixtures.point(40.92, 34.45), 0)));
        assertThat(analysis.nearSite(index, "conoco", 10).orElseThrow().inside()).containsExactly("near");
        assertThat(analysis.nearSite(index, "nowhere", 10)).isEmpty();
    }

    private static Site site(String id, double lon, double lat) {
        return new Site(id, id, List.of(), SiteKind.BASE, id, ReferenceFixtures.point(lon, lat),
                new LocationUncertainty(LocationPrecision.EXACT, 100), List.of(), "SY", List.of());
    }
}
