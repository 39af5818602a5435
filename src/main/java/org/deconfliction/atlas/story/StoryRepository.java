package org.deconfliction.atlas.story;

import java.util.List;
import java.util.Optional;

/**
 * Where stories are kept: the shipped ones, read-only, and the user's own, which can be saved and deleted.
 */
public interface StoryRepository {

    /**
     * Every story the current user may read: the shipped ones first, then the users' (their own, those shared with
     * everyone, all of them for an admin), each group ordered by title.
     */
    List<Story> findAll();

    /**
     * The story with the given id, if there is one the current user may read; empty for a text that is not a slug
     * and for another user's story that is not shared.
     */
    Optional<Story> findById(String id);

    /**
     * Saves a story under its id as the signed-in user, replacing the one saved before under that id, and keeps
     * the replaced version in the story's history. The first save makes the user its owner; later saves need the
     * owner or an admin, and the version the story was read as ({@link StoryOwnership#version()}): when a later
     * version was saved meanwhile the save is refused. The write is atomic: a reader sees the old story or the new
     * one, never part of one.
     *
     * @return the story as saved, with its new version
     * @throws StoryStorageException with a message fit for the user when nobody is signed in, the id is a shipped
     *                               story's or another user's, or the story cannot be written
     * @throws StoryConflictException when a later version was saved since the story was read
     */
    Story save(Story story);

    /**
     * Deletes the story with the given id, keeping its last version in its history; does nothing when there is none.
     *
     * @throws StoryStorageException when nobody is signed in, the id is a shipped story's or another user's, or
     *                               the file cannot be deleted
     */
    void delete(String id);

    /** Whether the current user may save over or delete the story with this id (a free id: whether they may save). */
    boolean mayEdit(String id);

    /** Whether some story, shipped or any user's (readable by the current user or not), has this id. */
    boolean isTaken(String id);

    /** The saved versions of the story with this id, oldest first, if the current user may read it; else empty. */
    List<Story> history(String id);

    /** Whether the id is that of a shipped story, which cannot be saved over or deleted. */
    boolean isShipped(String id);

    /**
     * The user's story files that could not be read as of the last reading, each with what is wrong; empty when all
     * could be read. These stories are missing from {@link #findAll()} until their files are corrected.
     */
    List<StoryFileProblem> problems();
}
