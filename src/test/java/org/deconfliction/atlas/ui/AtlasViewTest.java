package org.deconfliction.atlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.deconfliction.atlas.map.FeatureClickEvent;
import org.deconfliction.atlas.map.FeatureRef;
import org.deconfliction.atlas.map.RegionClearedEvent;
import org.deconfliction.atlas.map.RegionDrawnEvent;
import org.deconfliction.atlas.analysis.BankSide;
import org.deconfliction.atlas.query.IncidentQuery;
import org.deconfliction.atlas.query.IncidentQueryService;
import org.deconfliction.atlas.query.SpatialCondition;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.deconfliction.atlas.map.LatLng;
import org.deconfliction.atlas.site.SiteRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.deconfliction.atlas.map.LayerToggleEvent;
import org.deconfliction.atlas.map.LeafletMap;
import org.deconfliction.atlas.map.MapView;
import org.deconfliction.atlas.map.MapViewChangeEvent;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** How the main view wires the map to the URL, without a browser. */
@SpringBootTest
class AtlasViewTest extends SpringBrowserlessTest {

    @Autowired
    IncidentRepository incidents;

    @Autowired
    SiteRepository sites;

    @Autowired
    IncidentQueryService queries;

    @Autowired
    StoreChangeBroadcast storeChanges;

    /** Opens the view as a link with these query parameters would. */
    private AtlasView open(Map<String, String> parameters) {
        UI.getCurrent().navigate(AtlasView.class, QueryParameters.simple(parameters));
        return $(AtlasView.class).single();
    }

    @Test
    void anOpenViewHearsStoreChangesUntilItIsLeft() {
        UI.getCurrent().navigate("login");
        int elsewhere = storeChanges.registered();
        navigate(AtlasView.class);
        assertThat(storeChanges.registered()).isEqualTo(elsewhere + 1);
        UI.getCurrent().navigate("login");
        assertThat(storeChanges.registered()).as("the detached view is not kept").isEqualTo(elsewhere);
    }

    @Test
    void opensOnEasternSyriaWithEveryOverlayShown() {
        AtlasView view = navigate(AtlasView.class);

        LeafletMap map = view.map();
        assertThat(map.getVisibleLayers()).containsExactlyInAnyOrder("borders", "zones", "rivers", "lines", "sites", "uncertainty", "incidents");
        assertThat(map.getView().centre().lng()).isBetween(38.0, 41.0);
        assertThat($(Notification.class).all()).isEmpty();
    }

    @Test
    void restoresTheViewAndLayersNamedInTheUrl() {
        AtlasView view = open(Map.of("view", "34.45361,40.91861,11", "layers", "rivers,sites"));

        assertThat(view.map().getView()).isEqualTo(new MapView(new LatLng(34.45361, 40.91861), 11));
        assertThat(view.map().getVisibleLayers()).containsExactlyInAnyOrder("rivers", "sites");
    }

    @Test
    void ignoresABadParameterWithANoticeAndStaysUsable() {
        AtlasView view = open(Map.of("view", "35.1,40.4,99", "layers", "sites,tanks"));

        assertThat(view.map().getView().zoom()).isNotEqualTo(99);
        assertThat(view.map().getVisibleLayers()).containsExactly("sites");
        Notification notice = $(Notification.class).single();
        assertThat(test(notice).getText())
                .contains("view '35.1,40.4,99' was ignored")
                .contains("layer 'tanks' was ignored");
    }

    @Test
    void followsWhatTheBrowserReportsAboutTheViewAndTheLayers() {
        AtlasView view = navigate(AtlasView.class);
        LeafletMap map = view.map();

        ComponentUtil.fireEvent(map, new MapViewChangeEvent(map, true, 33.5, 38.6, 9, 33.0, 37.5, 34.0, 39.7));
        ComponentUtil.fireEvent(map, new LayerToggleEvent(map, true, "zones", false));

        assertThat(map.getView()).isEqualTo(new MapView(new LatLng(33.5, 38.6), 9));
        assertThat(map.getVisibleLayers()).doesNotContain("zones").contains("sites");
    }

