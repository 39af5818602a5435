package org.deconfliction.atlas.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.deconfliction.atlas.timeline.TimelineFixtures.d;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimelineUrlStateTest {

    private static final TimelineState BEFORE = TimelineState.cumulative(d("2021-06-26"));

    private static TimelineUrlState read(String... nameValuePairs) {
        Map<String, List<String>> parameters = new java.util.LinkedHashMap<>();
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            parameters.put(nameValuePairs[i], List.of(nameValuePairs[i + 1]));
        }
        return TimelineUrlState.read(parameters);
    }

    @Test
    void readsTheDateTheModeAndTheWindowLength() {
        TimelineUrlState url = read("date", "2019-10-12", "mode", "window", "days", "14");

        assertThat(url.ignored()).isEmpty();
        assertThat(url.applyTo(BEFORE)).isEqualTo(new TimelineState(d("2019-10-12"), TimelineMode.WINDOW, 14));
    }

    @Test
    void withoutParametersLeavesTheStateAsItWas() {
        TimelineUrlState url = TimelineUrlState.read(Map.of("view", List.of("35.1,40.4,10")));

        assertThat(url.asksForNothing()).isTrue();
        assertThat(url.ignored()).isEmpty();
        assertThat(url.applyTo(BEFORE)).isEqualTo(BEFORE);
    }

    @Test
    void aMissingParameterKeepsThatPartOfTheState() {
        TimelineState before = new TimelineState(d("2019-10-12"), TimelineMode.WINDOW, 14);

        assertThat(read("date", "2018-02-07").applyTo(before)).isEqualTo(new TimelineState(d("2018-02-07"), TimelineMode.WINDOW, 14));
        assertThat(read("days", "3").applyTo(BEFORE)).as("days alone sets the length, not the mode")
                .isEqualTo(new TimelineState(d("2021-06-26"), TimelineMode.CUMULATIVE, 3));
    }

    @Test
    void ignoresADateThatDoesNotExist() {
        TimelineUrlState url = read("date", "2019-02-30");

        assertThat(url.date()).isEmpty();
        assertThat(url.ignored()).containsExactly("date '2019-02-30' was ignored: not a date that exists");
    }

    @Test
    void ignoresADateNotWrittenAsYearMonthDay() {
        for (String bad : List.of("12/10/2019", "2019-10", "yesterday", "", "2019-10-12T10:00")) {
            assertThat(read("date", bad).ignored()).as(bad)
                    .containsExactly("date '" + bad + "' was ignored: expected YYYY-MM-DD");
        }
    }

    @Test
    void ignoresAnUnknownMode() {
        TimelineUrlState url = read("mode", "weekly");

        assertThat(url.mode()).isEmpty();
        assertThat(url.ignored()).containsExactly("mode 'weekly' was ignored: expected cumulative or window");
    }

    @Test
    void ignoresAWindowLengthThatIsNotOneToTenYearsOfWholeDays() {
        for (String bad : List.of("ten", "0", "-3", "3661", "1.5", "99999999999")) {
            TimelineUrlState url = read("days", bad);

            assertThat(url.windowDays()).as(bad).isEmpty();
            assertThat(url.ignored()).as(bad)
                    .containsExactly("days '" + bad + "' was ignored: expected a whole number of days from 1 to 3660");
        }
    }

    @Test
    void keepsTheUsableParametersWhenOthersAreIgnored() {
        TimelineUrlState url = read("date", "2019-02-30", "mode", "window", "days", "zero");

        assertThat(url.applyTo(BEFORE)).isEqualTo(new TimelineState(d("2021-06-26"), TimelineMode.WINDOW, 30));
        assertThat(url.ignored()).hasSize(2).allMatch(message -> message.contains("was ignored"));
    }

    @Test
    void aWindowReadsBackFromItsParameters() {
        TimelineState window = new TimelineState(d("2018-02-07"), TimelineMode.WINDOW, 7);

        Map<String, List<String>> parameters = TimelineUrlState.write(window);

        assertThat(parameters).containsExactly(
                Map.entry("date", List.of("2018-02-07")), Map.entry("mode", List.of("window")), Map.entry("days", List.of("7")));
        assertThat(TimelineUrlState.read(parameters).applyTo(BEFORE)).isEqualTo(window);
    }

    @Test
    void aCumulativeStateWritesNoWindowLength() {
        TimelineState cumulative = TimelineState.cumulative(d("2019-10-12"));

        Map<String, List<String>> parameters = TimelineUrlState.write(cumulative);

        assertThat(parameters).containsOnlyKeys("date", "mode");
        assertThat(TimelineUrlState.read(parameters).applyTo(BEFORE)).isEqualTo(cumulative);
    }

    @Test
    void typedDatesAreReadTheSameWay() {
        assertThat(DateInput.parse(" 2019-10-12 ").value()).contains(d("2019-10-12"));
        assertThat(DateInput.parse("2019-13-01").problem()).isEqualTo(DateInput.NO_SUCH_DATE);
        assertThat(DateInput.parse(null).problem()).isEqualTo(DateInput.NOT_A_DATE);
    }
}
