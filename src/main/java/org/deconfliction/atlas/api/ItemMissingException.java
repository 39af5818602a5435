package org.deconfliction.atlas.api;

/** An item id that names no current item of a collection: answered with 404. */
final class ItemMissingException extends RuntimeException {

    private final String id;

    ItemMissingException(String id) {
        this("incident", id);
    }

    /** {@code item} is what the collection holds, e.g. {@code site}. */
    ItemMissingException(String item, String id) {
        super("There is no " + item + " '" + id + "'.");
        this.id = id;
    }

    String id() {
        return id;
    }
}