    @Test
    void listsEveryIncidentInTheGridOldestFirst() {
        AtlasView view = navigate(AtlasView.class);

        var grid = test(view.grid());
        assertThat(grid.size()).isEqualTo(incidents.findAll().size());
        assertThat(grid.getRow(0).incident()).isEqualTo(incidents.findAll().getFirst());
        assertThat(grid.getHeaderCell(0)).isEqualTo("Date");
        var first = incidents.findAll().getFirst();
        String nearest = queries.attributes(first).nearestSiteId();
        assertThat(grid.getCellText(0, grid.getColumnPosition("nearestSite")))
                .startsWith(sites.findById(nearest).orElseThrow().name() + " (");
    }

    @Test
    void aRowPickedInTheGridIsSelectedOnTheMap() {
        AtlasView view = navigate(AtlasView.class);
        var grid = test(view.grid());

        grid.select(3);

        assertThat(view.map().getSelection()).contains(new FeatureRef("incidents", grid.getRow(3).incident().id()));
    }

    @Test
    void anIncidentClickedOnTheMapIsSelectedInTheGrid() {
        AtlasView view = navigate(AtlasView.class);
        LeafletMap map = view.map();

        ComponentUtil.fireEvent(map, new FeatureClickEvent(map, true, "incidents", "battle-of-khasham-2018"));

        assertThat(view.grid().asSingleSelect().getValue().incident().id()).isEqualTo("battle-of-khasham-2018");
        assertThat(map.getSelection()).contains(new FeatureRef("incidents", "battle-of-khasham-2018"));
    }

    @Test
    void findsPlacesWhateverTheirTransliterationAndFliesToTheChoice() {
        AtlasView view = navigate(AtlasView.class);
        @SuppressWarnings("unchecked")
        ComboBox<Object> box = $(ComboBox.class).single();
        var search = test(box);

        search.setFilter("Dayr az Zawr");
        assertThat(search.getSuggestions()).contains("Site · " + sites.findById("deir-ez-zor").orElseThrow().name());
        search.setFilter("Al Omar");
        assertThat(search.getSuggestions()).anyMatch(label -> label.startsWith("Site · ") && label.contains("Omar"));
        search.setFilter("Wagner");
        assertThat(search.getSuggestions()).anyMatch(label -> label.contains("Khasham"));

        search.setFilter("Khasham");
        search.selectItem(search.getSuggestions().stream().filter(l -> l.contains("Battle of Khasham")).findFirst().orElseThrow());

        assertThat(view.map().getSelection()).contains(new FeatureRef("incidents", "battle-of-khasham-2018"));
        assertThat(view.grid().asSingleSelect().getValue().incident().id()).isEqualTo("battle-of-khasham-2018");
    }

    @Test
    void askingEastOfTheEuphratesListsOnlyWhatTheQueryServiceAnswers() {
        AtlasView view = navigate(AtlasView.class);

        view.queryPanel().ask("EAST");

        var grid = test(view.grid());
        var expected = queries.run(IncidentQuery.all().withSpatial(new SpatialCondition.OnBank(BankSide.EAST)));
        assertThat(grid.size()).isEqualTo(expected.total()).isLessThan(incidents.findAll().size());
        List<String> listed = new java.util.ArrayList<>();
        for (int row = 0; row < grid.size(); row++) {
            listed.add(grid.getRow(row).incident().id());
        }
        assertThat(listed).contains("battle-of-khasham-2018").doesNotContain("shayrat-missile-strike-2017");
        assertThat($(Span.class).all()).anyMatch(span -> span.getText().startsWith(expected.total() + " incidents ("));
    }

