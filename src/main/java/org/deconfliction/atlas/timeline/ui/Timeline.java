package org.deconfliction.atlas.timeline.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.timeline.CalendarUnit;
import org.deconfliction.atlas.timeline.DateInput;
import org.deconfliction.atlas.timeline.DateSpan;
import org.deconfliction.atlas.timeline.DayCounts;
import org.deconfliction.atlas.timeline.IncidentHistogram;
import org.deconfliction.atlas.timeline.TimelineState;

/**
 * A timeline of incidents: a histogram of how many incidents fall in each month over the data's whole period, each
 * incident's date interval drawn as a thin bar beneath it (those dated only to a month or a span hatched), the
 * current date as a vertical line and the shown window shaded. Clicking a day reports {@link TimelineDateEvent};
 * dragging across days reports {@link TimelineRangeEvent}. The wheel or the +/− buttons zoom; the element then asks
 * for the span it shows and the <em>server</em> recounts it in weeks or days ({@link IncidentHistogram#forSpan}),
 * so there is one counting rule, tested once, computed from counts per day ({@link DayCounts}) so that a redraw costs
 * the bins, not the incidents. Shown by counts alone, the intervals of a span zoomed to are sent once it holds at
 * most {@value #INTERVALS_UP_TO} incidents, read then from the {@link SpanIncidents} given, so that an incident can
 * be picked in a store of any size. It shows nothing until {@link #setIncidents} or {@link #setCounts} is called.
 */
@Tag("atlas-timeline")
@JsModule("./atlas-timeline.ts")
@CssImport("./atlas-timeline.css")
public class Timeline extends Component implements HasSize {

    /** Most incidents whose date intervals are drawn one by one (and can be clicked); with more only bars are sent. */
    public static final int INTERVALS_UP_TO = 1000;

    /**
     * The incidents whose date intervals overlap a span of days, as a timeline shown by counts alone reads them for a
     * span zoomed to: asked only when the counts say the span holds at most {@value #INTERVALS_UP_TO}. An incident
     * list that cannot be had now (a question refused) is empty.
     */
    @FunctionalInterface
    public interface SpanIncidents {
        List<Incident> overlapping(LocalDate from, LocalDate to);
    }

    private DayCounts counts = DayCounts.none();
    private SpanIncidents spanIncidents;
    private int intervalsSent;
    /** Whether the browser was told that the span it shows holds too many incidents for their intervals. */
    private boolean intervalsWithheld;
    private DateSpan period;
    private IncidentHistogram histogram = IncidentHistogram.empty(CalendarUnit.MONTH);
    private TimelineState state;
    private DateSpan range;

    public Timeline() {
        getElement().addEventListener("atlas-timeline-zoom", this::zoomed)
                .addEventData("event.detail.from").addEventData("event.detail.to");
        addRangeListener(e -> range = new DateSpan(e.from(), e.to()));
        addDateListener(e -> range = null);
    }

    /**
     * Shows these incidents: counts per month over their whole period (from the 1st of the first month to the end of
     * the last), and every incident's interval while there are at most {@value #INTERVALS_UP_TO}. An empty list
     * shows an empty timeline.
     */
    public void setIncidents(List<Incident> incidents) {
        DayCounts newCounts = DayCounts.of(incidents.stream().map(Incident::date).toList());
        spanIncidents = null;
        show(newCounts, incidents.size() <= INTERVALS_UP_TO ? incidents : List.of());
    }

    /**
     * Shows incidents by their counts per day only: bars per month over their whole period, no intervals; a cost of
     * the days, whatever the number of incidents. Counts of none show an empty timeline.
     */
    public void setCounts(DayCounts newCounts) {
        setCounts(newCounts, null);
    }

    /**
     * As {@link #setCounts(DayCounts)}; and once the span the browser shows holds at most {@value #INTERVALS_UP_TO}
     * incidents, their intervals are read from {@code inSpan} and sent, so that they can be clicked (null: never).
     */
    public void setCounts(DayCounts newCounts, SpanIncidents inSpan) {
        spanIncidents = inSpan;
        Optional<DateSpan> whole = newCounts.period();
        List<Incident> few = inSpan == null || whole.isEmpty() || newCounts.size() > INTERVALS_UP_TO ? List.of()
                : inSpan.overlapping(whole.get().first(), whole.get().last());
        show(newCounts, few.size() > INTERVALS_UP_TO ? List.of() : few);
    }

