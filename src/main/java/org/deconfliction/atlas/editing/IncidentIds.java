package org.deconfliction.atlas.editing;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Ids for new incidents, in the form of the shipped ones: lower-case letters and digits joined by single hyphens,
 * made of the title's words and the year ({@code drone-strike-near-al-tanf-2017}), with {@code -2}, {@code -3} ...
 * added while the id is taken.
 */
final class IncidentIds {

    /** Longest stretch of the title kept in an id, in characters. */
    static final int MAX_WORDS_LENGTH = 48;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");

    private IncidentIds() {
    }

    /** A free id for an incident with this title dated from {@code start}; {@code taken} tells ids in use. */
    static String free(String title, LocalDate start, Predicate<String> taken) {
        String words = NOT_SLUG.matcher(MARKS.matcher(Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFD))
                .replaceAll("").toLowerCase(Locale.ROOT)).replaceAll("-");
        if (words.length() > MAX_WORDS_LENGTH) {
            words = words.substring(0, MAX_WORDS_LENGTH);
        }
        words = words.replaceAll("^-+|-+$", "");
        String base = (words.isEmpty() ? "incident" : words) + (start == null ? "" : "-" + start.getYear());
        String id = base;
        for (int n = 2; taken.test(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
