package org.deconfliction.atlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** A distance that makes no question clears the old answer and says why, instead of leaving it on screen. */
@SpringBootTest
class UnaskableQuestionTest extends SpringBrowserlessTest {

    @Test
    void aDistanceOfZeroClearsTheAnswerAndSaysWhy() {
        UI.getCurrent().navigate(AtlasView.class, QueryParameters.simple(Map.of("q", "near-river", "km", "5")));
        AtlasView view = $(AtlasView.class).single();
        assertThat(test(view.grid()).size()).isPositive();
        NumberField km = $(NumberField.class).all().stream()
                .filter(field -> "Distance (km)".equals(field.getLabel())).findFirst().orElseThrow();

        km.setValue(0.0);

        assertThat(test(view.grid()).size()).isZero();
        assertThat($(Span.class, view.queryPanel()).all()).extracting(Span::getText)
                .anyMatch(text -> text.equals("This question cannot be asked: Distance (km) must be from 0.1 to 1000 km, was 0.0"))
                .noneMatch(text -> text.contains("incidents ("));
    }
}
