package org.deconfliction.atlas.story.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.deconfliction.atlas.story.Story;
import org.deconfliction.atlas.story.StoryRepository;
import org.deconfliction.atlas.story.StoryStep;
import org.deconfliction.atlas.story.StoryStorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writing and presenting stories: a story is chosen from those in the repository, its steps are listed in order
 * (number and caption, as text), the atlas's current state is added as a step with the caption typed in, steps are
 * moved, captioned and deleted (after asking), and the story is saved under its title; whole stories are duplicated,
 * exported, imported and deleted ({@link StoryFileActions}). Changes stay in the panel, marked unsaved,
 * until saved or discarded, whichever story is chosen meanwhile; a save that fails says why in the panel and keeps
 * them. While any story has unsaved changes the browser asks before the page is reloaded or left.
 */
@CssImport("./atlas-story.css")
public class StoryPanel extends VerticalLayout {

    static final String UNTITLED = "Untitled story";
    private static final Logger LOG = LoggerFactory.getLogger(StoryPanel.class);

    private final StoryDrafts drafts;
    private final Supplier<Map<String, List<String>>> currentState;
    private final Select<Story> choice = new Select<>();
    private final TextField title = new TextField("Title");
    private final Span message = new Span();
    private final Span problems = new Span();
    private final StepList steps;
    private final TextArea caption = new TextArea("Caption of the new step");
    private final Button present = new Button("Present", e -> present());
    private final Checkbox shared = new Checkbox("Shared read-only with everyone");
    private final StoryFileActions actions;
    private final Button discard = button("Discard changes", "Discard the unsaved changes of this story", this::discard);
    private Story story;

