package org.deconfliction.atlas.story.ui;

import com.vaadin.flow.component.ComponentEvent;
import org.deconfliction.atlas.story.Story;

/**
 * "Present from the first step" was pressed: the view should enter presenting mode for this story (unsaved changes
 * included). A {@link StoryStepChosenEvent} for step 1 follows at once.
 */
public class StoryPresentEvent extends ComponentEvent<StoryPanel> {

    private final Story story;

    public StoryPresentEvent(StoryPanel source, boolean fromClient, Story story) {
        super(source, fromClient);
        this.story = story;
    }

    /** The story to present; it has at least one step. */
    public Story story() {
        return story;
    }
}