    private void show(DayCounts newCounts, List<Incident> drawn) {
        counts = newCounts;
        intervalsSent = drawn.size();
        intervalsWithheld = spanIncidents != null && drawn.isEmpty() && newCounts.size() > 0;
        period = counts.period().map(span -> span.toWhole(CalendarUnit.MONTH)).orElse(null);
        histogram = period == null ? IncidentHistogram.empty(CalendarUnit.MONTH)
                : IncidentHistogram.count(counts, CalendarUnit.MONTH, period);
        getElement().callJsFunction("setData", period == null ? "" : TimelineMessages.data(period, drawn, intervalsWithheld));
        getElement().callJsFunction("setBins", TimelineMessages.bins(histogram));
    }

    /** Marks the state's current date with a line and shades its window (everything before it when cumulative). */
    public void setState(TimelineState newState) {
        state = newState;
        getElement().callJsFunction("setState", TimelineMessages.state(newState));
    }

    /** The state last set, if any. */
    public Optional<TimelineState> getState() {
        return Optional.ofNullable(state);
    }

    /** Outlines the range from {@code from} to {@code to} as if it had been dragged out; null for either clears it. */
    public void setRange(LocalDate from, LocalDate to) {
        range = from == null || to == null ? null : new DateSpan(from.isAfter(to) ? to : from, from.isAfter(to) ? from : to);
        getElement().callJsFunction("setRange", TimelineMessages.range(range));
    }

    /** The range outlined now, dragged out by the user or set with {@link #setRange}, if any. */
    public Optional<DateSpan> getRange() {
        return Optional.ofNullable(range);
    }

    /** Listens for days clicked. */
    public Registration addDateListener(ComponentEventListener<TimelineDateEvent> listener) {
        return addListener(TimelineDateEvent.class, listener);
    }

    /** Listens for clicks on an incident's date interval. */
    public Registration addIncidentListener(ComponentEventListener<TimelineIncidentEvent> listener) {
        return addListener(TimelineIncidentEvent.class, listener);
    }

    /** Listens for ranges dragged out. */
    public Registration addRangeListener(ComponentEventListener<TimelineRangeEvent> listener) {
        return addListener(TimelineRangeEvent.class, listener);
    }

    /** How many incidents the timeline shows (counted in its bars and drawn as intervals). */
    public int incidentCount() {
        return counts.size();
    }

    /** How many incidents' intervals were sent last, for the tests. */
    int intervalsSent() {
        return intervalsSent;
    }

    /** The bars sent last: per month over the period, or in finer bins for the span zoomed to. */
    IncidentHistogram histogram() {
        return histogram;
    }

    /**
     * Counts the span the browser shows in bins fit for its length, over the span and one span's length either side
     * of it (within the period) so that panning a little shows bars at once.
     */
    void showSpan(LocalDate from, LocalDate to) {
        if (period == null || to.isBefore(from)) {
            return;
        }
        DateSpan shown = new DateSpan(period.clamp(from), period.clamp(to));
        long margin = shown.days();
        DateSpan counted = new DateSpan(period.clamp(shown.first().minusDays(margin)), period.clamp(shown.last().plusDays(margin)));
        CalendarUnit unit = CalendarUnit.binsFor(shown.first(), shown.last());
        histogram = IncidentHistogram.count(counts, unit, counted);
        getElement().callJsFunction("setBins", TimelineMessages.bins(histogram));
        if (spanIncidents != null) {
            sendIntervals(shown, counted);
        }
    }

    /**
     * Sends the intervals of the counted span when it holds few enough incidents, else of the shown span when that
     * does, else none (and says so): every incident overlapping the span, never more than {@value #INTERVALS_UP_TO}.
     */
    private void sendIntervals(DateSpan shown, DateSpan counted) {
        DateSpan sent = counts.overlapping(counted.first(), counted.last()) <= INTERVALS_UP_TO ? counted
                : counts.overlapping(shown.first(), shown.last()) <= INTERVALS_UP_TO ? shown : null;
        List<Incident> drawn = sent == null ? List.of() : spanIncidents.overlapping(sent.first(), sent.last());
        if (drawn.size() > INTERVALS_UP_TO) {
            drawn = List.of();
            sent = null;
        }
        if (sent == null && intervalsSent == 0 && intervalsWithheld) {
            return;
        }
        intervalsSent = drawn.size();
        intervalsWithheld = sent == null;
        getElement().callJsFunction("setIntervals", TimelineMessages.intervals(drawn, sent == null));
    }

    private void zoomed(DomEvent event) {
        Optional<LocalDate> from = DateInput.parse(event.getEventData().get("event.detail.from").asString()).value();
        Optional<LocalDate> to = DateInput.parse(event.getEventData().get("event.detail.to").asString()).value();
        if (from.isPresent() && to.isPresent()) {
            showSpan(from.get(), to.get());
        }
    }
}