    @Test
    void aRegionDrawnOnTheMapBecomesTheQuestion() {
        AtlasView view = navigate(AtlasView.class);
        LeafletMap map = view.map();
        String box = "{\"type\":\"Polygon\",\"coordinates\":[[[39.9,35.1],[40.6,35.1],[40.6,35.5],[39.9,35.5],[39.9,35.1]]]}";

        ComponentUtil.fireEvent(map, new RegionDrawnEvent(map, true, "Rectangle", box, 0));

        var grid = test(view.grid());
        assertThat(grid.size()).isPositive().isLessThan(incidents.findAll().size());
        assertThat(grid.getRow(0).incident().location().getX()).isBetween(39.8, 40.7);
        ComponentUtil.fireEvent(map, new RegionClearedEvent(map, true));
        assertThat(test(view.grid()).size()).isEqualTo(incidents.findAll().size());
    }

    @Test
    void aRegionThatCannotBeQueriedIsExplainedAndTheViewKeepsWorking() {
        AtlasView view = navigate(AtlasView.class);
        LeafletMap map = view.map();
        int before = test(view.grid()).size();

        ComponentUtil.fireEvent(map, new RegionDrawnEvent(map, true, "Polygon", "{\"type\":\"Polygon\",\"coordinates\":[[[40,35]]]}", 0));

        assertThat($(Span.class).all()).anyMatch(span -> span.getText().startsWith("This question cannot be asked: "));
        assertThat(test(view.grid()).size()).isEqualTo(before);
    }

    @Test
    void aLinkReopensTheQuestionWithItsSiteAndDistance() {
        AtlasView view = open(Map.of("q", "near-site", "site", "al-tanf", "km", "55"));

        var grid = test(view.grid());
        List<String> listed = new java.util.ArrayList<>();
        for (int row = 0; row < grid.size(); row++) {
            listed.add(grid.getRow(row).incident().id());
        }
        assertThat(listed).contains("al-tanf-drone-attack-2021").doesNotContain("battle-of-khasham-2018");
        assertThat(view.queryPanel().urlState().parameters())
                .containsEntry("q", List.of("near-site")).containsEntry("site", List.of("al-tanf")).containsEntry("km", List.of("55"));
    }

    @Test
    void aLinkReopensADrawnRegion() {
        AtlasView view = open(Map.of("q", "region", "shape", "Rectangle",
                "region", "POLYGON ((39.9 35.1, 40.6 35.1, 40.6 35.5, 39.9 35.5, 39.9 35.1))"));

        var grid = test(view.grid());
        assertThat(grid.size()).isPositive().isLessThan(incidents.findAll().size());
        assertThat(view.queryPanel().urlState().parameters().get("region").getFirst()).startsWith("POLYGON ((39.9 35.1");
    }

    @Test
    void aMalformedRegionInALinkIsIgnoredWithANoticeAndThePageStaysUsable() {
        for (String wkt : List.of("POLYGON((1 2, 3 4))",
                "POLYGON ((39 35, 41 35, 41 36, 39 36, 39 35), (39.5 35.2, 40 35.2, 40 35.5, 39.6 35.6))")) {
            AtlasView view = open(Map.of("q", "region", "shape", "Polygon", "region", wkt));

            assertThat($(Notification.class).all()).as(wkt)
                    .anyMatch(n -> test(n).getText().contains("region '" + wkt.substring(0, 15)) && test(n).getText().contains("was ignored"));
            assertThat(test(view.grid()).size()).isEqualTo(incidents.findAll().size());
            assertThat(view.queryPanel().urlState().parameters()).doesNotContainKey("region");
        }
    }

    @Test
    void anUnknownQuestionOrSiteInALinkIsIgnoredWithANotice() {
        AtlasView view = open(Map.of("q", "near-site", "site", "atlantis"));
        Notification notice = $(Notification.class).single();

        assertThat(test(notice).getText()).contains("site 'atlantis' was ignored").contains("near-site was not asked");
        assertThat(test(view.grid()).size()).isEqualTo(incidents.findAll().size());
        assertThat(view.queryPanel().urlState().parameters()).as("no other site silently asked instead")
                .doesNotContainKey("q").doesNotContainKey("site");

        open(Map.of("q", "moon"));
        assertThat($(Notification.class).all()).anyMatch(n -> test(n).getText().contains("question q='moon' was ignored"));
    }

