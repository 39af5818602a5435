package org.deconfliction.atlas.query.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.deconfliction.atlas.analysis.BankSide;
import org.deconfliction.atlas.analysis.SpatialAnswer;
import org.deconfliction.atlas.incident.IncidentCategory;
import org.deconfliction.atlas.query.AnswerCounts;
import org.deconfliction.atlas.query.ExportedQuestion;
import org.deconfliction.atlas.query.QueryResult;
import org.deconfliction.atlas.query.ResultExport;
import org.deconfliction.atlas.query.SpatialCondition;
import org.deconfliction.atlas.site.Site;

/**
 * The question being asked of the incidents: a preset (east or west of the Euphrates, the al-Tanf zone, within N km
 * of a site or of the river) or a region drawn on the map, with the answer's counts and its exports. Reports each
 * new spatial condition (null for all incidents); a region that cannot be queried is reported as a message.
 */
public class QueryPanel extends VerticalLayout {

    /** Id of the al-Tanf deconfliction zone in the zones layer. */
    static final String AL_TANF_ZONE = "al-tanf-deconfliction-zone";

    private final Select<Question> question = new Select<>();
    private final ComboBox<Site> site = new ComboBox<>("Site");
    private final NumberField km = new NumberField("Distance (km)");
    private final MultiSelectComboBox<IncidentCategory> categories = new MultiSelectComboBox<>("Categories");
    private final List<Consumer<Set<IncidentCategory>>> categoryListeners = new ArrayList<>();
    private final Span hint = new Span();
    private final Span counts = new Span();
    private final Span problem = new Span();
    private final HorizontalLayout exports = new HorizontalLayout();
    private final List<AnswerDownload> moreExports = new ArrayList<>();
    private final List<Consumer<SpatialCondition>> listeners = new ArrayList<>();
    private final List<Runnable> unaskableListeners = new ArrayList<>();
    /** The distances a question may name, in kilometres. */
    static final double MIN_KM = 0.1;
    static final double MAX_KM = 1000;
    /** The distance a site or river question starts with, in kilometres. */
    static final double DEFAULT_DISTANCE_KM = 55;
    /** The buffer a line starts with, in kilometres: a corridor along a road or front, not a region's width. */
    static final double DEFAULT_BUFFER_KM = 5;
    private DrawnShape drawn;
    /** The distance last used by a site or river question and the buffer last used around a line, in kilometres. */
    private double distanceKm = DEFAULT_DISTANCE_KM;
    private double bufferKm = DEFAULT_BUFFER_KM;
    /** Whether the distance field holds the line's buffer now (else the site or river distance). */
    private boolean showingBuffer;
    private boolean swapping;
    private final RegionInput typedRegion = new RegionInput(() -> bufferKm);
    private final List<Consumer<DrawnShape>> typedListeners = new ArrayList<>();

    public QueryPanel(List<Site> sites) {
        setPadding(false);
        setSpacing(false);
        question.setLabel("Question");
        question.setItems(Question.values());
        question.setItemLabelGenerator(Question::label);
        question.setValue(Question.ALL);
        site.setItems(sites);
        site.setItemLabelGenerator(Site::name);
        sites.stream().filter(s -> s.id().equals("al-tanf")).findFirst().ifPresent(site::setValue);
        km.setValue(DEFAULT_DISTANCE_KM);
        km.setMin(MIN_KM);
        km.setMax(MAX_KM);
        km.setStepButtonsVisible(true);
        km.setAriaLabel("Distance in kilometres");
        problem.getStyle().set("color", "var(--vaadin-error-color, #b00020)");
        counts.addClassName("atlas-query-counts");
        categories.setItems(IncidentCategory.values());
        categories.setItemLabelGenerator(IncidentCategory::label);
        categories.setPlaceholder("All categories");
        categories.setAriaLabel("Only incidents of these categories; none chosen means all");
        categories.addValueChangeListener(e -> categoryListeners.forEach(l -> l.accept(e.getValue())));
        HorizontalLayout inputs = new HorizontalLayout(question, site, km, categories);
        inputs.setAlignItems(FlexComponent.Alignment.BASELINE);
        inputs.setWrap(true);
        typedRegion.addRegionListener(shape -> {
            typedListeners.forEach(l -> l.accept(shape));
            regionDrawn(shape.shape(), shape.geometryGeoJson(), shape.radiusMetres());
        });
        add(inputs, typedRegion, hint, problem, counts, exports);
        question.addValueChangeListener(e -> changed());
        site.addValueChangeListener(e -> changed());
        km.addValueChangeListener(e -> {
            if (!swapping) {
                remember(e.getValue());
                changed();
            }
        });
        showInputs();
    }

