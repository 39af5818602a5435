package org.deconfliction.atlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.deconfliction.atlas.incident.ui.IncidentDetail;
import org.deconfliction.atlas.map.FeatureClickEvent;
import org.deconfliction.atlas.map.LeafletMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The selected incident's full card in the side panel, however the incident was picked, without a browser. */
@SpringBootTest
class IncidentDetailViewTest extends SpringBrowserlessTest {

    private static final String KHASHAM = "battle-of-khasham-2018";

    @Autowired
    IncidentRepository incidents;

    private String cardText(IncidentDetail detail) {
        return String.join("\n", $(Paragraph.class, detail).all().stream().map(Paragraph::getText).toList());
    }

    @Test
    void noCardIsShownBeforeAnIncidentIsPicked() {
        AtlasView view = navigate(AtlasView.class);

        assertThat(view.detail().isVisible()).isFalse();
        assertThat($(SidePanel.class).single().getChildren()).contains(view.detail());
    }

    @Test
    void anIncidentClickedOnTheMapShowsItsFullCardBesideTheGrid() {
        AtlasView view = navigate(AtlasView.class);
        LeafletMap map = view.map();
        Incident khasham = incidents.findById(KHASHAM).orElseThrow();

        ComponentUtil.fireEvent(map, new FeatureClickEvent(map, true, "incidents", KHASHAM));

        assertThat(view.detail().isVisible()).isTrue();
        assertThat(view.detail().shown()).contains(khasham);
        assertThat(cardText(view.detail())).contains(khasham.summary()).contains("Attacker deaths");
    }

    @Test
    void aRowPickedInTheGridShowsItsCardAndCloseHidesIt() {
        AtlasView view = navigate(AtlasView.class);
        var grid = test(view.grid());

        grid.select(3);
        Incident picked = grid.getRow(3).incident();
        assertThat(view.detail().shown()).contains(picked);
        assertThat(cardText(view.detail())).contains(picked.summary());

        test($(Button.class, view.detail()).withText("Close").single()).click();
        assertThat(view.detail().isVisible()).isFalse();
    }

    @Test
    void aLinkToAnIncidentOpensItsCard() {
        UI.getCurrent().navigate(AtlasView.class, QueryParameters.simple(Map.of("incident", KHASHAM)));
        AtlasView view = $(AtlasView.class).single();

        assertThat(view.detail().shown().map(Incident::id)).contains(KHASHAM);
    }

    @Test
    void anAnonymousVisitorIsOfferedNoEditingInTheCard() {
        AtlasView view = navigate(AtlasView.class);
        LeafletMap map = view.map();

        ComponentUtil.fireEvent(map, new FeatureClickEvent(map, true, "incidents", KHASHAM));

        assertThat($(Button.class, view.detail()).all()).extracting(Button::getText).containsExactly("Close");
    }
}
