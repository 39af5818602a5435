package org.deconfliction.atlas.story;

import java.time.Instant;

/**
 * Who a user's story belongs to and which saved version it is. A story is editable by its owner and by admins,
 * readable by its owner, admins and, when shared, everyone. The version counts saves from 1; a save is refused
 * when the story was saved meanwhile under a later version.
 *
 * @param owner   the username of the user who first saved it; null for a shipped story or a story file from
 *                before stories had owners (which only admins may change)
 * @param shared  whether everyone may read it (and copy it as a story of their own)
 * @param version the saved version, from 1; 0 for a story never saved
 * @param savedBy who saved this version; null when never saved
 * @param savedAt when this version was saved; null when never saved
 */
public record StoryOwnership(String owner, boolean shared, int version, String savedBy, Instant savedAt) {

    /** A story not saved yet: no owner, not shared, version 0. */
    public static final StoryOwnership UNSAVED = new StoryOwnership(null, false, 0, null, null);
    /** A shipped story, or a story file without an owner: read by everyone, changed by admins only. */
    public static final StoryOwnership UNOWNED = new StoryOwnership(null, true, 0, null, null);

    /** This ownership with sharing switched on or off. */
    public StoryOwnership withShared(boolean newShared) {
        return new StoryOwnership(owner, newShared, version, savedBy, savedAt);
    }

    /** The ownership of the next saved version: the same owner (or {@code user} for a first save). */
    StoryOwnership next(String user, Instant now) {
        return new StoryOwnership(owner == null && version == 0 ? user : owner, shared, version + 1, user, now);
    }
}
