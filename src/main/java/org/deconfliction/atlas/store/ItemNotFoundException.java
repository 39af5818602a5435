package org.deconfliction.atlas.store;

/**
 * A write to an item the store does not have, or (for an update or delete) has only as deleted; a deleted item can
 * be brought back with a restore. {@code deleted} tells the two apart.
 */
public class ItemNotFoundException extends StoreWriteException {

    private final boolean deleted;

    ItemNotFoundException(StoredLayer layer, String id, boolean deleted) {
        super(layer, id, deleted ? "the " + layer.item() + " '" + id + "' is deleted; restore it to change it"
                : "there is no " + layer.item() + " '" + id + "'", null);
        this.deleted = deleted;
    }

    /** Whether the item exists but is deleted. */
    public boolean deleted() {
        return deleted;
    }
}
