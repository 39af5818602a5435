package org.deconfliction.atlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.deconfliction.atlas.map.MapView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** How the main view keeps its address short enough to open, without a browser. */
@SpringBootTest
class ShortLinkViewTest extends SpringBrowserlessTest {

    @Autowired
    IncidentRepository incidents;

    private AtlasView open(Map<String, List<String>> parameters) {
        UI.getCurrent().navigate(AtlasView.class, new QueryParameters(parameters));
        return $(AtlasView.class).single();
    }

    private static Map<String, List<String>> parameters(String query) {
        return QueryParameters.fromString(query.substring(1)).getParameters();
    }

    private List<String> notices() {
        return $(Notification.class).all().stream().map(n -> test(n).getText()).toList();
    }

    @Test
    void aShortStateStaysReadableInTheAddress() {
        AtlasView view = open(Map.of("q", List.of("near-site"), "site", List.of("al-tanf"), "km", List.of("55")));

        assertThat(view.address()).contains("q=near-site").contains("site=al-tanf").doesNotContain("link=");
    }

    @Test
    void aLongRegionIsKeptAsAShortLinkThatRestoresTheWholeState() {
        String wkt = LongRegions.polygon(250, 0.3);
        assertThat(wkt.length()).isGreaterThan(5_000);
        AtlasView view = open(Map.of("view", List.of("35.30000,40.20000,9"), "base", List.of("plain"),
                "layers", List.of("rivers,sites,incidents"), "date", List.of("2019-06-30"), "categories", List.of("drone,ground-clash"),
                "q", List.of("region"), "shape", List.of("Polygon"), "region", List.of(wkt)));
        Map<String, List<String>> question = view.queryPanel().urlState().parameters();
        int listed = test(view.grid()).size();
        assertThat(question.get("region").getFirst()).startsWith("POLYGON ((40.5 35.3");

        String address = view.address();
        assertThat(address).hasSizeLessThan(ShortLinks.SAFE_LENGTH).contains("view=35.30000,40.20000,9")
                .contains("base=plain").contains("date=2019-06-30").doesNotContain("region=").doesNotContain("q=")
                .containsPattern("link=[A-Za-z0-9_-]{16}");
        String id = parameters(address).get("link").getFirst();

        AtlasView reopened = open(Map.of("link", List.of(id)));
        assertThat(reopened.queryPanel().urlState().parameters()).isEqualTo(question);
        assertThat(test(reopened.grid()).size()).isEqualTo(listed);

        AtlasView whole = open(parameters(address));
        assertThat(whole.queryPanel().urlState().parameters()).isEqualTo(question);
        assertThat(whole.map().getView()).isEqualTo(MapView.parse("35.30000,40.20000,9").orElseThrow());
        assertThat(whole.map().getBaseLayer()).isEqualTo("plain");
        assertThat(whole.map().getVisibleLayers()).as("the overlays of the link, and those drawing its question")
                .contains("rivers", "sites", "incidents").doesNotContain("borders", "lines", "zones", "uncertainty");
        assertThat(whole.address()).as("the same state, the same link").isEqualTo(address);
        assertThat(notices()).isEmpty();
    }

    @Test
    void anUnknownOrGarbledLinkIsIgnoredWithTheNoticeAndTheRestApplies() {
        for (String id : List.of("AAAAAAAAAAAAAAAA", "not a link", "%ZZ<script>", "x".repeat(300))) {
            AtlasView view = open(Map.of("link", List.of(id), "view", List.of("34.45361,40.91861,11")));

            assertThat(notices()).as(id).anyMatch(text -> text.startsWith("link '") && text.contains("was ignored: no view is kept"));
            assertThat(view.map().getView()).isEqualTo(MapView.parse("34.45361,40.91861,11").orElseThrow());
            assertThat(test(view.grid()).size()).isEqualTo(incidents.findAll().size());
            assertThat(view.address()).doesNotContain("link=");
            $(Notification.class).all().forEach(Notification::close);
        }
    }
}
