package org.deconfliction.atlas.editing.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.deconfliction.atlas.editing.IncidentDraft;
import org.deconfliction.atlas.editing.SideCounts;

/**
 * The casualty figures of the three sides (coalition, other side, civilians) as ranges: killed and wounded, each the
 * lowest and highest number the sources give (the same number twice when they agree). Empty means the sources do not
 * say. Each field is bound to the draft with the reader's rules: whole numbers of zero or more, max not below min.
 */
final class CasualtyFields extends Div {

    private final Map<String, HasValidation> byPath = new LinkedHashMap<>();

    CasualtyFields(Binder<IncidentDraft> binder) {
        addClassName("atlas-casualty-fields");
        for (String heading : new String[] {"", "killed min", "killed max", "wounded min", "wounded max"}) {
            add(new Span(heading));
        }
        side(binder, "sideA", "Coalition side", IncidentDraft::getSideACounts);
        side(binder, "sideB", "Other side", IncidentDraft::getSideBCounts);
        side(binder, "civilians", "Civilians", IncidentDraft::getCivilianCounts);
    }

    /** The field for each path of the GeoJSON form this component edits, e.g. {@code casualties.sideA.killed.max}. */
    Map<String, HasValidation> fieldsByPath() {
        return byPath;
    }

    private void side(Binder<IncidentDraft> binder, String key, String label, Function<IncidentDraft, SideCounts> counts) {
        add(new Span(label));
        range(binder, key + ".killed", label + " killed", counts, true);
        range(binder, key + ".wounded", label + " wounded", counts, false);
    }

    private void range(Binder<IncidentDraft> binder, String path, String label, Function<IncidentDraft, SideCounts> counts,
                       boolean killed) {
        IntegerField min = count(label + ", at least");
        IntegerField max = count(label + ", at most");
        binder.forField(min)
                .withValidator(value -> value == null || value >= 0, "Must be a whole number of zero or more")
                .bind(d -> killed ? counts.apply(d).getKilledMin() : counts.apply(d).getWoundedMin(),
                        (d, value) -> {
                            if (killed) {
                                counts.apply(d).setKilledMin(value);
                            } else {
                                counts.apply(d).setWoundedMin(value);
                            }
                        });
        Binder.Binding<IncidentDraft, Integer> maxBinding = binder.forField(max)
                .withValidator(value -> value == null || value >= 0, "Must be a whole number of zero or more")
                .withValidator(value -> value == null || min.getValue() == null || value >= min.getValue(),
                        "Must not be below the lowest number (min)")
                .bind(d -> killed ? counts.apply(d).getKilledMax() : counts.apply(d).getWoundedMax(),
                        (d, value) -> {
                            if (killed) {
                                counts.apply(d).setKilledMax(value);
                            } else {
                                counts.apply(d).setWoundedMax(value);
                            }
                        });
        min.addValueChangeListener(e -> {
            if (max.getValue() != null) {
                maxBinding.validate();
            }
        });
        add(min, max);
        byPath.put("casualties." + path + ".min", min);
        byPath.put("casualties." + path + ".max", max);
        byPath.put("casualties." + path, max);
    }

    private static IntegerField count(String ariaLabel) {
        IntegerField field = new IntegerField();
        field.setAriaLabel(ariaLabel);
        field.setMin(0);
        field.setWidth("6em");
        return field;
    }
}
