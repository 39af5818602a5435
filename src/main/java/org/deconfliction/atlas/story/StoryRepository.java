package org.deconfliction.atlas.story;

import java.util.List;
import java.util.Optional;

/**
 * Where stories are kept: the shipped ones, read-only, and the user's own, which can be saved and deleted.
 */
public interface StoryRepository {

    /** Every story that could be read: the shipped ones first, then the user's, each group ordered by title. */
    List<Story> findAll();

    /** The story with the given id, if there is one that could be read; empty for a text that is not a slug. */
    Optional<Story> findById(String id);

    /**
     * Saves a user story under its id, replacing the one saved before under that id. The write is atomic: a
     * reader sees the old story or the new one, never part of one.
     *
     * @return the story as saved
     * @throws StoryStorageException with a message fit for the user when the id is a shipped story's or the story
     *                               cannot be written
     */
    Story save(Story story);

    /**
     * Deletes the user story with the given id; does nothing when there is none.
     *
     * @throws StoryStorageException when the id is a shipped story's or the file cannot be deleted
     */
    void delete(String id);

    /** Whether the id is that of a shipped story, which cannot be saved over or deleted. */
    boolean isShipped(String id);

    /**
     * The user's story files that could not be read as of the last reading, each with what is wrong; empty when all
     * could be read. These stories are missing from {@link #findAll()} until their files are corrected.
     */
    List<StoryFileProblem> problems();
}