    /** Listens for a new condition (null for all incidents). */
    public void addConditionListener(Consumer<SpatialCondition> listener) {
        listeners.add(listener);
    }

    /** Listens for a distance that makes no question (such as 0 km): the old answer no longer holds. */
    public void addUnaskableListener(Runnable listener) {
        unaskableListeners.add(listener);
    }

    /** Listens for a region typed instead of drawn (to be shown on the map as if drawn). */
    public void addRegionTypedListener(Consumer<DrawnShape> listener) {
        typedListeners.add(listener);
    }

    /** Listens for the categories chosen (empty for all). */
    public void addCategoryListener(Consumer<Set<IncidentCategory>> listener) {
        categoryListeners.add(listener);
    }

    /** A region was drawn or edited on the map: the question becomes that region. */
    public void regionDrawn(String shape, String geometryGeoJson, double radiusMetres) {
        drawn = new DrawnShape(shape, geometryGeoJson, radiusMetres);
        if (question.getValue() == Question.REGION) {
            changed();
        } else {
            question.setValue(Question.REGION);
        }
    }

    /** The drawn region was removed: back to all incidents. */
    public void regionCleared() {
        drawn = null;
        question.setValue(Question.ALL);
        changed();
    }

    /** Says why the current question got no answer (such as an analysis stopped for taking too long). */
    public void showProblem(String message) {
        problem.setText(message);
        counts.setText("");
        exports.removeAll();
    }

    /** Shows the answer's counts and offers it for export. */
    public void showResult(QueryResult result) {
        counts.setText(countsText(result));
        exports.removeAll();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        exports.add(download("Export GeoJSON", ExportedQuestion.fileName(result.query(), today, "geojson"),
                "application/geo+json", () -> ResultExport.geoJson(result, Instant.now()).toString()));
        exports.add(download("Export CSV", ExportedQuestion.fileName(result.query(), today, "csv"), "text/csv",
                () -> ResultExport.csv(result, Instant.now())));
        moreExports.forEach(more -> exports.add(more.link(result, today)));
    }

    /** Offers every later answer also as this file, after GeoJSON and CSV and the exports offered before. */
    public void offerExport(AnswerDownload download) {
        moreExports.add(download);
    }