    @Test
    void presenterKeysStepPlayAndLeave() {
        AtlasView view = open(Map.of("date", "2018-02-07"));
        var controls = $(org.deconfliction.atlas.timeline.ui.TimelineControls.class).single();
        var caption = view.caption();
        assertThat(caption.isVisible()).isFalse();

        view.presenterKey("PageDown");
        assertThat(controls.getState().current()).as("PageDown does nothing unless presenting").isEqualTo(java.time.LocalDate.of(2018, 2, 7));

        view.presenterKey("p");
        assertThat(caption.isVisible()).isTrue();
        assertThat(view.getElement().hasAttribute("presenting")).isTrue();
        assertThat(view.grid().isVisible() && view.grid().getParent().orElseThrow().isVisible()).isFalse();

        view.presenterKey("End");
        assertThat(controls.getState().current()).isEqualTo(incidents.findAll().getLast().date().start());
        view.presenterKey("Home");
        assertThat(controls.getState().current()).isEqualTo(incidents.findAll().getFirst().date().start());
        view.presenterKey("PageDown");
        assertThat(controls.getState().current()).isAfter(incidents.findAll().getFirst().date().start());

        view.presenterKey("Escape");
        assertThat(caption.isVisible()).isFalse();
        assertThat(view.getElement().hasAttribute("presenting")).isFalse();
    }

    @Test
    void aStoryLinkOpensItsStepWithTheSavedState() {
        AtlasView view = open(Map.of("story", "battle-of-khasham", "step", "4"));

        var controls = $(org.deconfliction.atlas.timeline.ui.TimelineControls.class).single();
        assertThat(controls.getState().current()).isEqualTo(java.time.LocalDate.of(2018, 2, 7));
        assertThat(view.map().getView()).isEqualTo(MapView.parse("35.33611,40.30944,11").orElseThrow());
        assertThat(view.queryPanel().urlState().parameters()).containsEntry("q", List.of("region"));
        assertThat(view.map().getSelection()).contains(new FeatureRef("incidents", "battle-of-khasham-2018"));
        assertThat($(com.vaadin.flow.component.details.Details.class).all())
                .filteredOn(d -> "Stories".equals(d.getSummaryText())).singleElement()
                .satisfies(d -> assertThat(d.isOpened()).isTrue());
    }

    @Test
    void anUnknownStoryOrStepIsIgnoredWithANotice() {
        open(Map.of("story", "battle-of-khasham", "step", "99"));
        assertThat($(Notification.class).all()).anyMatch(n -> test(n).getText().contains("step '99' was ignored: the story has steps 1 to 8"));

        open(Map.of("story", "atlantis"));
        assertThat($(Notification.class).all()).anyMatch(n -> test(n).getText().contains("story 'atlantis' was ignored"));
    }

    @Test
    void presentingAStoryWalksItsStepsWithTheKeysAndCaptionsEach() {
        AtlasView view = navigate(AtlasView.class);
        var panel = $(org.deconfliction.atlas.story.ui.StoryPanel.class).single();
        var controls = $(org.deconfliction.atlas.timeline.ui.TimelineControls.class).single();
        assertThat(panel.showStory("battle-of-khasham")).isTrue();

        test($(com.vaadin.flow.component.button.Button.class, panel).withAriaLabel("Present from the first step").single()).click();

        assertThat(view.caption().isVisible()).isTrue();
        assertThat(view.caption().getChildren().filter(c -> c instanceof com.vaadin.flow.component.html.H2).findFirst()
                .orElseThrow().isVisible()).as("no heading repeating the caption's first sentence").isFalse();
        assertThat(panel.chosenStep()).isEqualTo(1);
        view.presenterKey("PageDown");
        view.presenterKey("ArrowRight");
        assertThat(panel.chosenStep()).isEqualTo(3);
        assertThat(controls.getState().current()).isEqualTo(java.time.LocalDate.of(2018, 2, 6));
        view.presenterKey("ArrowRight");
        assertThat(view.map().getSelection()).contains(new FeatureRef("incidents", "battle-of-khasham-2018"));
        view.presenterKey("End");
        assertThat(panel.chosenStep()).isEqualTo(8);
        assertThat(view.map().getSelection()).as("a step without an incident leaves none selected").isEmpty();
        view.presenterKey(" ");
        assertThat(panel.chosenStep()).isEqualTo(8);
        assertThat(controls.isPlaying()).as("Space in a story steps on, it never plays the timeline").isFalse();
        view.presenterKey("Escape");
        assertThat(view.caption().isVisible()).isFalse();
        assertThat(controls.isPlaying()).isFalse();
    }

