package org.deconfliction.atlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import org.deconfliction.atlas.map.LegendEntry;
import org.deconfliction.atlas.query.ui.QuestionOverlay;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The question asked is drawn on the map, with its answers ringed (inside solid, uncertain dashed) and both
 * explained in the legend; the overlays follow the question and are not written into links as layers.
 */
@SpringBootTest
class QuestionOverlayViewTest extends SpringBrowserlessTest {

    @Test
    void aQuestionIsDrawnWithItsAnswersRingedAndExplainedAndGoesWithTheQuestion() {
        UI.getCurrent().navigate(AtlasView.class, QueryParameters.simple(Map.of("q", "near-site", "site", "conoco", "km", "15")));
        AtlasView view = $(AtlasView.class).single();

        assertThat(view.map().getVisibleLayers()).contains(QuestionOverlay.QUESTION, QuestionOverlay.ANSWERS);
        assertThat(view.map().getLegend()).extracting(LegendEntry::label)
                .contains("The question's area", "Answer: inside", "Answer: uncertain (its circle crosses the edge)");
        assertThat(view.map().getLegend()).filteredOn(row -> row.label().startsWith("Answer: uncertain"))
                .extracting(LegendEntry::shape).containsExactly(LegendEntry.Shape.DASHED_RING);
        String layers = view.currentState().get("layers").getFirst();
        assertThat(List.of(layers.split(","))).doesNotContain(QuestionOverlay.QUESTION, QuestionOverlay.ANSWERS)
                .contains("incidents");

        view.queryPanel().ask("ALL");

        assertThat(view.map().getVisibleLayers()).doesNotContain(QuestionOverlay.QUESTION, QuestionOverlay.ANSWERS);
        assertThat(view.map().getLegend()).extracting(LegendEntry::label).doesNotContain("The question's area");
    }

    @Test
    void aRegionTypedOnTheKeyboardIsAskedAndDrawnLikeADrawnOne() {
        UI.getCurrent().navigate(AtlasView.class);
        AtlasView view = $(AtlasView.class).single();
        int all = test(view.grid()).size();
        view.queryPanel().ask("REGION");
        TextField typed = $(TextField.class, view.queryPanel()).all().stream()
                .filter(field -> "Or type a region".equals(field.getLabel())).findFirst().orElseThrow();
        Button ask = $(Button.class, view.queryPanel()).all().stream()
                .filter(button -> "Ask for this region".equals(button.getText())).findFirst().orElseThrow();

        test(typed).setValue("circle 35.34, 40.31, 15");
        test(ask).click();

        assertThat(test(view.grid()).size()).isPositive().isLessThan(all);
        assertThat(view.map().getVisibleLayers()).contains(QuestionOverlay.QUESTION, QuestionOverlay.ANSWERS);
        assertThat(view.currentState().get("q")).containsExactly("region");

        test(typed).setValue("35.1, 40.1; 35.4");
        test(ask).click();

        assertThat(typed.isInvalid()).isTrue();
        assertThat(typed.getErrorMessage()).isEqualTo(
                "This region cannot be used: corner 2 needs latitude and longitude, got 1 numbers ('35.4')");
    }
}