    /**
     * @param stories      where stories are read and saved
     * @param currentState the atlas's state as URL parameters (names as in {@link StoryStep#PARAMETERS}), asked for
     *                     when a step is added
     */
    public StoryPanel(StoryRepository stories, Supplier<Map<String, List<String>>> currentState) {
        this.drafts = new StoryDrafts(stories);
        this.currentState = currentState;
        this.steps = new StepList(new StepList.Changes() {
            @Override
            public void edited(Story changed) {
                story = changed;
                drafts.edit(changed);
                refresh();
            }

            @Override
            public void clicked(int number) {
                choose(number, true);
            }
        });
        this.actions = new StoryFileActions(drafts, new StoryFileActions.Outcome() {
            @Override
            public void show(Story shown, String text) {
                StoryPanel.this.show(shown != null ? shown : drafts.stories().stream().findFirst().orElse(null));
                message.setText(text);
            }

            @Override
            public void say(String text) {
                message.setText(text);
            }
        });
        setPadding(false);
        addClassName("atlas-story-panel");
        choice.setLabel("Story");
        choice.setItemLabelGenerator(this::label);
        choice.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                show(e.getValue());
            }
        });
        Button create = button("New story", "Start a new story", () -> show(drafts.create(UNTITLED)));
        title.addValueChangeListener(e -> {
            if (e.isFromClient() && story != null && !e.getValue().isBlank()) {
                edit(story.withTitle(e.getValue().strip()));
            }
        });
        shared.addValueChangeListener(e -> {
            if (e.isFromClient() && story != null) {
                edit(story.withOwnership(story.ownership().withShared(e.getValue())));
            }
        });
        Button save = button("Save story", "Save story", this::save);
        save.addThemeVariants(ButtonVariant.PRIMARY);
        present.setAriaLabel("Present from the first step");
        message.addClassName("atlas-story-message");
        message.getElement().setAttribute("role", "status");
        problems.addClassName("atlas-story-problems");
        problems.getStyle().set("color", "var(--vaadin-error-color, #b00020)");
        caption.setWidthFull();
        Button add = button("Add step", "Add the current view as a step", this::addStep);
        add(row(choice, create), row(title, save, present), actions, row(shared, discard), message, problems, steps, caption,
                add);
        show(drafts.stories().stream().findFirst().orElse(null));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        LeavingGuard.install(this);
    }

    /** Listens for a step to show: clicked, the first when presenting starts, or chosen from code. */
    public Registration addStepChosenListener(ComponentEventListener<StoryStepChosenEvent> listener) {
        return addListener(StoryStepChosenEvent.class, listener);
    }

    /** Listens for "Present from the first step". */
    public Registration addPresentListener(ComponentEventListener<StoryPresentEvent> listener) {
        return addListener(StoryPresentEvent.class, listener);
    }

    /** The story shown, unsaved changes included; empty when there is none yet. */
    public Optional<Story> story() {
        return Optional.ofNullable(story);
    }

    /** The number of the step last chosen or presented, from 1; 0 when none has been. */
    public int chosenStep() {
        return steps.chosen();
    }

    /** Shows the story with this id, as choosing it in the panel would; answers whether there is one. */
    public boolean showStory(String id) {
        Optional<Story> found = drafts.stories().stream().filter(s -> s.id().equals(id)).findFirst();
        found.ifPresent(this::show);
        return found.isPresent();
    }

    /**
     * Chooses a step of the story shown, as the view's presenter does when stepping on, and fires a
     * {@link StoryStepChosenEvent} not from the client. Does nothing for a number that is not a step.
     */
    public void chooseStep(int number) {
        choose(number, false);
    }

    private void choose(int number, boolean fromClient) {
        if (story == null || number < 1 || number > story.size()) {
            return;
        }
        steps.markChosen(number);
        fireEvent(new StoryStepChosenEvent(this, fromClient, story, number));
    }

    private void addStep() {
        if (story == null) {
            story = drafts.create(UNTITLED);
        }
        edit(story.addStep(new StoryStep(caption.getValue().strip(), currentState.get())));
        caption.clear();
        message.setText("Step " + story.size() + " added; save the story to keep it.");
    }

    private void save() {
        if (story == null || title.getValue().isBlank()) {
            message.setText("Give the story a title before saving it.");
            return;
        }
        String before = story.id();
        boolean shipped = drafts.isShipped(before);
        String owner = story.ownership().owner();
        boolean copy = !shipped && story.ownership().version() > 0 && !drafts.mayEdit(before);
        try {
            story = drafts.save(before);
            message.setText("Saved “" + story.title() + "”" + (shipped
                    ? " as your own story; the shipped one is unchanged."
                    : copy ? " as your own story; " + (owner == null ? "the original" : owner + "'s") + " is unchanged."
                    : "."));
        } catch (StoryStorageException e) {
            message.setText(e.getMessage() + " Your changes are kept here.");
        } catch (RuntimeException e) {
            LOG.error("Story '{}' could not be saved", before, e);
            message.setText("The story could not be saved because of an internal error, which has been logged."
                    + " Your changes are kept here.");
        }
        refresh();
        steps.show(story);
    }

    private void discard() {
        if (story == null || !drafts.isUnsaved(story.id())) {
            return;
        }
        String discarded = story.title();
        show(drafts.discard(story.id()).orElseGet(() -> drafts.stories().stream().findFirst().orElse(null)));
        message.setText("Discarded the unsaved changes of “" + discarded + "”.");
    }

    private void present() {
        if (story != null && story.size() > 0) {
            fireEvent(new StoryPresentEvent(this, true, story));
            choose(1, true);
        }
    }

    private void edit(Story changed) {
        story = changed;
        drafts.edit(changed);
        refresh();
        steps.show(story);
    }

    private void show(Story shown) {
        story = shown;
        message.setText("");
        refresh();
        steps.showNew(story);
    }

    /** Brings everything but the step list up to date with the story shown. */
    private void refresh() {
        choice.setItems(drafts.stories());
        choice.setValue(story);
        title.setValue(story == null ? "" : story.title());
        present.setEnabled(story != null && story.size() > 0);
        shared.setValue(story != null && story.ownership().shared() && story.ownership().owner() != null);
        shared.setEnabled(story != null && !drafts.isShipped(story.id())
                && (story.ownership().version() == 0 || drafts.mayEdit(story.id())));
        discard.setEnabled(story != null && drafts.isUnsaved(story.id()));
        actions.refresh(story);
        LeavingGuard.mark(this, drafts.hasUnsavedWork());
        List<String> unreadable = drafts.problems();
        problems.setText(unreadable.isEmpty() ? "" : "Stories that could not be read: " + String.join("; ", unreadable));
    }

    private String label(Story item) {
        String owner = item.ownership().owner();
        boolean others = owner != null && item.ownership().version() > 0 && !drafts.mayEdit(item.id());
        return item.title() + (drafts.isShipped(item.id()) ? " (shipped)" : "")
                + (others ? " (by " + owner + ")" : item.ownership().shared() && owner != null ? " (shared)" : "")
                + (drafts.isUnsaved(item.id()) ? " (unsaved)" : "");
    }

    private static Button button(String text, String ariaLabel, Runnable action) {
        Button button = new Button(text, e -> action.run());
        button.setAriaLabel(ariaLabel);
        return button;
    }

    private static HorizontalLayout row(Component... components) {
        HorizontalLayout row = new HorizontalLayout(components);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }
}
