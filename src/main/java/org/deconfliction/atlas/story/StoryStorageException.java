package org.deconfliction.atlas.story;

/**
 * A story that could not be saved or deleted, with a message fit to show the user as it is (no stack trace, no
 * class names): a shipped story's id, or a folder that cannot be written.
 */
public class StoryStorageException extends RuntimeException {

    public StoryStorageException(String message) {
        super(message);
    }

    public StoryStorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
