package org.deconfliction.atlas.store;

/** A create with an id the store already holds, possibly for a deleted item (ids are never reused). */
public class IdTakenException extends StoreWriteException {

    IdTakenException(StoredLayer layer, String id) {
        super(layer, id, "the id '" + id + "' is already taken by a " + layer.item() + " (ids of deleted ones are kept too)", null);
    }
}
