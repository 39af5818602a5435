package org.deconfliction.atlas.story.ui;

import com.vaadin.flow.component.ComponentEvent;
import org.deconfliction.atlas.story.Story;
import org.deconfliction.atlas.story.StoryStep;

/**
 * A step is to be shown: clicked in the list ({@link #isFromClient()} true), the first one when presenting starts,
 * or one chosen by {@link StoryPanel#chooseStep} from code (false). The story is the one in the panel, unsaved
 * changes included.
 */
public class StoryStepChosenEvent extends ComponentEvent<StoryPanel> {

    private final Story story;
    private final int number;

    public StoryStepChosenEvent(StoryPanel source, boolean fromClient, Story story, int number) {
        super(source, fromClient);
        this.story = story;
        this.number = number;
    }

    /** The story the step belongs to. */
    public Story story() {
        return story;
    }

    /** The step's number, from 1. */
    public int number() {
        return number;
    }

    /** The step itself: its caption and the state to show. */
    public StoryStep step() {
        return story.step(number);
    }
}
