package org.deconfliction.atlas.story.ui;

import com.vaadin.flow.component.Component;

/**
 * The browser's own "Leave site? Changes you made may not be saved" question before the page is reloaded, closed or
 * left for another address while a component is marked as holding unsaved edits. The mark is an attribute of the
 * component's element ({@value #ATTRIBUTE}), so the question is asked without a round trip to the server.
 */
final class LeavingGuard {

    static final String ATTRIBUTE = "unsaved-edits";

    private LeavingGuard() {
    }

    /** Makes the browser ask before leaving while the component is attached and marked; once per element. */
    static void install(Component component) {
        component.getElement().executeJs("""
                if (this.__atlasLeavingGuard) { return; }
                const marked = this;
                this.__atlasLeavingGuard = event => {
                  if (marked.isConnected && marked.hasAttribute('%s')) {
                    event.preventDefault();
                    event.returnValue = '';
                  }
                };
                window.addEventListener('beforeunload', this.__atlasLeavingGuard);""".formatted(ATTRIBUTE));
    }

    /** Marks the component as holding unsaved edits, or clears the mark. */
    static void mark(Component component, boolean unsaved) {
        component.getElement().setAttribute(ATTRIBUTE, unsaved);
    }

    /** Whether the component is marked as holding unsaved edits. */
    static boolean isMarked(Component component) {
        return component.getElement().hasAttribute(ATTRIBUTE);
    }
}
