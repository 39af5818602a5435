package org.deconfliction.atlas.story.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.deconfliction.atlas.story.Story;

/**
 * The steps of the story in the panel, in order, one {@link StepRow} each. It keeps which step was chosen last
 * (highlighted) and whose caption is being edited, asks before a step is deleted, and hands every change to the
 * story to the panel.
 */
final class StepList extends VerticalLayout implements StepRow.Actions {

    /** What the list tells the panel. */
    interface Changes {
        /** The story was changed by a button of the list (or a caption typed); the list already shows it. */
        void edited(Story changed);

        /** A step was clicked. */
        void clicked(int number);
    }

    private final Changes changes;
    private Story story;
    private int chosen;
    private int editing;

    StepList(Changes changes) {
        this.changes = changes;
        setPadding(false);
        setSpacing(false);
        addClassName("atlas-story-steps");
    }

    /** Shows another story (or none), with no step chosen or being edited. */
    void showNew(Story shown) {
        chosen = 0;
        editing = 0;
        show(shown);
    }

    /** Shows the story, keeping the chosen step and the caption editor. */
    void show(Story shown) {
        story = shown;
        removeAll();
        if (story == null) {
            return;
        }
        for (int number = 1; number <= story.size(); number++) {
            add(new StepRow(number, story.size(), story.step(number), number == chosen, number == editing, this));
        }
    }

    /** The step chosen last, from 1; 0 for none. */
    int chosen() {
        return chosen;
    }

    /** Marks the step as the one chosen. */
    void markChosen(int number) {
        chosen = number;
        show(story);
    }

    @Override
    public void choose(int number) {
        changes.clicked(number);
    }

    @Override
    public void move(int number, int toNumber) {
        chosen = chosen == number ? toNumber : chosen == toNumber ? number : chosen;
        editing = 0;
        change(story.moveStep(number, toNumber));
    }

    /** Asks before deleting the step, naming it; deletes it when confirmed. */
    @Override
    public void delete(int number) {
        String caption = story.step(number).caption();
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader("Delete step " + number + "?");
        confirm.setText((caption.isBlank() ? "The step without a caption" : "“" + caption + "”")
                + " leaves the story; until the story is saved, Discard changes brings it back.");
        confirm.setCancelable(true);
        confirm.setConfirmText("Delete step");
        confirm.setConfirmButtonTheme("error primary");
        Story asked = story;
        confirm.addConfirmListener(e -> {
            if (story == asked) {
                remove(number);
            }
        });
        confirm.open();
    }

    private void remove(int number) {
        chosen = chosen == number ? 0 : chosen > number ? chosen - 1 : chosen;
        editing = 0;
        change(story.removeStep(number));
    }

    @Override
    public void editCaption(int number, boolean edit) {
        editing = edit ? number : 0;
        show(story);
    }

    /** A caption typed in: kept at once, without rebuilding the rows, so a click that follows still lands. */
    @Override
    public void caption(int number, String text) {
        story = story.replaceStep(number, story.step(number).withCaption(text));
        changes.edited(story);
    }

    private void change(Story changed) {
        show(changed);
        changes.edited(changed);
    }
}
