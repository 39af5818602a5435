package org.deconfliction.atlas.story.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.deconfliction.atlas.story.StoryStep;

/**
 * One step in the panel's list: its number and caption as a button that shows the step, buttons to move it up or
 * down, edit its caption and delete it (each with an aria-label naming the step), and, while its caption is being
 * edited, a text area whose every change is kept at once.
 */
final class StepRow extends VerticalLayout {

    /** What the buttons of a row ask of the panel; numbers count from 1. */
    interface Actions {
        void choose(int number);

        void move(int number, int toNumber);

        void delete(int number);

        void editCaption(int number, boolean editing);

        void caption(int number, String caption);
    }

    StepRow(int number, int count, StoryStep step, boolean chosen, boolean editing, Actions actions) {
        setPadding(false);
        setSpacing(false);
        addClassName("atlas-story-step-row");
        Button show = new Button(label(number, step.caption()), e -> actions.choose(number));
        show.addThemeVariants(ButtonVariant.TERTIARY);
        show.addClassName("atlas-story-step");
        show.getStyle().set("white-space", "normal").set("text-align", "start").set("height", "auto");
        if (chosen) {
            show.addClassName("atlas-story-step-chosen");
            show.getElement().setAttribute("aria-current", "step");
        }
        Button up = small("↑", "Move step " + number + " up", () -> actions.move(number, number - 1));
        up.setEnabled(number > 1);
        Button down = small("↓", "Move step " + number + " down", () -> actions.move(number, number + 1));
        down.setEnabled(number < count);
        Button edit = small(editing ? "Done" : "Edit", (editing ? "Finish editing the caption of step " : "Edit the caption of step ")
                + number, () -> actions.editCaption(number, !editing));
        Button delete = small("Delete", "Delete step " + number, () -> actions.delete(number));
        HorizontalLayout buttons = new HorizontalLayout(up, down, edit, delete);
        buttons.setSpacing(false);
        HorizontalLayout line = new HorizontalLayout(show, buttons);
        line.setWidthFull();
        line.setAlignItems(FlexComponent.Alignment.CENTER);
        line.setFlexGrow(1, show);
        add(line);
        if (editing) {
            TextArea caption = new TextArea();
            caption.setAriaLabel("Caption of step " + number);
            caption.setValue(step.caption());
            caption.setWidthFull();
            caption.addValueChangeListener(e -> {
                show.setText(label(number, e.getValue()));
                actions.caption(number, e.getValue());
            });
            add(caption);
        }
    }

    private static String label(int number, String caption) {
        return number + ". " + (caption.isBlank() ? "(no caption)" : caption);
    }

    private static Button small(String text, String ariaLabel, Runnable action) {
        Button button = new Button(text, e -> action.run());
        button.setAriaLabel(ariaLabel);
        button.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        return button;
    }
}
