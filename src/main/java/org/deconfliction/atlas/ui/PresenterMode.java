package org.deconfliction.atlas.ui;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.ui.IncidentCaption;
import org.deconfliction.atlas.incident.ui.IncidentMapLayers;
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
    private final IncidentCaption caption;
    private final TimelineControls controls;
    private final Supplier<List<Incident>> shown;
    private final List<Consumer<Boolean>> listeners = new ArrayList<>();
    private boolean presenting;
    /** While presenting a story: its panel, whose steps the keys walk instead of the timeline's dates. */
    private StoryPanel story;

    /**
     * @param root    the view, marked with the attribute {@code presenting} while presenting
     * @param hidden  the components hidden while presenting
     * @param shown   the incidents the view's filters let through, to pick the current one from
     */
    PresenterMode(Component root, List<Component> hidden, LeafletMap map, IncidentCaption caption,
            TimelineControls controls, Supplier<List<Incident>> shown) {
        this.root = root;
        this.hidden = List.copyOf(hidden);
        this.map = map;
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
            caption.showNarration(shown.title() + " · step " + number + " of " + shown.size(),
                    step.caption().isBlank() ? shown.title() : firstSentence(step.caption()), step.caption());
        }
    }

    /** Starts or stops presenting. */
    void set(boolean on) {
        presenting = on;
        story = null;
        root.getElement().setAttribute("presenting", on);
        hidden.forEach(component -> component.setVisible(!on));
        map.setDrawingVisible(!on);
        if (on) {
            follow(controls.getState());
        } else {
            caption.clear();
        }
        listeners.forEach(listener -> listener.accept(on));
    }

    /** While presenting, captions and flies to the incident current at this state of the timeline. */
    void follow(TimelineState state) {
        if (!presenting || story != null) {
            return;
        }
        current(state).ifPresentOrElse(incident -> {
            caption.show(incident);
            map.present(IncidentMapLayers.INCIDENTS, incident.id(), PRESENTING_ZOOM);
        }, caption::clear);
    }

    /** Acts on a key pressed outside any input field; answers whether it was one of the presenter's keys. */
    boolean key(String key) {
        switch (key) {
            case "p", "P" -> set(!presenting);
            case "ArrowRight" -> step(1);
            case "ArrowLeft" -> step(-1);
            case "PageDown" -> whilePresenting(() -> step(1));
            case "PageUp" -> whilePresenting(() -> step(-1));
            case " " -> whilePresenting(controls::togglePlay);
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
        return shown.get().stream()
                .filter(incident -> !incident.date().start().isAfter(state.current()))
                .max(Comparator.comparing((Incident incident) -> incident.date().start())
                        .thenComparing(Incident::id, Comparator.reverseOrder()));
    }

    private void step(int direction) {
        if (story != null) {
            story.chooseStep(story.chosenStep() + direction);
        } else {
            controls.stepIncident(direction);
        }
    }

    private void toEnd(boolean last) {
        if (story != null) {
            story.chooseStep(last ? story.story().map(Story::size).orElse(1) : 1);
        } else {
            controls.goToEnd(last);
        }
    }

    private static String firstSentence(String text) {
        int end = text.indexOf(". ");
        return end < 0 || end > 120 ? (text.length() > 120 ? text.substring(0, 117) + "…" : text) : text.substring(0, end + 1);
    }

    private void whilePresenting(Runnable action) {
        if (presenting) {
            action.run();
        }
    }
}
