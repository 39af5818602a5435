package org.deconfliction.atlas.security.ui;

import com.vaadin.flow.component.html.Paragraph;

/** One line above the users grid saying what the last change did, or why it was refused (as text, never HTML). */
class AccountMessage extends Paragraph {

    AccountMessage() {
        addClassName("atlas-account-message");
        setVisible(false);
    }

    void done(String text) {
        setText(text);
        getElement().setAttribute("role", "status");
        getStyle().set("color", "var(--lumo-success-text-color)");
        setVisible(true);
    }

    void refused(String text) {
        setText(text);
        getElement().setAttribute("role", "alert");
        getStyle().set("color", "var(--lumo-error-text-color)");
        setVisible(true);
    }
}
