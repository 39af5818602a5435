package org.deconfliction.atlas.story;

import org.deconfliction.atlas.geodata.GeodataException;

/**
 * A story file that cannot be used, naming the file, the story (null when the problem is with the file as a whole
 * or the id cannot be read) and what is wrong, e.g. {@code stories/battle-of-khasham.json, story
 * 'battle-of-khasham': step 3: unknown parameter 'zoom'}. A {@link GeodataException}, so that a broken shipped story
 * stops start-up with the same short report as broken geodata.
 */
class StoryFileException extends GeodataException {

    StoryFileException(String file, String storyId, String problem) {
        this(file, storyId, problem, null);
    }

    StoryFileException(String file, String storyId, String problem, Throwable cause) {
        super(file, storyId, problem, cause);
    }

    @Override
    public String getMessage() {
        return featureId() == null ? file() + ": " + problem() : file() + ", story '" + featureId() + "': " + problem();
    }
}
