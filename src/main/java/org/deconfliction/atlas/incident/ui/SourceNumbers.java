package org.deconfliction.atlas.incident.ui;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.deconfliction.atlas.geodata.SourceReference;
import org.deconfliction.atlas.incident.Incident;

/**
 * Turns the codes by which the geodata's notes cite an incident's source documents (the three digits that begin
 * the document's file name, "000") into the numbers the card lists its sources by ("source 1"). A code that names
 * none of the incident's own sources, and a number inside a longer one ("40,000"), are left as written.
 */
final class SourceNumbers {

    /** Three digits standing alone: not part of a longer number, nor of a decimal or a thousands group. */
    private static final Pattern CODE = Pattern.compile("(?<![\\d.,])(\\d{3})(?![\\d]|[.,]\\d)");

    private final Map<String, Integer> numberByCode;

    private SourceNumbers(Map<String, Integer> numberByCode) {
        this.numberByCode = numberByCode;
    }

    /** The numbering of this incident's sources: the first listed is source 1. */
    static SourceNumbers of(Incident incident) {
        Map<String, Integer> numbers = new HashMap<>();
        int number = 1;
        for (SourceReference source : incident.sources()) {
            String seed = source.seed();
            if (seed != null && seed.length() > 3 && seed.charAt(3) == '_') {
                numbers.putIfAbsent(seed.substring(0, 3), number);
            }
            number++;
        }
        return new SourceNumbers(numbers);
    }

    /** The text with every code of one of the sources replaced by "source n". */
    String cite(String text) {
        Matcher matcher = CODE.matcher(text);
        StringBuilder cited = new StringBuilder();
        while (matcher.find()) {
            Integer number = numberByCode.get(matcher.group(1));
            matcher.appendReplacement(cited, Matcher.quoteReplacement(number == null ? matcher.group() : "source " + number));
        }
        matcher.appendTail(cited);
        return cited.toString();
    }
}
