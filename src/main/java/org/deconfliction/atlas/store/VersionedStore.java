package org.deconfliction.atlas.store;

import java.util.List;
import java.util.Optional;

/**
 * Versioned writes of one kind of item, the same for incidents and sites: every write is one transaction, checked
 * as strictly as the shipped geodata, stored with a new version recording who, when, why and the full values; once
 * committed the repositories answer with it and a {@link StoreChangedEvent} is published. Nothing is destroyed: a
 * delete only hides the item from every read, its history stays readable and any version can be restored. A write
 * based on a stale version is refused with a {@link VersionConflictException}; nothing is written then.
 */
public interface VersionedStore<T> {

    /** The item with its current version; empty when there is none or it is deleted. */
    Optional<Versioned<T>> current(String id);

    /** Every version of the item, oldest first, deleted ones included; empty when the store never had it. */
    List<ItemVersion<T>> history(String id);

    /** One version of the item's history. */
    Optional<ItemVersion<T>> version(String id, long version);

    /**
     * Adds a new item at version 1.
     *
     * @throws IdTakenException     if the id is taken (also by a deleted item)
     * @throws InvalidItemException if the item breaks the rules of the geodata files, e.g. names an unknown site
     */
    Versioned<T> create(T item, Edit edit);

    /**
     * Replaces the values of the item with the same id, if it is still at {@code expectedVersion}.
     *
     * @return the item as stored, at {@code expectedVersion + 1}
     * @throws VersionConflictException if it is at another version (changed or deleted meanwhile)
     * @throws ItemNotFoundException    if there is no such item or it is deleted
     * @throws InvalidItemException     if the new values are not valid
     */
    Versioned<T> update(T item, long expectedVersion, Edit edit);

    /**
     * Deletes the item, if it is still at {@code expectedVersion}: it leaves every read, its history stays.
     *
     * @return the version of the delete, {@code expectedVersion + 1}
     * @throws VersionConflictException if it is at another version
     * @throws ItemNotFoundException    if there is no such item or it is deleted already
     */
    long delete(String id, long expectedVersion, Edit edit);

    /**
     * Brings back the values of an earlier version as a new version, if the item is still at
     * {@code expectedVersion}; a deleted item is undeleted so. To undo a delete, restore the version before it.
     *
     * @return the item as restored, at {@code expectedVersion + 1}
     * @throws VersionConflictException if it is at another version
     * @throws ItemNotFoundException    if the item or that version of it does not exist
     * @throws InvalidItemException     if the old values no longer pass the rules, e.g. their site is gone
     */
    Versioned<T> restore(String id, long version, long expectedVersion, Edit edit);
}
