package org.deconfliction.atlas.timeline.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.deconfliction.atlas.timeline.TimelineFixtures.d;
import static org.deconfliction.atlas.timeline.TimelineFixtures.day;
import static org.deconfliction.atlas.timeline.TimelineFixtures.incident;
import static org.deconfliction.atlas.timeline.TimelineFixtures.month;
import static org.deconfliction.atlas.timeline.TimelineFixtures.range;

import com.vaadin.browserless.ComponentTester;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.ArrayList;
import java.util.List;
import org.deconfliction.atlas.timeline.TimelineMode;
import org.deconfliction.atlas.timeline.TimelineState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** The control bar as a user drives it, without a browser. */
@SpringBootTest
class TimelineControlsTest extends SpringBrowserlessTest {

    private TimelineControls controls;
    private final List<TimelineStateChangeEvent> heard = new ArrayList<>();

    @BeforeEach
    void showControls() {
        controls = new TimelineControls();
        controls.setIncidents(List.of(
                incident("khasham", range("2018-02-07", "2018-02-08")),
                incident("al-omar-base", month("2018-03")),
                incident("manbij", day("2019-01-16")),
                incident("shaddadi", day("2019-01-21"))));
        controls.addStateChangeListener(heard::add);
        UI.getCurrent().add(controls);
    }

    private Button button(String ariaLabel) {
        return $(Button.class, controls).withAriaLabel(ariaLabel).single();
    }

    /** Does to the date field what a person's typing makes the browser send. */
    private static final class Typing extends ComponentTester<DatePicker> {

        Typing(DatePicker picker) {
            super(picker);
        }

        /** Text the browser could not read as a date, reported as such. */
        void unreadable(String text) {
            getComponent().getElement().setProperty("_inputElementValue", text);
            fireDomEvent("unparsable-change");
        }

        /** A whole date typed in, even one the calendar would not offer. */
        void date(java.time.LocalDate date) {
            setValueAsUser(date);
        }
    }

    private void typeDate(String text) {
        new Typing($(DatePicker.class, controls).single()).unreadable(text);
    }

    private void enterDate(java.time.LocalDate date) {
        new Typing($(DatePicker.class, controls).single()).date(date);
    }

    @Test
    void startsAtTheEndOfTheDataShowingEverything() {
        assertThat(controls.getState()).isEqualTo(TimelineState.cumulative(d("2019-01-21")));
        assertThat($(Span.class, controls).withClassName("atlas-timeline-summary").single().getText())
                .isEqualTo("21 Jan 2019 · 4 incidents so far");
    }

    @Test
    void nextMovesToTheNextIncidentDateAMonthOnItsFirstDay() {
        controls.setState(TimelineState.cumulative(d("2018-02-07")));
        heard.clear();

        test(button("Next incident date")).click();

        assertThat(controls.getState()).isEqualTo(TimelineState.cumulative(d("2018-03-01")));
        assertThat(heard).singleElement().satisfies(event -> {
            assertThat(event.state().current()).isEqualTo(d("2018-03-01"));
            assertThat(event.isFromClient()).isTrue();
        });
        assertThat($(DatePicker.class, controls).single().getValue()).isEqualTo(d("2018-03-01"));
    }

    @Test
    void previousMovesBackAndIsDisabledAtTheFirstIncidentDate() {
        controls.setState(TimelineState.cumulative(d("2018-03-15")));

        test(button("Previous incident date")).click();
        assertThat(controls.getState().current()).isEqualTo(d("2018-03-01"));
        test(button("Previous incident date")).click();
        assertThat(controls.getState().current()).isEqualTo(d("2018-02-07"));

        assertThat(button("Previous incident date").isEnabled()).isFalse();
    }

    @Test
    void stepsByTheChosenUnitAndStopsAtTheEndOfThePeriod() {
        controls.setState(TimelineState.cumulative(d("2018-12-25")));
        test($(Select.class, controls).withAriaLabel("Step unit").single()).selectItem("Week");

        test(button("Step forward one week")).click();
        assertThat(controls.getState().current()).isEqualTo(d("2019-01-01"));
        test(button("Step forward one week")).click();
        test(button("Step forward one week")).click();
        test(button("Step forward one week")).click();

        assertThat(controls.getState().current()).isEqualTo(d("2019-01-21"));
        assertThat(button("Step forward one week").isEnabled()).isFalse();
        assertThat(button("Step back one week").isEnabled()).isTrue();
    }

    @Test
    void switchingToAWindowCountsOnlyTheIncidentsInIt() {
        controls.setState(TimelineState.cumulative(d("2019-01-21")));

        @SuppressWarnings("unchecked")
        RadioButtonGroup<TimelineMode> mode = $(RadioButtonGroup.class, controls).withAriaLabel("Timeline mode").single();
        test(mode).selectItem("Window of");
        test($(IntegerField.class, controls).withAriaLabel("Window length in days").single()).setValue(7);

        assertThat(controls.getState()).isEqualTo(new TimelineState(d("2019-01-21"), TimelineMode.WINDOW, 7));
        assertThat($(Span.class, controls).withClassName("atlas-timeline-summary").single().getText())
                .isEqualTo("21 Jan 2019 · 2 incidents in the last 7 days");
        assertThat(heard).extracting(e -> e.state().mode()).containsExactly(TimelineMode.WINDOW, TimelineMode.WINDOW);
    }

