package org.deconfliction.atlas.editing.ui;

import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.deconfliction.atlas.geodata.SourceReference;

/**
 * Source documents typed one per line as {@code title | publisher | document file}, the last two optional
 * ({@code Title}, {@code Title | Publisher}, {@code Title | | 004_9f2c0e6a1b3d5e7f.txt}). The file name itself is
 * checked by the geodata rules when the incident is saved.
 */
final class SourceLines implements Converter<String, List<SourceReference>> {

    private static final Pattern BAR = Pattern.compile("\\|");

    @Override
    public Result<List<SourceReference>> convertToModel(String text, ValueContext context) {
        List<SourceReference> sources = new ArrayList<>();
        List<String> lines = LineList.lines(text);
        for (int i = 0; i < lines.size(); i++) {
            String[] parts = BAR.split(lines.get(i), -1);
            if (parts.length > 3) {
                return Result.error("Source line " + (i + 1) + " has " + parts.length
                        + " parts; write title | publisher | document file");
            }
            String title = parts[0].strip();
            if (title.isEmpty()) {
                return Result.error("Source line " + (i + 1) + " needs a title before the first |");
            }
            sources.add(new SourceReference(title, part(parts, 1), part(parts, 2)));
        }
        return Result.ok(List.copyOf(sources));
    }

    @Override
    public String convertToPresentation(List<SourceReference> sources, ValueContext context) {
        if (sources == null) {
            return "";
        }
        List<String> lines = new ArrayList<>();
        for (SourceReference source : sources) {
            StringBuilder line = new StringBuilder(source.title());
            if (source.publisher() != null || source.seed() != null) {
                line.append(" | ").append(source.publisher() == null ? "" : source.publisher());
            }
            if (source.seed() != null) {
                line.append(" | ").append(source.seed());
            }
            lines.add(line.toString());
        }
        return String.join("\n", lines);
    }

    private static String part(String[] parts, int index) {
        if (parts.length <= index) {
            return null;
        }
        String part = parts[index].strip();
        return part.isEmpty() ? null : part;
    }
}
