package org.deconfliction.atlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.deconfliction.atlas.map.LatLng;
import org.deconfliction.atlas.map.MapView;
import org.junit.jupiter.api.Test;

class MapUrlStateTest {

    private static final Set<String> KNOWN = Set.of("sites", "rivers", "lines", "zones", "borders");
    private static final Set<String> BASES = new LinkedHashSet<>(List.of("tiles", "plain"));

    @Test
    void readsTheViewAndTheShownLayers() {
        MapUrlState state = MapUrlState.read(Map.of("view", List.of("35.1,40.4,10"), "layers", List.of("sites,rivers")), KNOWN, BASES);

        assertThat(state.view()).contains(new MapView(new LatLng(35.1, 40.4), 10));
        assertThat(state.layers()).contains(Set.of("sites", "rivers"));
        assertThat(state.ignored()).isEmpty();
    }

    @Test
    void withoutParametersAsksForNothing() {
        MapUrlState state = MapUrlState.read(Map.of(), KNOWN, BASES);

        assertThat(state.view()).isEmpty();
        assertThat(state.layers()).isEmpty();
    }

    @Test
    void anEmptyLayerListHidesEveryOverlay() {
        assertThat(MapUrlState.read(Map.of("layers", List.of("")), KNOWN, BASES).layers()).contains(Set.of());
    }

    @Test
    void ignoresAMalformedOrOutOfRangeViewAndSaysSo() {
        for (String bad : List.of("35.1,40.4", "north,40.4,10", "95,40.4,10", "35.1,200,10", "35.1,40.4,30")) {
            MapUrlState state = MapUrlState.read(Map.of("view", List.of(bad)), KNOWN, BASES);

            assertThat(state.view()).as(bad).isEmpty();
            assertThat(state.ignored()).as(bad).singleElement().asString().startsWith("view '" + bad + "' was ignored");
        }
    }

    @Test
    void keepsTheKnownLayersAndReportsTheUnknownOnes() {
        MapUrlState state = MapUrlState.read(Map.of("layers", List.of("sites,tanks")), KNOWN, BASES);

        assertThat(state.layers()).contains(Set.of("sites"));
        assertThat(state.ignored()).containsExactly("layer 'tanks' was ignored: there is no such layer");
    }

    @Test
    void writtenParametersReadBackToTheSameState() {
        MapView view = new MapView(new LatLng(34.45361, 40.91861), 11);
        Set<String> layers = new LinkedHashSet<>(List.of("borders", "rivers", "sites"));

        MapUrlState state = MapUrlState.read(MapUrlState.write(view, "plain", layers), KNOWN, BASES);

        assertThat(state.view()).contains(view);
        assertThat(state.baseLayer()).contains("plain");
        assertThat(state.layers()).contains(layers);
    }

    @Test
    void readsTheBaseLayerChosenAndReportsAnUnknownOne() {
        assertThat(MapUrlState.read(Map.of("base", List.of("plain")), KNOWN, BASES).baseLayer()).contains("plain");

        MapUrlState state = MapUrlState.read(Map.of("base", List.of("satellite"), "layers", List.of("sites")), KNOWN, BASES);

        assertThat(state.baseLayer()).isEmpty();
        assertThat(state.layers()).contains(Set.of("sites"));
        assertThat(state.ignored()).containsExactly("base layer 'satellite' was ignored: expected one of tiles, plain");
    }

    @Test
    void theBaseLayerIsWrittenBetweenTheViewAndTheOverlays() {
        Map<String, List<String>> parameters = MapUrlState.write(new MapView(new LatLng(35.1, 40.4), 10), "plain", Set.of("sites"));

        assertThat(MapUrlState.queryString(parameters)).isEqualTo("?view=35.10000,40.40000,10&base=plain&layers=sites");
    }

    @Test
    void writesAReadableQueryWithCommasKeptAndOtherSpecialCharactersEncoded() {
        Map<String, List<String>> parameters = new java.util.LinkedHashMap<>();
        parameters.put("view", List.of("35.10000,40.40000,10"));
        parameters.put("layers", List.of("sites,a&b"));

        assertThat(MapUrlState.queryString(parameters)).isEqualTo("?view=35.10000,40.40000,10&layers=sites,a%26b");
    }
}
