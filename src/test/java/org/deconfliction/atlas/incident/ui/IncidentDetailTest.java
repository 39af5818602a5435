package org.deconfliction.atlas.incident.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.deconfliction.atlas.geodata.LocationPrecision;
import org.deconfliction.atlas.geodata.LocationUncertainty;
import org.deconfliction.atlas.geodata.SourceReference;
import org.deconfliction.atlas.geodesy.Wgs84;
import org.deconfliction.atlas.incident.Actors;
import org.deconfliction.atlas.incident.Casualties;
import org.deconfliction.atlas.incident.CasualtyCount;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentCategory;
import org.deconfliction.atlas.incident.IncidentDate;
import org.deconfliction.atlas.incident.Opponent;
import org.deconfliction.atlas.incident.Range;
import org.junit.jupiter.api.Test;

/** The selected incident's full card beside the grid: every row of the old popup, as text, with its actions. */
class IncidentDetailTest {

    private static Incident incident(String title, String summary, List<String> disagreements) {
        return new Incident("rocket-2021", title, summary, IncidentCategory.ROCKET_ARTILLERY,
                new Actors(List.of("US forces"), List.of("Militia")), Opponent.IRAN_BACKED,
                new Casualties(new CasualtyCount(new Range(0, 0), new Range(1, 2)), null, null, null), "near the base", null,
                Wgs84.point(40.53, 35.08), new LocationUncertainty(LocationPrecision.TOWN, 5000),
                IncidentDate.day(LocalDate.of(2021, 6, 28)), null, "SY",
                List.of(new SourceReference("A report", null, "000_0000000000000000.txt")), disagreements);
    }

    @Test
    void isHiddenUntilAnIncidentIsShown() {
        IncidentDetail detail = new IncidentDetail();

        assertThat(detail.isVisible()).isFalse();
        assertThat(detail.rows()).isEmpty();
        assertThat(detail.shown()).isEmpty();
    }

    @Test
    void showsEveryRowOfTheCardInOrderAndNamesItselfAfterTheIncident() {
        IncidentDetail detail = new IncidentDetail();
        Incident rocket = incident("Rocket attack", "Two rockets hit the base.", List.of("Time: 22:00 vs 23:00."));

        detail.show(rocket);

        assertThat(detail.isVisible()).isTrue();
        assertThat(detail.rows()).containsExactly(
                java.util.Map.entry("Date", IncidentText.date(rocket)),
                java.util.Map.entry("Category", IncidentCategory.ROCKET_ARTILLERY.label()),
                java.util.Map.entry("Place", IncidentText.place(rocket)),
                java.util.Map.entry("What happened", "Two rockets hit the base."),
                java.util.Map.entry("Coalition side", "US forces"),
                java.util.Map.entry("Other side", "Militia (" + Opponent.IRAN_BACKED.label() + ")"),
                java.util.Map.entry("Casualties", "Coalition side: 0 killed, 1–2 wounded"),
                java.util.Map.entry("Sources disagree", "Time: 22:00 vs 23:00."),
                java.util.Map.entry("Sources", "1. " + rocket.sources().getFirst().label()));
        assertThat(detail.getElement().getAttribute("role")).isEqualTo("region");
        assertThat(detail.getElement().getAttribute("aria-label")).isEqualTo("Incident details: Rocket attack");
    }

    @Test
    void leavesOutTheDisagreementRowWhenTheSourcesAgree() {
        IncidentDetail detail = new IncidentDetail();

        detail.show(incident("Rocket attack", "Two rockets hit the base.", List.of()));

        assertThat(detail.rows()).doesNotContainKey("Sources disagree").containsKey("Sources");
    }

    @Test
    void setsMarkupFromTheDataAsText() {
        IncidentDetail detail = new IncidentDetail();
        String markup = "<img src=x onerror=alert(1)>";

        detail.show(incident(markup, "<script>alert('summary')</script>", List.of()));

        assertThat(detail.rows()).containsEntry("What happened", "<script>alert('summary')</script>");
        assertThat(detail.getElement().getOuterHTML()).doesNotContain("<img").doesNotContain("<script")
                .contains("&lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    void offersTheGivenActionsForTheIncidentShown() {
        IncidentDetail detail = new IncidentDetail();
        List<String> acted = new ArrayList<>();
        detail.setActions(List.of("Edit", "History"), (action, id) -> acted.add(action + " " + id));

        detail.show(incident("Rocket attack", "Two rockets hit the base.", List.of()));
        detail.getChildren().flatMap(c -> c.getChildren()).filter(Button.class::isInstance).map(Button.class::cast)
                .filter(button -> button.getText().equals("History")).findFirst().orElseThrow().click();

        assertThat(detail.actionLabels()).containsExactly("Edit", "History");
        assertThat(acted).containsExactly("History rocket-2021");
    }

    @Test
    void closesOnCloseAndWhenTheIncidentShownIsGone() {
        IncidentDetail detail = new IncidentDetail();
        Incident rocket = incident("Rocket attack", "Two rockets hit the base.", List.of());
        detail.show(rocket);

        detail.refresh("another-incident", Optional.empty());
        assertThat(detail.isVisible()).as("another incident's removal leaves it open").isTrue();
        detail.refresh(rocket.id(), Optional.of(incident("Rocket attack, corrected", "Three rockets.", List.of())));
        assertThat(detail.rows()).containsEntry("What happened", "Three rockets.");
        detail.refresh(rocket.id(), Optional.empty());
        assertThat(detail.isVisible()).isFalse();

        detail.show(rocket);
        detail.getChildren().flatMap(c -> c.getChildren()).filter(Button.class::isInstance).map(Button.class::cast)
                .filter(button -> button.getText().equals("Close")).findFirst().orElseThrow().click();
        assertThat(detail.isVisible()).isFalse();
        assertThat(detail.shown()).isEmpty();
    }
}