    /** The condition the panel asks now (null for all incidents); empty when the inputs do not make one. */
    Optional<SpatialCondition> condition() {
        problem.setText("");
        Double distance = km.getValue();
        if (!distanceUsable()) {
            problem.setText("This question cannot be asked: " + km.getLabel() + " must be from " + MIN_KM + " to "
                    + (int) MAX_KM + " km, was " + (distance == null ? "empty" : distance.toString()));
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(switch (question.getValue()) {
                case ALL -> null;
                case EAST -> new SpatialCondition.OnBank(BankSide.EAST);
                case WEST -> new SpatialCondition.OnBank(BankSide.WEST);
                case AL_TANF_ZONE -> new SpatialCondition.InZone(AL_TANF_ZONE);
                case NEAR_SITE -> site.getValue() == null || distance == null ? null
                        : new SpatialCondition.NearSite(site.getValue().id(), distance);
                case NEAR_RIVER -> distance == null ? null : new SpatialCondition.NearRiver(distance);
                case REGION -> drawn == null ? null : new SpatialCondition.InRegion(drawn.toRegion(distance == null ? 10 : distance));
            });
        } catch (IllegalArgumentException e) {
            problem.setText("This question cannot be asked: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Whether the distance, where the question takes one, is within {@link #MIN_KM} to {@link #MAX_KM}. */
    private boolean distanceUsable() {
        Double distance = km.getValue();
        return !km.isVisible() || (distance != null && distance >= MIN_KM && distance <= MAX_KM);
    }

    private void changed() {
        showInputs();
        Optional<SpatialCondition> condition = condition();
        if (problem.getText().isEmpty()) {
            listeners.forEach(l -> l.accept(condition.orElse(null)));
        } else if (!distanceUsable()) {
            counts.setText("");
            exports.removeAll();
            unaskableListeners.forEach(Runnable::run);
        }
    }

    /** Keeps a usable distance typed as the one its kind of question (site and river, or line) starts with next. */
    private void remember(Double value) {
        if (value == null || value < MIN_KM || value > MAX_KM) {
            return;
        }
        if (showingBuffer) {
            bufferKm = value;
        } else {
            distanceKm = value;
        }
    }

    /** Shows the line's buffer or the site and river distance in the distance field, as the question needs. */
    private void showDistanceFor(boolean buffer) {
        if (buffer == showingBuffer) {
            return;
        }
        showingBuffer = buffer;
        swapping = true;
        try {
            km.setValue(buffer ? bufferKm : distanceKm);
        } finally {
            swapping = false;
        }
    }

    private static boolean isLine(Question q, DrawnShape shape) {
        return q == Question.REGION && shape != null && "Line".equals(shape.shape());
    }

    private void showInputs() {
        Question q = question.getValue();
        showDistanceFor(isLine(q, drawn));
        site.setVisible(q == Question.NEAR_SITE);
        km.setVisible(q == Question.NEAR_SITE || q == Question.NEAR_RIVER || (q == Question.REGION && drawn != null && "Line".equals(drawn.shape())));
        km.setLabel(q == Question.REGION ? "Buffer around the line (km)" : "Distance (km)");
        typedRegion.setVisible(q == Question.REGION);
        hint.setText(q == Question.REGION && drawn == null
                ? "Draw a polygon, rectangle, circle or line with the tools on the map's left edge, or type one." : "");
    }

    /** The answer's counts as the panel says them, from the counts made once with the answer. */
    static String countsText(QueryResult result) {
        AnswerCounts counts = result.counts();
        String sides = String.format(Locale.ROOT, "east %d · west %d · across the river %d",
                counts.onBank(BankSide.EAST), counts.onBank(BankSide.WEST), counts.onBank(BankSide.UNCERTAIN));
        StringBuilder categories = new StringBuilder();
        counts.byCategory().forEach((category, count) ->
                categories.append(categories.isEmpty() ? "" : " · ").append(category.label()).append(' ').append(count));
        return counts.total() + (counts.total() == 1 ? " incident (" : " incidents (") + counts.answering(SpatialAnswer.INSIDE)
                + " inside, " + counts.answering(SpatialAnswer.UNCERTAIN) + " uncertain). By bank: " + sides
                + ". By category: " + (categories.isEmpty() ? "none" : categories) + ".";
    }

    private static Anchor download(String text, String fileName, String type, java.util.function.Supplier<String> content) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, type, bytes.length);
        }), text);
        anchor.getElement().setAttribute("download", fileName);
        return anchor;
    }

    /** The question as URL parameters. */
    public QueryUrlState urlState() {
        Site chosen = site.getValue();
        return new QueryUrlState(question.getValue(), chosen == null ? null : chosen.id(), km.getValue(), drawn,
                categories.getValue(), List.of());
    }

    /**
     * Asks the question a URL describes, as if chosen in the panel; returns the drawn shape to show on the map, if
     * any, and adds to {@code ignored} what could not be used.
     */
    public Optional<DrawnShape> restore(QueryUrlState state, List<String> ignored) {
        ignored.addAll(state.ignored());
        Question asked = state.question();
        if (state.siteId() != null) {
            List<Site> known = site.getListDataView().getItems().filter(s -> s.id().equals(state.siteId())).toList();
            if (known.isEmpty()) {
                boolean nearSite = asked == Question.NEAR_SITE;
                ignored.add("site '" + state.siteId() + "' was ignored: there is no such site"
                        + (nearSite ? "; the question near-site was not asked" : ""));
                if (nearSite) {
                    asked = Question.ALL;
                }
            } else {
                site.setValue(known.getFirst());
            }
        }
        drawn = state.shape();
        boolean buffer = isLine(asked, drawn);
        if (state.km() != null) {
            if (buffer) {
                bufferKm = state.km();
            } else {
                distanceKm = state.km();
            }
        }
        showingBuffer = !buffer;
        showDistanceFor(buffer);
        if (!categories.getValue().equals(state.categories())) {
            categories.setValue(state.categories());
        }
        if (question.getValue() == asked) {
            changed();
        } else {
            question.setValue(asked);
        }
        return Optional.ofNullable(drawn);
    }

    /** Asks one of the preset questions, as choosing it in the panel would. */
    public void ask(String questionName) {
        question.setValue(Question.valueOf(questionName));
    }
}
