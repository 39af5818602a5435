/**
 * Stories told with the atlas, without any UI: a {@link org.deconfliction.atlas.story.Story} is a titled sequence of
 * {@link org.deconfliction.atlas.story.StoryStep}s, each a caption and the atlas's state as the URL parameters of the
 * main view, and the {@link org.deconfliction.atlas.story.StoryRepository} keeps them: the stories shipped in
 * {@code geodata/stories/} (read strictly at start-up, read-only) and the user's own in a writable folder, saved
 * atomically and read so that a broken file is reported, never skipped in silence and never fatal.
 */
package org.deconfliction.atlas.story;
