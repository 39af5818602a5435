package org.deconfliction.atlas.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.deconfliction.atlas.story.StoryFixtures.state;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A step: a caption and the atlas's state as the main view's URL parameters, and nothing else. */
class StoryStepTest {

    @Test
    void takesEveryParameterOfTheMainView() {
        StoryStep step = new StoryStep("", state("view", "35.33611,40.30944,11", "base", "plain", "layers", "rivers,lines",
                "date", "2018-02-07", "mode", "window", "days", "7", "categories", "drone", "q", "region", "site", "conoco", "km", "15",
                "shape", "Circle", "region", "POINT (40.30944 35.33611)", "radius", "15000",
                "incident", "battle-of-khasham-2018"));

        assertThat(step.state().keySet()).containsExactlyElementsOf(StoryStep.PARAMETERS);
        assertThat(step.parameter("region")).contains("POINT (40.30944 35.33611)");
        assertThat(step.parameter("zoom")).isEmpty();
    }

    @Test
    void refusesAnUnknownParameterNamingIt() {
        assertThatThrownBy(() -> new StoryStep("", state("view", "35.3,40.3,9", "zoom", "9")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown parameter 'zoom': a step's state takes only view, base, layers, date, mode, days,"
                        + " categories, q, site, km, shape, region, radius, incident");
    }

    @Test
    void refusesAParameterWithoutAValue() {
        Map<String, List<String>> state = new HashMap<>();
        state.put("date", List.of());

        assertThatThrownBy(() -> new StoryStep("", state)).hasMessage("parameter 'date' must have a value");
    }

    @Test
    void anEmptyValueIsAValue() {
        assertThat(new StoryStep("", state("layers", "")).parameter("layers")).contains("");
    }

    @Test
    void keepsTheParametersInTheOrderOfTheUrlWhateverOrderTheyCameIn() {
        StoryStep step = new StoryStep("", state("incident", "battle-of-khasham-2018", "q", "east", "view", "35.3,40.3,9"));

        assertThat(step.state().keySet()).containsExactly("view", "q", "incident");
        assertThat(step).isEqualTo(new StoryStep("", state("view", "35.3,40.3,9", "q", "east",
                "incident", "battle-of-khasham-2018")));
    }

    @Test
    void isNotChangedThroughTheMapItWasMadeFrom() {
        List<String> values = new ArrayList<>(List.of("2018-02-07"));
        Map<String, List<String>> state = new HashMap<>(Map.of("date", values));
        StoryStep step = new StoryStep("", state);

        values.set(0, "2019-01-01");
        state.put("q", List.of("east"));

        assertThat(step.state()).isEqualTo(Map.of("date", List.of("2018-02-07")));
        assertThatThrownBy(() -> step.state().put("q", List.of("west"))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theCaptionMayBeEmptyButNotMissing() {
        assertThat(new StoryStep("", Map.of()).caption()).isEmpty();
        assertThatThrownBy(() -> new StoryStep(null, Map.of())).isInstanceOf(NullPointerException.class);
    }
}
