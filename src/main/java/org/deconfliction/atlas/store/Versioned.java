package org.deconfliction.atlas.store;

/**
 * A stored item with the version it has in the store: the number to pass as the expected version of the next
 * write (and to show as an HTTP ETag). Versions count from 1, one per change.
 */
public record Versioned<T>(T item, long version) {
}
