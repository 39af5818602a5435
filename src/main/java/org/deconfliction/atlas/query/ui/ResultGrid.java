package org.deconfliction.atlas.query.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.shared.Registration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.deconfliction.atlas.analysis.SpatialAnswer;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.ui.IncidentText;
import org.deconfliction.atlas.query.IncidentAnswer;

/**
 * The incidents answering the current question as a table, sortable by date, title, category, casualties (most
 * killed reported), bank, distance to the river and nearest site. Cells show plain text. A row picked by the user
 * is reported to listeners; selecting from code does not report back.
 */
public class ResultGrid extends Grid<IncidentAnswer> {

    /** @param siteName the display name of a site id (the id itself when the site is unknown) */
    public ResultGrid(Function<String, String> siteName) {
        super(IncidentAnswer.class, false);
        Column<IncidentAnswer> date = addColumn(a -> a.incident().date().label()).setHeader("Date").setKey("date")
                .setComparator(Comparator.comparing((IncidentAnswer a) -> a.incident().date().start())
                        .thenComparing(a -> a.incident().date().end()))
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(a -> a.incident().title()).setHeader("Incident").setKey("title")
                .setComparator(a -> a.incident().title()).setFlexGrow(1)
                .setTooltipGenerator(a -> IncidentText.headline(a.incident()));
        addColumn(a -> a.incident().category().label()).setHeader("Category").setKey("category")
                .setComparator(a -> a.incident().category().label()).setAutoWidth(true).setFlexGrow(0);
        addColumn(a -> IncidentText.killed(a.incident())).setHeader("Killed").setKey("killed")
                .setComparator(Comparator.comparingInt(a -> IncidentText.killedAtMost(a.incident()))).setAutoWidth(true).setFlexGrow(0);
        addColumn(ResultGrid::bank).setHeader("Bank").setKey("bank").setComparator(ResultGrid::bank)
                .setTooltipGenerator(ResultGrid::bankExplained).setAutoWidth(true).setFlexGrow(0);
        addColumn(a -> String.format(Locale.ROOT, "%.1f", a.attributes().riverDistanceKm())).setHeader("River km")
                .setKey("river").setComparator(Comparator.comparingDouble(a -> a.attributes().riverDistanceKm()))
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(a -> a.attributes().nearestSiteId() == null ? "–" : siteName.apply(a.attributes().nearestSiteId())
                + String.format(Locale.ROOT, " (%.0f km)", a.attributes().nearestSiteKm())).setHeader("Nearest site")
                .setKey("nearestSite").setComparator(Comparator.comparingDouble(a -> a.attributes().nearestSiteKm()))
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(a -> a.answer() == SpatialAnswer.UNCERTAIN ? "uncertain" : "inside").setHeader("Answer")
                .setKey("answer").setComparator(a -> a.answer().name()).setAutoWidth(true).setFlexGrow(0);
        getColumns().forEach(column -> column.setResizable(true));
        setSelectionMode(SelectionMode.SINGLE);
        setColumnReorderingAllowed(true);
        sort(List.of(new GridSortOrder<>(date, SortDirection.ASCENDING)));
    }

    /** Shows these answers. */
    public void show(List<IncidentAnswer> answers) {
        setItems(answers);
    }

    /** Selects and scrolls to the incident with this id, or clears the selection when it is not listed. */
    public void selectIncident(String id) {
        Optional<IncidentAnswer> row = getListDataView().getItems().filter(a -> a.incident().id().equals(id)).findFirst();
        row.ifPresentOrElse(answer -> {
            select(answer);
            scrollToItem(answer);
        }, this::deselectAll);
    }

    /** Listens for rows the user picks. */
    public Registration addIncidentPickedListener(Consumer<Incident> listener) {
        return asSingleSelect().addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                listener.accept(event.getValue().incident());
            }
        });
    }

    /** What the bank cell means, in words: "east?" is east, but the uncertainty circle reaches the river. */
    static String bankExplained(IncidentAnswer answer) {
        String bank = bank(answer);
        if (bank.endsWith("?")) {
            return "Placed " + bank.substring(0, bank.length() - 1) + " of the Euphrates, but its location is uncertain "
                    + "within " + Math.round(answer.incident().uncertainty().radiusMetres() / 1000.0)
                    + " km and that circle reaches the river: it may lie on either bank";
        }
        return switch (answer.attributes().bank()) {
            case OUTSIDE_AREA -> "Outside the area where the banks of the Euphrates are defined";
            default -> bank.substring(0, 1).toUpperCase(Locale.ROOT) + bank.substring(1) + " of the Euphrates";
        };
    }

    private static String bank(IncidentAnswer answer) {
        String side = switch (answer.attributes().bank()) {
            case EAST -> "east";
            case WEST -> "west";
            case UNCERTAIN -> "uncertain";
            case OUTSIDE_AREA -> "outside area";
        };
        return answer.attributes().bankCertain() || answer.attributes().bank() == org.deconfliction.atlas.analysis.BankSide.OUTSIDE_AREA
                ? side : side + "?";
    }
}
