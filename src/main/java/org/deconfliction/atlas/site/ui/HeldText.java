package org.deconfliction.atlas.site.ui;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.stream.Collectors;
import org.deconfliction.atlas.site.HeldPeriod;
import org.deconfliction.atlas.site.Site;

/**
 * Who held a site and when, as the card shows it: "SDF (since Oct 2017); US forces (base) (since Mar 2018)". A
 * period the sources give no dates for says so instead of showing empty bounds.
 */
final class HeldText {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private HeldText() {
    }

    /** Every holder of the site with its period, joined by "; "; empty when none is known. */
    static String of(Site site) {
        return site.held().stream().map(HeldText::period).collect(Collectors.joining("; "));
    }

    /** "SDF (since Oct 2017)", "Russian forces (until 2019)", "ISIL (Jun 2014 – Oct 2017)", "SDF (dates not given)". */
    static String period(HeldPeriod period) {
        String from = partialDate(period.from());
        String to = partialDate(period.to());
        String span;
        if (from == null && to == null) {
            span = "dates not given";
        } else if (to == null) {
            span = "since " + from;
        } else if (from == null) {
            span = "until " + to;
        } else {
            span = from + " – " + to;
        }
        return period.by() + " (" + span + ")";
    }

    /** A partial date (YYYY, YYYY-MM or YYYY-MM-DD) in words, "14 Nov 2019"; as written when it is none; null for blank. */
    private static String partialDate(String date) {
        if (date == null || date.isBlank()) {
            return null;
        }
        try {
            return switch (date.length()) {
                case 7 -> YearMonth.parse(date).format(MONTH);
                case 10 -> LocalDate.parse(date).format(DAY);
                default -> date;
            };
        } catch (DateTimeParseException notACalendarDate) {
            return date;
        }
    }
}
