package org.deconfliction.atlas.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;

/** A calendar day as imported files write it: {@code 2018-02-07}, {@code 07 February 2018} or {@code 7 Feb 2018}. */
final class DateText {

    private static final List<DateTimeFormatter> FORMS = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT));

    private DateText() {
    }

    /** The day, or null when the text is null or in none of the forms (or no real day, such as 2018-02-30). */
    static LocalDate day(String text) {
        if (text == null) {
            return null;
        }
        for (DateTimeFormatter form : FORMS) {
            try {
                return LocalDate.parse(text.strip(), form);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return null;
    }
}
