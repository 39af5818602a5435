package org.deconfliction.atlas.timeline.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentDate;
import org.deconfliction.atlas.timeline.CalendarUnit;
import org.deconfliction.atlas.timeline.DateStepper;
import org.deconfliction.atlas.timeline.DayCounts;
import org.deconfliction.atlas.timeline.TimelineMode;
import org.deconfliction.atlas.timeline.TimelineState;

/**
 * The timeline's control bar: previous/next incident date, a step unit (day, week, month) with steps back and
 * forward, play/pause with a speed, a date field to jump to any day of the data's period, the mode (cumulative, or a
 * window of N days) and a summary of the current date and how many incidents it shows. Every change, whichever
 * control made it, is reported as one {@link TimelineStateChangeEvent}. Before {@link #setIncidents} there is nothing
 * to step over; the state then starts at the last day of the data, cumulatively (everything shown), unless a state
 * was already set.
 */
@CssImport("./atlas-timeline.css")
public class TimelineControls extends Composite<Div> {

    private final Button previous = button("◀", "Previous incident date");
    private final Button next = button("▶", "Next incident date");
    private final Select<CalendarUnit> unit = new Select<>();
    private final Button stepBack = new Button();
    private final Button stepForward = new Button();
    private final Playback playback = new Playback(this, this::rewindAtEnd, this::playStep);
    private final DateField date = new DateField(this::jumpTo);
    private final RadioButtonGroup<TimelineMode> mode = new RadioButtonGroup<>();
    private final IntegerField windowDays = new IntegerField();
    private final Span summary = new Span();

    private DayCounts counts = DayCounts.none();
    private DateStepper stepper = DateStepper.over(List.of());
    private TimelineState state = TimelineState.cumulative(LocalDate.now());
    private boolean stateChosen;

