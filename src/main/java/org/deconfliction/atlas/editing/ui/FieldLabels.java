package org.deconfliction.atlas.editing.ui;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * The name people know each field of an incident by: the label the editing form gives it, keyed by the field's path
 * in the GeoJSON form ({@code title} is "Title", {@code casualties.sideA.killed.max} is "Coalition side killed, at
 * most", {@code geometry} is "Location"). A path the form does not know is named by the path itself.
 */
record FieldLabels(Map<String, String> byPath) {

    /** A hint for typing ("one per line: …") that says nothing about what the field holds. */
    private static final Pattern TYPING_HINT = Pattern.compile(" \\(one per line[^)]*\\)$");

    FieldLabels {
        byPath = Map.copyOf(byPath);
    }

    /** The labels of the form's fields. */
    static FieldLabels of(IncidentForm form) {
        return new FieldLabels(form.labelsByPath());
    }

    /** The name of the field at {@code path} as the form labels it, without a typing hint; else the path itself. */
    String of(String path) {
        if ("geometry".equals(path)) {
            return "Location";
        }
        String label = byPath.get(path);
        return label == null || label.isBlank() ? path : TYPING_HINT.matcher(label).replaceFirst("");
    }
}