    @Test
    void theWindowLengthCanOnlyBeChangedInWindowMode() {
        IntegerField days = $(IntegerField.class, controls).withAriaLabel("Window length in days").single();

        assertThat(days.isEnabled()).isFalse();
        controls.setState(controls.getState().withMode(TimelineMode.WINDOW));
        assertThat(days.isEnabled()).isTrue();
    }

    @Test
    void aDateThatDoesNotExistIsRefusedWithAMessageAndNothingMoves() {
        TimelineState before = controls.getState();
        heard.clear();

        typeDate("2019-02-30");

        DatePicker picker = $(DatePicker.class, controls).single();
        assertThat(picker.isInvalid()).isTrue();
        assertThat(picker.getErrorMessage()).isEqualTo("'2019-02-30' was refused: not a date that exists");
        assertThat(controls.getState()).isEqualTo(before);
        assertThat(heard).isEmpty();
    }

    @Test
    void textThatIsNotADateIsRefusedWithAMessage() {
        typeDate("next Tuesday");

        assertThat($(DatePicker.class, controls).single().getErrorMessage()).isEqualTo("'next Tuesday' was refused: expected YYYY-MM-DD");
    }

    @Test
    void aDateOutsideTheDataIsRefusedWithTheDataPeriod() {
        TimelineState before = controls.getState();

        enterDate(d("2025-01-01"));

        DatePicker picker = $(DatePicker.class, controls).single();
        assertThat(picker.getErrorMessage()).isEqualTo("'2025-01-01' was refused: the incidents run from 7 Feb 2018 to 21 Jan 2019");
        assertThat(controls.getState()).isEqualTo(before);
    }

    @Test
    void aDateWithinTheDataJumpsThereAndClearsAnEarlierRefusal() {
        typeDate("2019-02-30");

        enterDate(d("2018-03-10"));

        assertThat(controls.getState().current()).isEqualTo(d("2018-03-10"));
        assertThat($(DatePicker.class, controls).single().isInvalid()).isFalse();
    }

    @Test
    void playingStepsOncePerTickAndPausesAtTheEnd() {
        controls.setState(TimelineState.cumulative(d("2018-11-01")));
        test($(Select.class, controls).withAriaLabel("Step unit").single()).selectItem("Month");

        test(button("Play through time")).click();
        controls.playback().tick();
        assertThat(controls.getState().current()).isEqualTo(d("2018-12-01"));
        controls.playback().tick();
        assertThat(controls.playback().isPlaying()).isTrue();
        controls.playback().tick();

        assertThat(controls.getState().current()).as("a month on, clamped to the end").isEqualTo(d("2019-01-21"));
        assertThat(controls.playback().isPlaying()).isFalse();
        assertThat(button("Play through time").isEnabled()).isTrue();
    }

    @Test
    void playsAtHalfOneTwoOrFourStepsASecond() {
        assertThat(test($(Select.class, controls).withAriaLabel("Playback speed in steps per second").single()).getSuggestions())
                .containsExactly("0.5 steps/s", "1 step/s", "2 steps/s", "4 steps/s");
    }

    @Test
    void playingFromTheEndStartsOverFromTheFirstDate() {
        test(button("Play through time")).click();

        assertThat(controls.getState().current()).isEqualTo(d("2018-02-07"));
        assertThat(button("Pause").isEnabled()).isTrue();
    }

    @Test
    void aConnectedTimelineSetsTheDateByClickAndAWindowByDrag() {
        Timeline timeline = new Timeline();
        UI.getCurrent().add(timeline);
        controls.connect(timeline);

        ComponentUtil.fireEvent(timeline, new TimelineDateEvent(timeline, true, "2018-02-20"));
        assertThat(controls.getState().current()).isEqualTo(d("2018-02-20"));
        assertThat(timeline.getState()).contains(controls.getState());

        ComponentUtil.fireEvent(timeline, new TimelineRangeEvent(timeline, true, "2019-01-01", "2019-01-16"));
        assertThat(controls.getState()).isEqualTo(new TimelineState(d("2019-01-16"), TimelineMode.WINDOW, 16));
        assertThat(timeline.getRange()).isPresent();

        test(button("Next incident date")).click();
        assertThat(timeline.getRange()).as("the window moved away from the range").isEmpty();
    }

    @Test
    void everyControlHasAnAccessibleName() {
        assertThat($(Button.class, controls).all()).allSatisfy(b -> assertThat(b.getAriaLabel()).isPresent());
        assertThat($(Select.class, controls).all()).allSatisfy(s -> assertThat(s.getAriaLabel()).isPresent());
        assertThat($(DatePicker.class, controls).single().getAriaLabel()).contains("Current date");
        assertThat($(RadioButtonGroup.class, controls).single().getAriaLabel()).contains("Timeline mode");
        assertThat($(IntegerField.class, controls).single().getAriaLabel()).contains("Window length in days");
    }
}
