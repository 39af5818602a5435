package org.deconfliction.atlas.ui;

import com.vaadin.flow.component.Component;

/**
 * The browser side of the presenter's keys: one keydown listener on the document that sends a key to the view's
 * {@code presenterKey} server method, except where the focused control has a use for the key: a text field, a
 * grid (its cells move with the arrows), a list, a slider, a menu or tabs, and for Space also a button or
 * checkbox, which it presses (the map's controls excepted). Outside presenting only P, → and ← count,
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
              const path = e.composedPath().filter(node => node instanceof Element);
              const target = path[0];
              const owns = node => node.isContentEditable
                || ['INPUT', 'TEXTAREA', 'SELECT', 'VAADIN-GRID', 'VAADIN-COMBO-BOX', 'VAADIN-DATE-PICKER', 'VAADIN-LIST-BOX',
                    'VAADIN-SELECT', 'VAADIN-RADIO-GROUP', 'VAADIN-TABS', 'VAADIN-MENU-BAR'].includes(node.tagName)
                || ['grid', 'treegrid', 'gridcell', 'listbox', 'option', 'slider', 'spinbutton', 'textbox', 'combobox',
                    'menu', 'menuitem', 'menubar', 'tablist', 'tab', 'radiogroup'].includes(node.getAttribute('role'))
                || (e.key === ' ' && (['BUTTON', 'VAADIN-BUTTON', 'VAADIN-CHECKBOX'].includes(node.tagName)
                    || ['button', 'checkbox', 'switch'].includes(node.getAttribute('role'))));
              if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) { return; }
              // Inside the map its buttons and checkboxes do not own a key: while presenting the keys are the presenter's.
              const inMap = path.some(node => node.classList.contains('leaflet-container'));
              if (!inMap && path.some(owns)) { return; }
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
