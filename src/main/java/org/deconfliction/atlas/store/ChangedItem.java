package org.deconfliction.atlas.store;

/** One item a committed change touched: its id, its version after the change, and what the change did. */
public record ChangedItem(String id, long version, ChangeKind kind) {
}
