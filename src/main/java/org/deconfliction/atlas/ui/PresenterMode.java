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

    /** Starts or stops presenting. */
    void set(boolean on) {
        presenting = on;
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
        if (!presenting) {
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
            case "ArrowRight" -> controls.stepIncident(1);
            case "ArrowLeft" -> controls.stepIncident(-1);
            case "PageDown" -> whilePresenting(() -> controls.stepIncident(1));
            case "PageUp" -> whilePresenting(() -> controls.stepIncident(-1));
            case " " -> whilePresenting(controls::togglePlay);
            case "Home" -> whilePresenting(() -> controls.goToEnd(false));
            case "End" -> whilePresenting(() -> controls.goToEnd(true));
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

    private void whilePresenting(Runnable action) {
        if (presenting) {
            action.run();
        }
    }
}
