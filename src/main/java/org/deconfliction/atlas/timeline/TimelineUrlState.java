package org.deconfliction.atlas.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The timeline's part of the URL: {@code date=YYYY-MM-DD} (the current date), {@code mode=cumulative|window} and
 * {@code days=N} (the window's length, 1 to {@value TimelineState#MAX_WINDOW_DAYS}). Reading never fails: a
 * parameter that cannot be used is left out and reported in {@code ignored} with a short message naming it, and
 * the others are kept. Each parameter is independent: {@code days} sets the window's length whatever the mode, and
 * a missing parameter leaves that part of the state as it was.
 *
 * @param date       the current date asked for, if a valid one was
 * @param mode       the mode asked for, if a valid one was
 * @param windowDays the window length asked for, if a valid one was
 * @param ignored    one message per parameter that was ignored, e.g. "date '2019-02-30' was ignored: not a date
 *                   that exists"
 */
public record TimelineUrlState(
        Optional<LocalDate> date, Optional<TimelineMode> mode, Optional<Integer> windowDays, List<String> ignored) {

    public static final String DATE = "date";
    public static final String MODE = "mode";
    public static final String DAYS = "days";

    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,9}");

    public TimelineUrlState {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(windowDays, "windowDays");
        ignored = List.copyOf(ignored);
    }

    /** Reads the timeline's parameters (the first value of each) from a URL's query parameters; others are not looked at. */
    public static TimelineUrlState read(Map<String, List<String>> parameters) {
        List<String> ignored = new ArrayList<>();
        Optional<LocalDate> date = Optional.empty();
        String dateText = first(parameters, DATE);
        if (dateText != null) {
            DateInput input = DateInput.parse(dateText);
            date = input.value();
            if (input.problem() != null) {
                ignored.add(ignoredMessage(DATE, dateText, input.problem()));
            }
        }
        Optional<TimelineMode> mode = Optional.empty();
        String modeText = first(parameters, MODE);
        if (modeText != null) {
            mode = TimelineMode.fromCode(modeText.strip());
            if (mode.isEmpty()) {
                ignored.add(ignoredMessage(MODE, modeText, "expected cumulative or window"));
            }
        }
        Optional<Integer> days = Optional.empty();
        String daysText = first(parameters, DAYS);
        if (daysText != null) {
            days = windowDays(daysText.strip());
            if (days.isEmpty()) {
                ignored.add(ignoredMessage(DAYS, daysText,
                        "expected a whole number of days from 1 to " + TimelineState.MAX_WINDOW_DAYS));
            }
        }
        return new TimelineUrlState(date, mode, days, ignored);
    }

    /** The parameters of a state, in the order date, mode, days; {@code days} only in window mode. */
    public static Map<String, List<String>> write(TimelineState state) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        parameters.put(DATE, List.of(state.current().toString()));
        parameters.put(MODE, List.of(state.mode().code()));
        if (state.mode() == TimelineMode.WINDOW) {
            parameters.put(DAYS, List.of(Integer.toString(state.windowDays())));
        }
        return parameters;
    }

    /** {@code base} with every part this URL asked for replaced; {@code base} itself when it asked for nothing usable. */
    public TimelineState applyTo(TimelineState base) {
        return new TimelineState(date.orElse(base.current()), mode.orElse(base.mode()),
                windowDays.orElse(base.windowDays()));
    }

    /** Whether the URL asked for nothing usable (it may still have had parameters that were ignored). */
    public boolean asksForNothing() {
        return date.isEmpty() && mode.isEmpty() && windowDays.isEmpty();
    }

    private static Optional<Integer> windowDays(String text) {
        if (!WHOLE_NUMBER.matcher(text).matches()) {
            return Optional.empty();
        }
        int days = Integer.parseInt(text);
        return days >= 1 && days <= TimelineState.MAX_WINDOW_DAYS ? Optional.of(days) : Optional.empty();
    }

    private static String ignoredMessage(String name, String value, String reason) {
        return name + " '" + value + "' was ignored: " + reason;
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }
}
