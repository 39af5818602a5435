package org.deconfliction.atlas.store;

import java.util.List;

/**
 * A Spring application event published after a change to the store has been committed, by this application
 * instance or (on a shared database) by another one. By the time listeners hear it, the repositories already answer
 * with the changed items. {@code changes} holds every item the transaction touched, one or many (a bulk import);
 * it is empty when anything may have changed (changes of another instance may have been missed).
 */
public record StoreChangedEvent(StoredLayer layer, List<ChangedItem> changes) {

    public StoreChangedEvent {
        changes = List.copyOf(changes);
    }

    /** The ids of the changed items. */
    public List<String> ids() {
        return changes.stream().map(ChangedItem::id).toList();
    }
}
