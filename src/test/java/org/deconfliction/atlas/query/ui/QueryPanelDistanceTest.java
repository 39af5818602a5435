package org.deconfliction.atlas.query.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.textfield.NumberField;
import java.util.ArrayList;
import java.util.List;
import org.deconfliction.atlas.query.SpatialCondition;
import org.junit.jupiter.api.Test;

/**
 * The distance field serves two kinds of question: within N km of a site or the river (55 km to begin with) and the
 * buffer around a drawn line (5 km to begin with); each remembers its own value, and links keep theirs.
 */
class QueryPanelDistanceTest {

    private static final String LINE = "{\"type\":\"LineString\",\"coordinates\":[[40.1,35.1],[40.4,35.3]]}";

    private final QueryPanel panel = new QueryPanel(List.of());
    private final List<SpatialCondition> asked = new ArrayList<>();

    QueryPanelDistanceTest() {
        panel.addConditionListener(asked::add);
    }

    private NumberField km() {
        return (NumberField) panel.getChildren().flatMap(c -> c.getChildren())
                .filter(NumberField.class::isInstance).findFirst().orElseThrow();
    }

    private double bufferMetresAsked() {
        return ((SpatialCondition.InRegion) asked.getLast()).region().metres();
    }

    @Test
    void aDrawnLineIsBufferedByFiveKilometresNotByTheSiteDistance() {
        assertThat(km().getValue()).isEqualTo(55.0);

        panel.regionDrawn("Line", LINE, 0);

        assertThat(km().getLabel()).isEqualTo("Buffer around the line (km)");
        assertThat(km().getValue()).isEqualTo(5.0);
        assertThat(bufferMetresAsked()).isEqualTo(5000.0);
    }

    @Test
    void eachKindOfQuestionRemembersItsOwnDistance() {
        panel.ask("NEAR_RIVER");
        km().setValue(20.0);
        panel.regionDrawn("Line", LINE, 0);
        km().setValue(2.5);
        assertThat(bufferMetresAsked()).isEqualTo(2500.0);

        panel.ask("NEAR_RIVER");
        assertThat(km().getValue()).isEqualTo(20.0);
        assertThat(asked.getLast()).isEqualTo(new SpatialCondition.NearRiver(20.0));

        panel.regionDrawn("Line", LINE, 0);
        assertThat(km().getValue()).isEqualTo(2.5);
        assertThat(panel.urlState().parameters().get("km")).containsExactly("2.5");
    }

    @Test
    void anUnusableDistanceIsNotRemembered() {
        panel.regionDrawn("Line", LINE, 0);
        km().setValue(0.0);
        panel.ask("NEAR_RIVER");
        panel.regionDrawn("Line", LINE, 0);

        assertThat(km().getValue()).isEqualTo(5.0);
    }

    @Test
    void aLinkKeepsItsLineBufferAndLeavesTheSiteDistanceAlone() {
        QueryPanel drawer = new QueryPanel(List.of());
        drawer.regionDrawn("Line", LINE, 0);
        ((NumberField) drawer.getChildren().flatMap(c -> c.getChildren())
                .filter(NumberField.class::isInstance).findFirst().orElseThrow()).setValue(12.0);
        var link = drawer.urlState().parameters();
        assertThat(link.get("km")).containsExactly("12");

        List<String> ignored = new ArrayList<>();
        panel.restore(QueryUrlState.read(link), ignored);

        assertThat(ignored).isEmpty();
        assertThat(km().getValue()).isEqualTo(12.0);
        assertThat(bufferMetresAsked()).isEqualTo(12000.0);
        panel.ask("NEAR_RIVER");
        assertThat(km().getValue()).isEqualTo(55.0);
    }

    @Test
    void aLinkToARiverQuestionKeepsItsDistance() {
        List<String> ignored = new ArrayList<>();
        panel.restore(QueryUrlState.read(java.util.Map.of("q", List.of("near-river"), "km", List.of("30"))), ignored);

        assertThat(km().getValue()).isEqualTo(30.0);
        assertThat(asked.getLast()).isEqualTo(new SpatialCondition.NearRiver(30.0));
        panel.regionDrawn("Line", LINE, 0);
        assertThat(km().getValue()).isEqualTo(5.0);
    }
}
