package org.deconfliction.atlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import org.deconfliction.atlas.map.BaseLayerChangeEvent;
import org.deconfliction.atlas.map.LayerToggleEvent;
import org.deconfliction.atlas.map.LeafletMap;
import org.deconfliction.atlas.map.LegendEntry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** The base layer chosen, and a legend that lists only the overlays shown, without a browser. */
@SpringBootTest
class MapLayersTest extends SpringBrowserlessTest {

    private LeafletMap open(Map<String, String> parameters) {
        UI.getCurrent().navigate(AtlasView.class, QueryParameters.simple(parameters));
        return $(AtlasView.class).single().map();
    }

    @Test
    void aLinkChoosesTheBaseLayerAndTheLayerSwitcherChangesIt() {
        LeafletMap map = open(Map.of("base", "plain"));

        assertThat(map.getBaseLayerIds()).containsExactly("tiles", "plain");
        assertThat(map.getBaseLayer()).isEqualTo("plain");

        ComponentUtil.fireEvent(map, new BaseLayerChangeEvent(map, true, "tiles"));

        assertThat(map.getBaseLayer()).isEqualTo("tiles");
        assertThat(MapUrlState.write(map.getView(), map.getBaseLayer(), map.getVisibleLayers()))
                .containsEntry("base", List.of("tiles"));
    }

    @Test
    void anUnknownBaseLayerKeepsTheConfiguredOneWithANotice() {
        LeafletMap map = open(Map.of("base", "satellite"));

        assertThat(map.getBaseLayer()).isEqualTo("tiles");
        assertThat(test($(Notification.class).single()).getText())
                .contains("base layer 'satellite' was ignored: expected one of tiles, plain");
    }

    @Test
    void theLegendListsOnlyTheOverlaysShown() {
        LeafletMap map = open(Map.of("layers", "borders,rivers,incidents"));

        assertThat(map.getLegend()).extracting(LegendEntry::label)
                .contains("Euphrates (GSHHG/WDBII)", "Drone")
                .doesNotContain("Deconfliction line (approximate)", "al-Tanf 55 km zone", "Oil or gas field");

        ComponentUtil.fireEvent(map, new LayerToggleEvent(map, true, "incidents", false));
        ComponentUtil.fireEvent(map, new LayerToggleEvent(map, true, "sites", true));

        assertThat(map.getLegend()).extracting(LegendEntry::layerId).containsOnly("rivers", "sites");
    }
}
