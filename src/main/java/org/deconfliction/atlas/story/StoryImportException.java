package org.deconfliction.atlas.story;

/** A story file that was not imported, with a message naming the file and, where it can, the story, step and field. */
public class StoryImportException extends RuntimeException {

    StoryImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
