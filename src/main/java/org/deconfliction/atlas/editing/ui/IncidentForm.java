package org.deconfliction.atlas.editing.ui;

import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.binder.Binder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.deconfliction.atlas.editing.IncidentDraft;
import org.deconfliction.atlas.incident.DatePrecision;
import org.deconfliction.atlas.map.LatLng;
import org.deconfliction.atlas.site.Site;

/**
 * Every field of an incident, bound to a draft with a {@link Binder}: what can be checked while typing is checked
 * at once (required texts, whole numbers, coordinates inside the atlas area); what the strict reader finds on saving
 * is shown with {@link #showProblem} next to the field it names. A date is a day, a month or a span of days; the
 * last day is asked for a span only.
 */
final class IncidentForm extends FormLayout {

    private final Binder<IncidentDraft> binder = new Binder<>();
    private final Map<String, HasValidation> byPath = new LinkedHashMap<>();
    private final Span problem = new Span();
    private final DraftFields fields;
    private IncidentDraft draft;

    IncidentForm(List<Site> sites) {
        addClassName("atlas-incident-form");
        problem.addClassName("atlas-form-problem");
        problem.setVisible(false);
        fields = new DraftFields(binder, sites.stream().collect(Collectors.toMap(Site::id, Site::name, (a, b) -> a, LinkedHashMap::new)));
        CasualtyFields casualties = new CasualtyFields(binder);
        add(problem, fields.title, fields.summary, fields.category, fields.opponent, fields.sideA, fields.sideB,
                casualties, fields.casualtyNote, fields.datePrecision, fields.dateStart, fields.dateEnd, fields.dateNote,
                fields.timeOfDay, fields.latitude, fields.longitude, fields.locationPrecision, fields.uncertaintyMetres,
                fields.place, fields.site, fields.country, fields.sources, fields.disagreements);
        setColspan(problem, 2);
        setColspan(casualties, 2);
        for (var wide : List.of(fields.summary, fields.sources, fields.disagreements)) {
            setColspan(wide, 2);
        }
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
        byPath.putAll(fields.byPath());
        byPath.putAll(casualties.fieldsByPath());
        fields.datePrecision.addValueChangeListener(e -> fields.dateEnd.setVisible(e.getValue() == DatePrecision.RANGE));
    }

    /** Shows the draft's values; later writes go into it. */
    void read(IncidentDraft values) {
        draft = values;
        clearProblem();
        binder.readBean(values);
        fields.dateEnd.setVisible(values.getDatePrecision() == DatePrecision.RANGE);
    }

    /** The draft with the values typed, or empty (each problem shown at its field) when a field cannot be used. */
    Optional<IncidentDraft> write() {
        clearProblem();
        return binder.writeBeanIfValid(draft) ? Optional.of(draft) : Optional.empty();
    }

    /**
     * Shows a problem found on saving next to the field its path names ({@code date.end}, {@code sources[0].seed},
     * {@code casualties.sideA.killed}), or above the fields when it names none the form shows.
     */
    void showProblem(String path, String message) {
        String text = withoutFieldName(message);
        Optional<HasValidation> field = fieldAt(path);
        if (field.isPresent()) {
            field.get().setErrorMessage(text);
            field.get().setInvalid(true);
        } else {
            problem.setText(message);
            problem.setVisible(true);
        }
    }

    /** Puts the position in the latitude and longitude fields, to 6 decimals (about 0.1 m). */
    void setPosition(LatLng position) {
        fields.latitude.setValue(round(position.lat()));
        fields.longitude.setValue(round(position.lng()));
    }

    /** Listens for positions the user types: both fields filled and inside the atlas area. */
    void addPositionListener(Consumer<LatLng> listener) {
        Runnable typed = () -> fields.typedPosition().ifPresent(listener);
        fields.latitude.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                typed.run();
            }
        });
        fields.longitude.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                typed.run();
            }
        });
    }

    /**
     * The label of each field by its path in the GeoJSON form: the field's label, or for the unlabelled casualty
     * counts the name read out to screen readers ("Coalition side killed, at most").
     */
    Map<String, String> labelsByPath() {
        Map<String, String> labels = new LinkedHashMap<>();
        byPath.forEach((path, field) -> {
            String label = field instanceof HasLabel labelled ? labelled.getLabel() : null;
            if ((label == null || label.isBlank()) && field instanceof HasAriaLabel named) {
                label = named.getAriaLabel().orElse(null);
            }
            if (label != null && !label.isBlank()) {
                labels.put(path, label);
            }
        });
        return labels;
    }

    /** The field shown for a path of the GeoJSON form, for the tests. */
    Optional<HasValidation> fieldAt(String path) {
        String key = path == null ? "" : path;
        while (!key.isEmpty()) {
            HasValidation field = byPath.get(key);
            if (field != null) {
                return Optional.of(field);
            }
            int cut = Math.max(key.lastIndexOf('.'), key.lastIndexOf('['));
            key = cut < 0 ? "" : key.substring(0, cut);
        }
        return Optional.empty();
    }

    /** The problem shown above the fields, for the tests. */
    Span problem() {
        return problem;
    }

    private void clearProblem() {
        problem.setText("");
        problem.setVisible(false);
    }

    /** "field 'date.end' must be ..." becomes "Must be ...": the field it is shown at names itself. */
    private static String withoutFieldName(String message) {
        String text = message.replaceFirst("^field '[^']+' ", "");
        return text.isEmpty() ? message : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }
}
