package org.deconfliction.atlas.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.deconfliction.atlas.geodata.GeodataFiles;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.deconfliction.atlas.incident.ShippedRepositories;
import org.deconfliction.atlas.incident.ui.IncidentMapLayers;
import org.deconfliction.atlas.map.LeafletMap;
import org.deconfliction.atlas.map.MapView;
import org.deconfliction.atlas.query.ui.QueryUrlState;
import org.deconfliction.atlas.query.ui.Question;
import org.deconfliction.atlas.reference.ui.ReferenceMapLayers;
import org.deconfliction.atlas.site.SiteRepository;
import org.deconfliction.atlas.site.ui.SiteMapLayer;
import org.deconfliction.atlas.timeline.TimelineUrlState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/**
 * The stories shipped in {@code geodata/stories/}, as the repository loads them at start-up: they refer only to
 * sites and incidents that exist, and every state they set is one the main view reads without ignoring anything.
 */
@SpringJUnitConfig(ShippedStoriesTest.Geodata.class)
@TestPropertySource(properties = "atlas.stories.folder=target/no-user-stories")
class ShippedStoriesTest {

    private static final String SOURCE_000 = "“Battle of Khasham (Feb 7, 2018): US and Russian Forces (Wagner Group) Clash in Syria”";
    private static final String SOURCE_001 = "“US and Russia Have Exchanged Fire Multiple Times in Syria”";
    private static final Set<String> LAYERS = Set.of(LeafletMap.BORDERS_LAYER, ReferenceMapLayers.RIVERS,
            ReferenceMapLayers.LINES, ReferenceMapLayers.ZONES, SiteMapLayer.LAYER_ID, IncidentMapLayers.UNCERTAINTY,
            IncidentMapLayers.INCIDENTS);

    /** The geodata, the sites, the incidents and the stories: no web server, no user interface. */
    @Configuration
    @Import({GeodataFiles.class, ShippedRepositories.class, org.deconfliction.atlas.security.Access.class})
    @ComponentScan(basePackageClasses = {SiteRepository.class, IncidentRepository.class, StoryRepository.class},
            excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = ".*\\.ui\\..*"))
    static class Geodata {
    }

    @Autowired
    StoryRepository stories;
    @Autowired
    SiteRepository sites;
    @Autowired
    IncidentRepository incidents;

    private List<StoryStep> allSteps() {
        return stories.findAll().stream().flatMap(story -> story.steps().stream()).toList();
    }

    @Test
    void theBattleOfKhashamIsShippedInEightStepsEachCitingItsSource() {
        assertThat(stories.findById("battle-of-khasham")).hasValueSatisfying(story -> {
            assertThat(story.title()).isEqualTo("The Battle of Khasham, step by step");
            assertThat(story.size()).isBetween(6, 8);
            assertThat(story.steps()).allSatisfy(step -> assertThat(step.caption())
                    .satisfiesAnyOf(caption -> assertThat(caption).contains("Source: " + SOURCE_000),
                            caption -> assertThat(caption).contains("Source: " + SOURCE_001),
                            caption -> assertThat(caption).contains("Sources: " + SOURCE_000 + "; " + SOURCE_001)));
            assertThat(stories.isShipped(story.id())).isTrue();
        });
    }

    @Test
    void everySiteAndIncidentNamedInAShippedStoryExists() {
        assertThat(allSteps()).allSatisfy(step -> {
            step.parameter("site").ifPresent(id -> assertThat(sites.findById(id)).as("site " + id).isPresent());
            step.parameter("incident").ifPresent(id -> assertThat(incidents.findById(id)).as("incident " + id).isPresent());
        });
        assertThat(allSteps()).anySatisfy(step -> assertThat(step.parameter("incident")).contains("battle-of-khasham-2018"));
    }

    @Test
    void everyViewParsesAndEveryLayerExists() {
        assertThat(allSteps()).allSatisfy(step -> {
            assertThat(step.parameter("view")).as("every step sets the view").isPresent();
            assertThat(MapView.parse(step.parameter("view").orElseThrow())).as(step.parameter("view").get()).isPresent();
            assertThat(step.parameter("layers").orElseThrow().split(",")).isSubsetOf(LAYERS);
        });
    }

    @Test
    void everyTimeAndQuestionReadsWithoutBeingIgnored() {
        assertThat(allSteps()).allSatisfy(step -> {
            TimelineUrlState time = TimelineUrlState.read(step.state());
            assertThat(time.ignored()).isEmpty();
            assertThat(time.date()).as("every step sets the date").isPresent();
            assertThat(time.mode()).as("every step sets the mode").isPresent();
            QueryUrlState question = QueryUrlState.read(step.state());
            assertThat(question.ignored()).isEmpty();
            assertThat(question.parameters()).isEqualTo(questionOf(step.state()));
        });
    }

    /** The question's parameters as the step sets them, which the query panel must write back the same. */
    private static Map<String, List<String>> questionOf(Map<String, List<String>> state) {
        Map<String, List<String>> question = new java.util.LinkedHashMap<>(state);
        question.keySet().retainAll(Set.of("q", "site", "km", "shape", "region", "radius"));
        return question;
    }

    @Test
    void theKhashamStoryAsksAboutADrawnRegionAndTheEastBankOnceEach() {
        List<Question> asked = stories.findById("battle-of-khasham").orElseThrow().steps().stream()
                .map(step -> QueryUrlState.read(step.state()).question()).toList();

        assertThat(asked).containsOnlyOnce(Question.REGION, Question.EAST);
    }
}
