/**
 * Stories on the screen: the {@link org.deconfliction.atlas.story.ui.StoryPanel}, where a story is chosen, its steps
 * listed, added from the atlas's current state, reordered, captioned, deleted and saved, and presented; it tells the
 * main view which step to show through {@link org.deconfliction.atlas.story.ui.StoryStepChosenEvent} and
 * {@link org.deconfliction.atlas.story.ui.StoryPresentEvent}. Unsaved changes stay in the panel until saved, and a
 * story that cannot be saved is reported in the panel in a sentence.
 */
package org.deconfliction.atlas.story.ui;
