package org.deconfliction.atlas.store;

/** A write the store refused; nothing of it was stored. */
public abstract class StoreWriteException extends RuntimeException {

    private final StoredLayer layer;
    private final String id;

    StoreWriteException(StoredLayer layer, String id, String message, Throwable cause) {
        super(message, cause);
        this.layer = layer;
        this.id = id;
    }

    /** The layer written to. */
    public StoredLayer layer() {
        return layer;
    }

    /** The id of the item the write was for. */
    public String id() {
        return id;
    }
}
