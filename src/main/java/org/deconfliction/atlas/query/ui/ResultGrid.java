package org.deconfliction.atlas.query.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.shared.Tooltip;
import com.vaadin.flow.function.ValueProvider;
import java.util.Map;
import org.deconfliction.atlas.analysis.BankSide;
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
 * killed reported), bank, distance to the river and nearest site; unknown values (no dead reported, outside the
 * banks' area, no nearest site) sort last in both directions. Cells and tooltips show plain text; the Bank and
 * Answer headers say on hover what their values mean. A row picked by the user is reported to listeners; selecting
 * from code does not report back.
 */
public class ResultGrid extends Grid<IncidentAnswer> {

    /** Keys of the columns hidden because the screen is narrow, shown again when it is not. */
    private final java.util.Set<String> hiddenForNarrow = new java.util.LinkedHashSet<>();

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
                .setComparator(a -> a.incident().category().label()).setAutoWidth(true).setFlexGrow(0)
                .setTooltipGenerator(a -> a.incident().category().label());
        unknownLast(a -> IncidentText.killed(a.incident())).unknownWhen(a -> "–".equals(IncidentText.killed(a.incident())))
                .setHeader("Killed").setKey("killed")
                .setComparator(Comparator.comparingInt(a -> IncidentText.killedAtMost(a.incident()))).setAutoWidth(true).setFlexGrow(0);
        unknownLast(ResultGrid::bank).unknownWhen(a -> a.attributes().bank() == BankSide.OUTSIDE_AREA)
                .setHeader(explained("Bank", BANK_HEADER)).setKey("bank").setComparator(ResultGrid::bank)
                .setTooltipGenerator(ResultGrid::bankExplained).setAutoWidth(true).setFlexGrow(0);
        addColumn(a -> String.format(Locale.ROOT, "%.1f", a.attributes().riverDistanceKm())).setHeader("River km")
                .setKey("river").setComparator(Comparator.comparingDouble(a -> a.attributes().riverDistanceKm()))
                .setAutoWidth(true).setFlexGrow(0);
        ValueProvider<IncidentAnswer, String> nearest = a -> a.attributes().nearestSiteId() == null ? "–"
                : siteName.apply(a.attributes().nearestSiteId())
                        + String.format(Locale.ROOT, " (%.0f km)", a.attributes().nearestSiteKm());
        unknownLast(nearest).unknownWhen(a -> a.attributes().nearestSiteId() == null).setHeader("Nearest site")
                .setTooltipGenerator(nearest)
                .setKey("nearestSite").setComparator(Comparator.comparingDouble(a -> a.attributes().nearestSiteKm()))
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(a -> a.answer() == SpatialAnswer.UNCERTAIN ? "uncertain" : "inside").setHeader(explained("Answer", ANSWER_HEADER))
                .setKey("answer").setComparator(a -> a.answer().name()).setAutoWidth(true).setFlexGrow(0);
        getColumns().forEach(column -> column.setResizable(true));
        setSelectionMode(SelectionMode.SINGLE);
        setColumnReorderingAllowed(true);
        sort(List.of(new GridSortOrder<>(date, SortDirection.ASCENDING)));
    }

    /** What the Bank column says, shown on hovering its header. */
    static final String BANK_HEADER = "The bank of the Euphrates the incident is plotted on. \"east?\" or \"west?\": "
            + "its location is uncertain and that circle reaches the river, so it may lie on either bank. "
            + "\"outside area\": beyond the stretch of the river whose banks are told apart.";
    /** What the Answer column says, shown on hovering its header. */
    static final String ANSWER_HEADER = "inside: the incident's whole uncertainty circle meets the question. "
            + "uncertain: the circle crosses the question's edge (the river, the region's or the distance's), so the "
            + "incident may lie on either side of it.";
    private static final Map<String, String> LABELS = Map.of("date", "Date", "title", "Incident", "category", "Category",
            "killed", "Killed", "bank", "Bank", "river", "River km", "nearestSite", "Nearest site", "answer", "Answer");

    /** The header text of the column with this key (the key itself for an unknown one). */
    static String label(String key) {
        return LABELS.getOrDefault(key, key);
    }

    private UnknownLastColumn unknownLast(ValueProvider<IncidentAnswer, ?> value) {
        return addColumn(value, (renderer, id) -> new UnknownLastColumn(this, id, renderer));
    }

    /** A header whose meaning is told on hover (as text). */
    private static Span explained(String header, String meaning) {
        Span text = new Span(header);
        Tooltip.forComponent(text).withText(meaning);
        text.getElement().setAttribute("aria-description", meaning);
        return text;
    }

    /**
     * On a narrow screen (a phone) hides the columns beyond date, title and category; back on a wider one shows those
     * it hid again, leaving hidden what the user hid with the column chooser.
     */
    public void setNarrow(boolean narrow) {
        if (narrow) {
            for (String key : List.of("killed", "bank", "river", "nearestSite", "answer")) {
                Column<IncidentAnswer> column = getColumnByKey(key);
                if (column.isVisible()) {
                    column.setVisible(false);
                    hiddenForNarrow.add(key);
                }
            }
        } else {
            hiddenForNarrow.forEach(key -> getColumnByKey(key).setVisible(true));
            hiddenForNarrow.clear();
        }
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
        return answer.attributes().bankCertain() || answer.attributes().bank() == BankSide.OUTSIDE_AREA
                ? side : side + "?";
    }
}
