package org.deconfliction.atlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.deconfliction.atlas.analysis.BankSide;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentCategory;
import org.deconfliction.atlas.incident.IncidentFilter;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.deconfliction.atlas.query.IncidentAnswer;
import org.deconfliction.atlas.query.IncidentQuery;
import org.deconfliction.atlas.query.IncidentQueryService;
import org.deconfliction.atlas.query.SpatialCondition;
import org.deconfliction.atlas.timeline.ui.Timeline;
import org.deconfliction.atlas.timeline.ui.TimelineControls;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The timeline follows the one shared filter: its bars and its ◀ ▶ steps know only the incidents that pass. */
@SpringBootTest
class TimelineFilterTest extends SpringBrowserlessTest {

    @Autowired
    IncidentRepository incidents;

    @Autowired
    IncidentQueryService queries;

    private void open(Map<String, String> parameters) {
        UI.getCurrent().navigate(AtlasView.class, QueryParameters.simple(parameters));
    }

    /** Every date ◀ ▶ reach, from the first incident date to the last. */
    private Set<LocalDate> steppedDates() {
        TimelineControls controls = $(TimelineControls.class).single();
        controls.goToEnd(false);
        Set<LocalDate> dates = new LinkedHashSet<>();
        LocalDate previous = null;
        while (!controls.getState().current().equals(previous)) {
            previous = controls.getState().current();
            dates.add(previous);
            controls.stepIncident(1);
        }
        return dates;
    }

    @Test
    void withOnlyDronesChosenTheTimelineCountsAndStepsOverDroneIncidentsOnly() {
        List<Incident> drones = incidents.find(IncidentFilter.all().withCategories(Set.of(IncidentCategory.DRONE)));
        assertThat(drones.size()).isPositive().isLessThan(incidents.findAll().size());

        open(Map.of("categories", "drone"));

        assertThat($(Timeline.class).single().incidentCount()).isEqualTo(drones.size());
        assertThat(steppedDates()).containsExactlyInAnyOrderElementsOf(
                drones.stream().map(incident -> incident.date().start()).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void aSpatialQuestionNarrowsTheTimelineToItsAnswerAtAnyDate() {
        List<IncidentAnswer> east = queries.run(IncidentQuery.all().withSpatial(new SpatialCondition.OnBank(BankSide.EAST))).answers();
        assertThat(east.size()).isPositive().isLessThan(incidents.findAll().size());

        open(Map.of("q", "east", "date", "2016-01-01"));

        assertThat($(Timeline.class).single().incidentCount()).isEqualTo(east.size());
    }
}
