package org.deconfliction.atlas.timeline;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A date typed or written as text in ISO form, {@code YYYY-MM-DD}: either the {@code date} it names, or the
 * {@code problem} with it as a short phrase, "not a date that exists" (e.g. {@code 2019-02-30}) or "expected
 * YYYY-MM-DD". Exactly one of the two is set.
 */
public record DateInput(LocalDate date, String problem) {

    /** The problem of text shaped like a date that the calendar does not have, such as 30 February. */
    public static final String NO_SUCH_DATE = "not a date that exists";
    /** The problem of text that is not shaped like an ISO date. */
    public static final String NOT_A_DATE = "expected YYYY-MM-DD";

    private static final Pattern ISO_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    public DateInput {
        if ((date == null) == (problem == null)) {
            throw new IllegalArgumentException("a date input has either a date or a problem");
        }
    }

    /** Reads {@code text}, trimmed, as an ISO date; null or blank text is {@link #NOT_A_DATE}. Never throws. */
    public static DateInput parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (!ISO_SHAPE.matcher(trimmed).matches()) {
            return new DateInput(null, NOT_A_DATE);
        }
        try {
            return new DateInput(LocalDate.parse(trimmed), null);
        } catch (DateTimeParseException e) {
            return new DateInput(null, NO_SUCH_DATE);
        }
    }

    /** The date, when the text named one. */
    public Optional<LocalDate> value() {
        return Optional.ofNullable(date);
    }
}