    public TimelineControls() {
        getContent().addClassName("atlas-timeline-controls");
        previous.addClickListener(e -> stepper.previousIncidentDate(state.current()).ifPresent(d -> change(state.at(d))));
        next.addClickListener(e -> stepper.nextIncidentDate(state.current()).ifPresent(d -> change(state.at(d))));
        unit.setItems(CalendarUnit.values());
        unit.setValue(CalendarUnit.MONTH);
        unit.setItemLabelGenerator(u -> capitalised(u.code()));
        unit.setAriaLabel("Step unit");
        unit.setWidth("7em");
        unit.addValueChangeListener(e -> show());
        stepBack.addClickListener(e -> step(-1));
        stepForward.addClickListener(e -> step(1));
        mode.setItems(TimelineMode.values());
        mode.setItemLabelGenerator(m -> m == TimelineMode.CUMULATIVE ? "Cumulative" : "Window of");
        mode.setAriaLabel("Timeline mode");
        mode.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                change(state.withMode(e.getValue()));
            }
        });
        windowDays.setAriaLabel("Window length in days");
        windowDays.setMin(1);
        windowDays.setMax(TimelineState.MAX_WINDOW_DAYS);
        windowDays.setStepButtonsVisible(true);
        windowDays.setSuffixComponent(new Span("days"));
        windowDays.setManualValidation(true);
        windowDays.setWidth("10.5em");
        windowDays.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                resize(e.getValue());
            }
        });
        summary.addClassName("atlas-timeline-summary");
        summary.getElement().setAttribute("aria-live", "polite");
        getContent().add(group(previous, next), group(unit, stepBack, stepForward),
                group(playback.toggle(), playback.speed()), date.picker(), group(mode, windowDays), summary);
        show();
    }

    /** Moves to the next incident date (a positive direction) or the previous one; nothing happens at either end. */
    public void stepIncident(int direction) {
        (direction > 0 ? stepper.nextIncidentDate(state.current()) : stepper.previousIncidentDate(state.current()))
                .ifPresent(d -> change(state.at(d)));
    }

    /** Moves to the last incident date ({@code true}) or the first ({@code false}). */
    public void goToEnd(boolean last) {
        (last ? stepper.last() : stepper.first()).ifPresent(d -> change(state.at(d)));
    }

    /** Pauses playing; nothing happens when paused. */
    public void pause() {
        if (playback.isPlaying()) {
            playback.pause();
        }
    }

    /** Whether it is playing. */
    public boolean isPlaying() {
        return playback.isPlaying();
    }

    /** Moves to a day, reporting the change as any other step. */
    public void goTo(LocalDate day) {
        change(state.at(day));
    }

    /** Plays when paused, pauses when playing. */
    public void togglePlay() {
        if (playback.isPlaying()) {
            playback.pause();
        } else {
            playback.play();
        }
    }

    /**
     * Steps over these incidents' dates, limits the date field to their period and counts them in the summary. Pass
     * the incidents that pass the view's other filters, so that stepping and counting agree with what is shown.
     */
    public void setIncidents(List<Incident> newIncidents) {
        setCounts(DayCounts.of(newIncidents.stream().map(Incident::date).toList()));
    }

    /**
     * As {@link #setIncidents}, from the incidents' counts per day: a cost of the days of their period, whatever
     * the number of incidents.
     */
    public void setCounts(DayCounts newCounts) {
        counts = newCounts;
        stepper = DateStepper.over(counts);
        date.setPeriod(stepper.period().orElse(null));
        if (!stateChosen && stepper.last().isPresent()) {
            state = state.at(stepper.last().get());
            fireEvent(new TimelineStateChangeEvent(this, false, state));
        }
        show();
    }

    /** Sets the state, reporting it to listeners when it differs from the one shown. */
    public void setState(TimelineState newState) {
        change(newState, false);
    }

    /** The state shown. */
    public TimelineState getState() {
        return state;
    }

    /** Listens for every change of the state. */
    public Registration addStateChangeListener(ComponentEventListener<TimelineStateChangeEvent> listener) {
        return addListener(TimelineStateChangeEvent.class, listener);
    }

    /**
     * Drives a timeline from these controls: it shows every state, and its clicks and drags set the state. A range
     * dragged out stays outlined until the window moves away from it.
     */
    public void connect(Timeline timeline) {
        timeline.setState(state);
        addStateChangeListener(e -> {
            timeline.setState(e.state());
            if (timeline.getRange().filter(range -> range.first().equals(e.state().from())
                    && range.last().equals(e.state().to())).isEmpty()) {
                timeline.setRange(null, null);
            }
        });
        timeline.addDateListener(e -> jumpTo(stepper.clamp(e.date()).orElse(e.date())));
        timeline.addRangeListener(e -> change(TimelineState.window(e.from(), e.to())));
    }

    /** The play/pause control, for tests. */
    Playback playback() {
        return playback;
    }

    private void change(TimelineState newState) {
        change(newState, true);
    }

    private void change(TimelineState newState, boolean fromClient) {
        stateChosen = true;
        if (newState.equals(state)) {
            return;
        }
        state = newState;
        show();
        fireEvent(new TimelineStateChangeEvent(this, fromClient, state));
    }

    /** Steps by {@code count} units of the chosen size; false when that does not move the date. */
    private boolean step(int count) {
        Optional<LocalDate> target = stepper.step(state.current(), unit.getValue(), count)
                .filter(day -> !day.equals(state.current()));
        target.ifPresent(day -> change(state.at(day)));
        return target.isPresent();
    }

    /** One step of playing; false once the end is reached, which pauses. */
    private boolean playStep() {
        return step(1) && stepper.step(state.current(), unit.getValue(), 1).filter(day -> !day.equals(state.current())).isPresent();
    }

    private void rewindAtEnd() {
        if (stepper.last().filter(last -> !state.current().isBefore(last)).isPresent()) {
            stepper.first().ifPresent(first -> change(state.at(first)));
        }
    }

    private void jumpTo(LocalDate day) {
        change(state.at(day));
    }

    private void resize(Integer days) {
        if (days == null || days < 1 || days > TimelineState.MAX_WINDOW_DAYS) {
            windowDays.setErrorMessage("Enter a whole number of days from 1 to " + TimelineState.MAX_WINDOW_DAYS);
            windowDays.setInvalid(true);
            return;
        }
        windowDays.setInvalid(false);
        change(state.withWindowDays(days));
    }

    /** Shows the state in every control. */
    private void show() {
        LocalDate current = state.current();
        previous.setEnabled(stepper.previousIncidentDate(current).isPresent());
        next.setEnabled(stepper.nextIncidentDate(current).isPresent());
        String unitName = unit.getValue().code();
        stepBack.setText("−1 " + unitName);
        stepBack.setAriaLabel("Step back one " + unitName);
        stepBack.setEnabled(stepper.step(current, unit.getValue(), -1).filter(d -> !d.equals(current)).isPresent());
        stepForward.setText("+1 " + unitName);
        stepForward.setAriaLabel("Step forward one " + unitName);
        stepForward.setEnabled(stepper.step(current, unit.getValue(), 1).filter(d -> !d.equals(current)).isPresent());
        playback.toggle().setEnabled(stepper.period().isPresent());
        date.show(current);
        mode.setValue(state.mode());
        windowDays.setValue(state.windowDays());
        windowDays.setInvalid(false);
        windowDays.setEnabled(state.mode() == TimelineMode.WINDOW);
        long shown = counts.period().map(period -> counts.overlapping(
                state.from() == null ? period.first() : state.from(), state.to())).orElse(0);
        String incidentsText = shown + (shown == 1 ? " incident" : " incidents");
        summary.setText(label(current) + " · " + incidentsText + (state.mode() == TimelineMode.CUMULATIVE ? " so far"
                : " in the last " + state.windowDays() + (state.windowDays() == 1 ? " day" : " days")));
    }

    private static String label(LocalDate day) {
        return IncidentDate.day(day).label();
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static Button button(String text, String ariaLabel) {
        Button button = new Button(text);
        button.setAriaLabel(ariaLabel);
        return button;
    }

    private static Div group(Component... components) {
        Div group = new Div(components);
        group.addClassName("atlas-timeline-group");
        return group;
    }
}
