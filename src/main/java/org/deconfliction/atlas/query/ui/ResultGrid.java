package org.deconfliction.atlas.query.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.shared.Tooltip;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.deconfliction.atlas.analysis.AnalysisBusyException;
import org.deconfliction.atlas.analysis.AnalysisTooComplexException;
import org.deconfliction.atlas.analysis.BankSide;
import org.deconfliction.atlas.analysis.SpatialAnswer;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.ui.IncidentText;
import org.deconfliction.atlas.query.AnswerOrder;
import org.deconfliction.atlas.query.IncidentAnswer;
import org.deconfliction.atlas.query.IncidentQuery;
import org.deconfliction.atlas.query.SortedAnswers;

/**
 * The incidents answering the current question as a table, loaded lazily page by page in the order the user sorts
 * it by: date, title, category, casualties (most killed reported), bank, distance to the river, nearest site or
 * answer ({@link AnswerOrder}, done by the query service over the whole answer, sorted once and kept); unknown
 * values (no dead reported, outside the banks' area, no nearest site) sort last in both directions. Cells and
 * tooltips show plain text; the Bank and Answer headers say on hover what their values mean. A row picked by the
 * user is reported to listeners; selecting from code does not report back.
 */
public class ResultGrid extends Grid<IncidentAnswer> {

    /** Keys of the columns hidden because the screen is narrow, shown again when it is not. */
    private final java.util.Set<String> hiddenForNarrow = new java.util.LinkedHashSet<>();
    private final LazyAnswers answers;
    /** The question whose answers are listed; null while none is (an empty grid). */
    private IncidentQuery shown;

    /**
     * @param siteName the display name of a site id (the id itself when the site is unknown)
     * @param sorting  where the sorted answers come from: normally {@code IncidentQueryService::sorted}
     */
    public ResultGrid(Function<String, String> siteName, LazyAnswers.Sorting sorting) {
        super(IncidentAnswer.class, false);
        this.answers = new LazyAnswers(sorting);
        Column<IncidentAnswer> date = addColumn(a -> a.incident().date().label()).setHeader("Date").setKey("date")
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(a -> a.incident().title()).setHeader("Incident").setKey("title").setFlexGrow(1)
                .setTooltipGenerator(a -> IncidentText.headline(a.incident()));
        addColumn(a -> a.incident().category().label()).setHeader("Category").setKey("category")
                .setAutoWidth(true).setFlexGrow(0).setTooltipGenerator(a -> a.incident().category().label());
        addColumn(a -> IncidentText.killed(a.incident())).setHeader("Killed").setKey("killed").setAutoWidth(true).setFlexGrow(0);
        addColumn(AnswerOrder::bankLabel).setHeader(explained("Bank", BANK_HEADER)).setKey("bank")
                .setTooltipGenerator(ResultGrid::bankExplained).setAutoWidth(true).setFlexGrow(0);
        addColumn(a -> String.format(Locale.ROOT, "%.1f", a.attributes().riverDistanceKm())).setHeader("River km")
                .setKey("river").setAutoWidth(true).setFlexGrow(0);
        ValueProvider<IncidentAnswer, String> nearest = a -> a.attributes().nearestSiteId() == null ? "–"
                : siteName.apply(a.attributes().nearestSiteId())
                        + String.format(Locale.ROOT, " (%.0f km)", a.attributes().nearestSiteKm());
        addColumn(nearest).setHeader("Nearest site").setTooltipGenerator(nearest).setKey("nearestSite")
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(a -> a.answer() == SpatialAnswer.UNCERTAIN ? "uncertain" : "inside").setHeader(explained("Answer", ANSWER_HEADER))
                .setKey("answer").setAutoWidth(true).setFlexGrow(0);
        getColumns().forEach(column -> column.setResizable(true).setSortProperty(column.getKey()));
        setSelectionMode(SelectionMode.SINGLE);
        setColumnReorderingAllowed(true);
        showNone();
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

    /**
     * Lists the answers to this question, fetched page by page in the grid's sort order. The answers in the current
     * order are sorted here, so that a question the analysis cannot answer in time fails now, with the caller.
     *
     * @throws AnalysisTooComplexException if sorting the answers overran the time budget
     * @throws AnalysisBusyException if it could not start within it
     */
    public void show(IncidentQuery query) {
        answers.sorted(query, currentOrders());
        shown = query;
        setItems(answers.provider(query));
    }

    /** Lists nothing (the question could not be asked). */
    public void showNone() {
        shown = null;
        setItems(answers.provider(null));
    }

    /**
     * Selects and scrolls to the incident with this id: its place in the sorted answer is found without building
     * the rows before it; clears the selection when it does not answer (or nothing is listed).
     */
    public void selectIncident(String id) {
        SortedAnswers sorted = shown == null ? null : answers.answering(shown, currentOrders());
        int position = sorted == null ? -1 : sorted.positionOf(id);
        if (position < 0) {
            deselectAll();
            return;
        }
        select(sorted.page(position, 1).getFirst());
        scrollToIndex(position);
    }

    /** The grid's sort order as the data provider is asked it. */
    private List<QuerySortOrder> currentOrders() {
        return getSortOrder().stream().map(order -> new QuerySortOrder(order.getSorted().getKey(), order.getDirection())).toList();
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
        String bank = AnswerOrder.bankLabel(answer);
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
}
