package org.deconfliction.atlas.story;

/** A save refused because the story was saved meanwhile under a later version; says by whom, when and which. */
public class StoryConflictException extends StoryStorageException {

    private final Story current;

    StoryConflictException(Story current) {
        super("“" + current.title() + "” was saved by " + current.ownership().savedBy() + " at "
                + current.ownership().savedAt().toString().replace('T', ' ').replaceAll("\\.\\d+", "")
                + " (version " + current.ownership().version() + ") after you opened it; reload it to see those"
                + " changes, or save yours under another title.", null);
        this.current = current;
    }

    /** The story as saved now. */
    public Story current() {
        return current;
    }
}
