package org.deconfliction.atlas.timeline.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Play and pause at a chosen speed. The clock runs in the browser: a timer on the host's element fires a
 * {@value #TICK_EVENT} DOM event per step, and each tick makes one ordinary round trip to the server, which steps.
 * So playing needs neither server push nor polling, and stops by itself when the element leaves the page.
 */
final class Playback {

    /** The DOM event the browser's timer fires on the host element, once per step. */
    static final String TICK_EVENT = "atlas-playback-tick";
    /** The speeds offered, in steps per second. */
    static final List<Double> SPEEDS = List.of(0.5, 1.0, 2.0, 4.0);

    private final Component host;
    private final Runnable onStart;
    private final BooleanSupplier onTick;
    private final Button toggle = new Button();
    private final Select<Double> speed = new Select<>();
    private boolean playing;

    /**
     * @param host    the component whose element carries the timer
     * @param onStart run when play is pressed, before the first tick
     * @param onTick  one step; answers false when there is nothing more to step to, which pauses
     */
    Playback(Component host, Runnable onStart, BooleanSupplier onTick) {
        this.host = host;
        this.onStart = onStart;
        this.onTick = onTick;
        toggle.addClickListener(e -> {
            if (playing) {
                pause();
            } else {
                play();
            }
        });
        speed.setItems(SPEEDS);
        speed.setValue(1.0);
        speed.setItemLabelGenerator(Playback::speedLabel);
        speed.setAriaLabel("Playback speed in steps per second");
        speed.setWidth("8.5em");
        speed.addValueChangeListener(e -> {
            if (playing) {
                startTimer();
            }
        });
        host.getElement().addEventListener(TICK_EVENT, e -> tick());
        host.addDetachListener(e -> playing = false);
        show();
    }

    Button toggle() {
        return toggle;
    }

    Select<Double> speed() {
        return speed;
    }

    boolean isPlaying() {
        return playing;
    }

    void play() {
        onStart.run();
        playing = true;
        startTimer();
        show();
    }

    void pause() {
        playing = false;
        host.getElement().executeJs("clearInterval(this.$atlasPlayback)");
        show();
    }

    /** One tick of the clock: a step while playing; ticks that arrive after a pause are dropped. */
    void tick() {
        if (playing && !onTick.getAsBoolean()) {
            pause();
        }
    }

    private void startTimer() {
        long period = Math.round(1000 / (speed.getValue() == null ? 1.0 : speed.getValue()));
        host.getElement().executeJs("clearInterval(this.$atlasPlayback);"
                + "this.$atlasPlayback = setInterval(() => this.isConnected ? this.dispatchEvent(new CustomEvent($0))"
                + " : clearInterval(this.$atlasPlayback), $1)", TICK_EVENT, period);
    }

    /** {@code 0.5 steps/s}, {@code 1 step/s}, {@code 2 steps/s}. */
    static String speedLabel(double stepsPerSecond) {
        String number = stepsPerSecond % 1 == 0 ? Long.toString((long) stepsPerSecond) : Double.toString(stepsPerSecond);
        return number + (stepsPerSecond == 1 ? " step/s" : " steps/s");
    }

    private void show() {
        toggle.setText(playing ? "Pause" : "Play");
        toggle.setAriaLabel(playing ? "Pause" : "Play through time");
    }
}