    @Test
    void presentingStepsIncidentByIncidentAndLeavingStopsPlayback() {
        AtlasView view = open(Map.of("date", "2019-10-06"));
        var controls = $(org.deconfliction.atlas.timeline.ui.TimelineControls.class).single();

        view.presenterKey("p");
        assertThat(view.presenterMode().captioned()).map(i -> i.id()).contains("us-withdrawal-kobani-2019");
        view.presenterKey("ArrowRight");
        assertThat(view.presenterMode().captioned()).map(i -> i.id()).contains("us-withdrawal-manbij-2019");
        assertThat(controls.getState().current()).isEqualTo(java.time.LocalDate.of(2019, 10, 6));
        assertThat(view.map().getSelection()).contains(new FeatureRef("incidents", "us-withdrawal-manbij-2019"));
        view.presenterKey("ArrowRight");
        view.presenterKey("ArrowRight");
        assertThat(view.presenterMode().captioned()).map(i -> i.id()).contains("lafarge-factory-bombing-2019");
        view.presenterKey("ArrowLeft");
        assertThat(view.presenterMode().captioned()).map(i -> i.id()).contains("us-withdrawal-tabqa-raqqa-2019");

        view.presenterKey(" ");
        assertThat(controls.isPlaying()).isTrue();
        view.presenterKey("Escape");
        assertThat(controls.isPlaying()).as("leaving stops playback").isFalse();
    }

    @Test
    void categoriesNarrowEveryQuestionAndLiveInTheUrl() {
        AtlasView view = open(Map.of("q", "east", "categories", "air-strike,drone"));

        var grid = test(view.grid());
        assertThat(grid.size()).isPositive();
        for (int row = 0; row < grid.size(); row++) {
            assertThat(grid.getRow(row).incident().category().code()).isIn("air-strike", "drone");
            var answer = grid.getRow(row);
            if (answer.attributes().bankCertain()) {
                assertThat(answer.attributes().bank()).isEqualTo(BankSide.EAST);
            } else {
                assertThat(answer.answer()).isEqualTo(org.deconfliction.atlas.analysis.SpatialAnswer.UNCERTAIN);
            }
        }
        assertThat(view.queryPanel().urlState().parameters()).containsEntry("categories", List.of("air-strike,drone"));

        open(Map.of("categories", "tanks"));
        assertThat($(Notification.class).all()).anyMatch(n -> test(n).getText().contains("category 'tanks' was ignored"));
    }

    @Test
    void anIncidentClickedOnTheTimelineIsSelectedOnTheMapAndInTheGrid() {
        AtlasView view = navigate(AtlasView.class);
        var timeline = $(org.deconfliction.atlas.timeline.ui.Timeline.class).single();

        ComponentUtil.fireEvent(timeline, new org.deconfliction.atlas.timeline.ui.TimelineIncidentEvent(timeline, true, "battle-of-khasham-2018"));

        assertThat(view.map().getSelection()).contains(new FeatureRef("incidents", "battle-of-khasham-2018"));
        assertThat(view.grid().asSingleSelect().getValue().incident().id()).isEqualTo("battle-of-khasham-2018");
    }
}
