package org.deconfliction.atlas.editing.ui;

import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import java.util.Arrays;
import java.util.List;

/** A list of texts typed one per line in a text area: lines are trimmed and blank ones dropped. */
final class LineList implements Converter<String, List<String>> {

    @Override
    public Result<List<String>> convertToModel(String text, ValueContext context) {
        return Result.ok(lines(text));
    }

    @Override
    public String convertToPresentation(List<String> values, ValueContext context) {
        return values == null ? "" : String.join("\n", values);
    }

    /** The trimmed, non-blank lines of a text; none for null. */
    static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
