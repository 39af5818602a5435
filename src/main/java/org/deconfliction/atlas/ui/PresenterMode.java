package org.deconfliction.atlas.ui;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.ui.IncidentCaption;
import org.deconfliction.atlas.map.LeafletMap;
import org.deconfliction.atlas.story.Story;
import org.deconfliction.atlas.story.StoryStep;
import org.deconfliction.atlas.story.ui.StoryPanel;
import org.deconfliction.atlas.timeline.TimelineState;
import org.deconfliction.atlas.timeline.ui.TimelineControls;

/**
 * Presenting to an audience: the map fills the window with a large caption of the current incident, editing and
 * query controls are hidden, and the map flies to each incident as it becomes current. Keys: → and PageDown step
 * forward, ← and PageUp back, Space plays or pauses, Home and End jump to the first or last incident, Esc leaves;
 * P switches presenting on and off. → and ← also step when not presenting.
 */
final class PresenterMode {

    /** Zoom level the map shows each current incident at. */
    static final int PRESENTING_ZOOM = 9;

    private final Component root;
    private final List<Component> hidden;
    private final LeafletMap map;
    private final IncidentMarkers markers;
    private final IncidentCaption caption;
    private final TimelineControls controls;
    private final PresentedSequence shown;
    private final List<Consumer<Boolean>> listeners = new ArrayList<>();
    private boolean presenting;
    /** While presenting a story: its panel, whose steps the keys walk instead of the timeline's dates. */
    private StoryPanel story;
    /** The incident captioned now, which may be one of several sharing the current date. */
    private Incident current;

    /**
     * @param root    the view, marked with the attribute {@code presenting} while presenting
     * @param hidden  the components hidden while presenting
     * @param markers the incidents on the map, which present the current one (flying into its cluster when clustered)
     * @param shown   the incidents the view's filters other than the dates let through, the sequence presented
     */
    PresenterMode(Component root, List<Component> hidden, LeafletMap map, IncidentMarkers markers,
            IncidentCaption caption, TimelineControls controls, PresentedSequence shown) {
        this.root = root;
        this.hidden = List.copyOf(hidden);
        // The timeline's controls stay visible to the server (their playback timer must keep ticking); CSS hides them.
        this.map = map;
        this.markers = markers;
        this.caption = caption;
        this.controls = controls;
        this.shown = shown;
    }

    boolean isPresenting() {
        return presenting;
    }

    /** Listens for presenting being switched on or off. */
    void onChange(Consumer<Boolean> listener) {
        listeners.add(listener);
    }

    /** Starts presenting a story from its first step; the keys then walk its steps. */
    void presentStory(StoryPanel panel) {
        set(true);
        story = panel;
    }

    /** Shows a story step's caption while presenting. */
    void showStep(Story shown, int number) {
        if (presenting && story != null) {
            StoryStep step = shown.step(number);
            caption.showNarration(shown.title() + " · step " + number + " of " + shown.size(), step.caption());
        }
    }

    /** Starts or stops presenting. */
    void set(boolean on) {
        presenting = on;
        story = null;
        current = null;
        root.getElement().setAttribute("presenting", on);
        hidden.forEach(component -> component.setVisible(!on));
        map.setDrawingVisible(!on);
        map.setPresenting(on);
        if (on) {
            follow(controls.getState());
        } else {
            controls.pause();
            caption.clear();
        }
        listeners.forEach(listener -> listener.accept(on));
    }

    /** While presenting, captions and flies to the incident current at this state of the timeline. */
    void follow(TimelineState state) {
        if (!presenting || story != null) {
            return;
        }
        if (current == null || !current.date().start().equals(state.current()) || shown.indexOf(current) < 0) {
            current = current(state).orElse(null);
        }
        if (current == null) {
            caption.clear();
            map.clearSelection();
            return;
        }
        caption.show(current, shown.indexOf(current) + 1, shown.incidents().size());
        markers.present(current, PRESENTING_ZOOM);
    }

    /** While presenting, captions an incident clicked on the map instead of opening its popup. */
    void presentIncident(String id) {
        if (!presenting || story != null) {
            return;
        }
        shown.find(id).ifPresent(this::moveTo);
    }

    /** Acts on a key pressed outside any input field; answers whether it was one of the presenter's keys. */
    boolean key(String key) {
        switch (key) {
            case "p", "P" -> set(!presenting);
            case "ArrowRight" -> step(1);
            case "ArrowLeft" -> step(-1);
            case "PageDown" -> whilePresenting(() -> step(1));
            case "PageUp" -> whilePresenting(() -> step(-1));
            case " " -> whilePresenting(() -> {
                if (story != null) {
                    step(1);
                } else {
                    controls.togglePlay();
                }
            });
            case "Home" -> whilePresenting(() -> toEnd(false));
            case "End" -> whilePresenting(() -> toEnd(true));
            case "Escape" -> whilePresenting(() -> set(false));
            default -> {
                return false;
            }
        }
        return true;
    }

    /**
     * The incident current at a state: the latest one shown whose date begins on or before the current date, the
     * earliest first among those beginning that day.
     */
    Optional<Incident> current(TimelineState state) {
        return shown.currentOn(state.current());
    }

    /** Steps incident by incident while presenting (several may share a date), date by date otherwise. */
    private void step(int direction) {
        if (story != null) {
            story.chooseStep(story.chosenStep() + direction);
        } else if (!presenting) {
            controls.stepIncident(direction);
        } else {
            List<Incident> sequence = shown.incidents();
            int index = current == null ? -1 : shown.indexOf(current);
            int target = index < 0 && direction < 0 ? -1 : index + direction;
            if (target >= 0 && target < sequence.size()) {
                moveTo(sequence.get(target));
            }
        }
    }

    private void toEnd(boolean last) {
        if (story != null) {
            story.chooseStep(last ? story.story().map(Story::size).orElse(1) : 1);
        } else {
            List<Incident> sequence = shown.incidents();
            if (!sequence.isEmpty()) {
                moveTo(sequence.get(last ? sequence.size() - 1 : 0));
            }
        }
    }

    /** Makes an incident the captioned one, moving the timeline to its date (which captions it) or captioning it now. */
    private void moveTo(Incident incident) {
        current = incident;
        if (incident.date().start().equals(controls.getState().current())) {
            follow(controls.getState());
        } else {
            controls.goTo(incident.date().start());
        }
    }

    /** The incident captioned now, for the view's tests. */
    Optional<Incident> captioned() {
        return Optional.ofNullable(presenting && story == null ? current : null);
    }

    private void whilePresenting(Runnable action) {
        if (presenting) {
            action.run();
        }
    }
}
