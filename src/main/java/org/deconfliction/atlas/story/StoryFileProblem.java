package org.deconfliction.atlas.story;

/**
 * A user's story file that could not be read.
 *
 * @param file    the file's name, e.g. {@code my-story.json}
 * @param problem what is wrong, in a sentence naming the story, step and field where known
 */
public record StoryFileProblem(String file, String problem) {

    /** The problem as one line for a notice: the file, then what is wrong. */
    public String describe() {
        return file + ": " + problem;
    }
}
