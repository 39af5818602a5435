package org.deconfliction.atlas.incident.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.shared.Registration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.deconfliction.atlas.incident.CasualtyCount;
import org.deconfliction.atlas.incident.Incident;

/**
 * Incidents as a table sortable by date, title, category and casualties (most killed reported). Cells show plain
 * text. A row picked by the user is reported to listeners; selecting from code does not report back.
 */
public class IncidentGrid extends Grid<Incident> {

    public IncidentGrid() {
        super(Incident.class, false);
        Column<Incident> date = addColumn(incident -> incident.date().label()).setHeader("Date").setKey("date")
                .setComparator(Comparator.comparing((Incident incident) -> incident.date().start())
                        .thenComparing(incident -> incident.date().end()))
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(Incident::title).setHeader("Incident").setKey("title").setComparator(Incident::title)
                .setFlexGrow(1).setResizable(true);
        addColumn(incident -> incident.category().label()).setHeader("Category").setKey("category")
                .setComparator(incident -> incident.category().label()).setAutoWidth(true).setFlexGrow(0);
        addColumn(IncidentGrid::killedText).setHeader("Killed").setKey("killed")
                .setComparator(Comparator.comparingInt(IncidentText::killedAtMost)).setAutoWidth(true).setFlexGrow(0);
        setSelectionMode(SelectionMode.SINGLE);
        setColumnReorderingAllowed(true);
        sort(List.of(new GridSortOrder<>(date, SortDirection.ASCENDING)));
    }

    /** Shows these incidents. */
    public void show(List<Incident> incidents) {
        setItems(incidents);
    }

    /** Selects and scrolls to the incident with this id, or clears the selection when it is not listed. */
    public void selectIncident(String id) {
        Optional<Incident> row = getListDataView().getItems().filter(incident -> incident.id().equals(id)).findFirst();
        row.ifPresentOrElse(incident -> {
            select(incident);
            scrollToItem(incident);
        }, this::deselectAll);
    }

    /** Listens for rows the user picks. */
    public Registration addIncidentPickedListener(Consumer<Incident> listener) {
        return asSingleSelect().addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                listener.accept(event.getValue());
            }
        });
    }

    /** Everyone killed as reported, all sides: "200–300", "0", or "–" when no side's dead are reported. */
    static String killedText(Incident incident) {
        int min = 0;
        int max = 0;
        boolean reported = false;
        for (CasualtyCount side : Arrays.asList(
                incident.casualties().sideA(), incident.casualties().sideB(), incident.casualties().civilians())) {
            if (side != null && side.killed() != null) {
                min += side.killed().min();
                max += side.killed().max();
                reported = true;
            }
        }
        if (!reported) {
            return "–";
        }
        return min == max ? Integer.toString(min) : min + "–" + max;
    }
}
