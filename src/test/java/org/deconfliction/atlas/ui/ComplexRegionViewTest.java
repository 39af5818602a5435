package org.deconfliction.atlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.QueryParameters;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.deconfliction.atlas.analysis.StarOutlines;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.deconfliction.atlas.story.Story;
import org.deconfliction.atlas.story.StoryRepositories;
import org.deconfliction.atlas.story.StoryRepository;
import org.deconfliction.atlas.story.StoryStep;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

/**
 * A region too complex to repair, in a link or a saved story step, is explained by the count of its self-crossings
 * (a check whose cost is bounded by the crossing limit), not by the analysis running out of time.
 */
@SpringBootTest
@TestPropertySource(properties = "atlas.stories.folder=target/complex-region-stories")
class ComplexRegionViewTest extends SpringBrowserlessTest {

    private static final Path STORIES = Path.of("target/complex-region-stories");

    /** The story is saved (by a user, shared with everyone) before the application starts, as one saved earlier would be. */
    @BeforeAll
    static void saveAStoryWithTheStar() throws java.io.IOException {
        java.nio.file.Files.deleteIfExists(STORIES.resolve("complex-star.json"));
        StoryRepository stories = StoryRepositories.files("classpath:geodata/", STORIES);
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated("ann", null,
                        List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_VIEWER"))));
        stories.save(new Story("complex-star", "Complex star", "", List.of(new StoryStep("A star",
                Map.of("q", List.of("region"), "shape", List.of("Polygon"), "region", List.of(StarOutlines.star1001()))))
                ).withOwnership(new org.deconfliction.atlas.story.StoryOwnership(null, true, 0, null, null)));
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
    }

    @Autowired
    IncidentRepository incidents;

    private AtlasView open(Map<String, String> parameters) {
        UI.getCurrent().navigate(AtlasView.class, QueryParameters.simple(parameters));
        return $(AtlasView.class).single();
    }

    private boolean explained() {
        return $(Span.class).all().stream().anyMatch(span -> span.getText().contains("crosses itself more than 200 times"))
                || $(Notification.class).all().stream().anyMatch(n -> test(n).getText().contains("crosses itself more than 200 times"));
    }

    @Test
    void theStarInALinkIsExplainedByItsCrossingsAndTheGridStillListsIncidents() {
        AtlasView view = open(Map.of("q", "region", "shape", "Polygon", "region", StarOutlines.star1001()));

        assertThat(explained()).isTrue();
        assertThat(test(view.grid()).size()).isEqualTo(incidents.findAll().size());
    }

    @Test
    void theStarSavedInAStoryStepIsExplainedByItsCrossings() {
        open(Map.of("story", "complex-star", "step", "1"));

        assertThat(explained()).as(() -> $(Span.class).all().stream().map(Span::getText).toList() + " "
                + $(Notification.class).all().stream().map(n -> test(n).getText()).toList()).isTrue();
    }
}
