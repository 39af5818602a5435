package org.deconfliction.atlas.ui;

import com.vaadin.flow.component.Component;

/**
 * The browser side of the presenter's keys: one keydown listener on the document that sends a key to the view's
 * {@code presenterKey} server method, except while typing in a field. Outside presenting only P, → and ← count,
 * and not while the map has the focus (Leaflet pans with the arrows there); while presenting the listener takes
 * the keys before the map does. P and Esc also enter and leave the browser's full screen, which only a key or a
 * click may do.
 */
final class PresenterKeys {

    private static final String LISTENER = """
            const view = this;
            if (view.$atlasKeys) { document.removeEventListener('keydown', view.$atlasKeys, true); }
            view.$atlasKeys = e => {
              if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) { return; }
              const target = e.composedPath()[0];
              if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) { return; }
              const presenting = view.hasAttribute('presenting');
              const keys = presenting ? ['ArrowRight', 'ArrowLeft', 'PageDown', 'PageUp', ' ', 'Home', 'End', 'Escape', 'p', 'P']
                                      : ['ArrowRight', 'ArrowLeft', 'p', 'P'];
              if (!keys.includes(e.key)) { return; }
              if (!presenting && e.key.startsWith('Arrow') && target && target.closest && target.closest('.leaflet-container')) { return; }
              e.preventDefault();
              e.stopPropagation();
              if ((e.key === 'p' || e.key === 'P') && !presenting) { document.documentElement.requestFullscreen?.().catch(() => {}); }
              if ((e.key === 'Escape' || e.key === 'p' || e.key === 'P') && presenting && document.fullscreenElement) { document.exitFullscreen(); }
              view.$server.presenterKey(e.key);
            };
            document.addEventListener('keydown', view.$atlasKeys, true);
            """;

    private PresenterKeys() {
    }

    /** Installs the listener for a view that has a {@code @ClientCallable presenterKey(String)} method. */
    static void install(Component view) {
        view.getElement().executeJs(LISTENER);
    }

    /** Makes a button also ask the browser for full screen when clicked (which only a user's click may do). */
    static void requestFullScreenOnClick(Component button) {
        button.getElement().executeJs("this.addEventListener('click', () => "
                + "document.documentElement.requestFullscreen?.().catch(() => {}))");
    }
}
