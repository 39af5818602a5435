package org.deconfliction.atlas.api;

/** An item id that names no current incident: answered with 404. */
final class ItemMissingException extends RuntimeException {

    private final String id;

    ItemMissingException(String id) {
        super("There is no incident '" + id + "'.");
        this.id = id;
    }

    String id() {
        return id;
    }
}
