package org.deconfliction.atlas.query;

/** A query named a site or zone that does not exist. */
public class UnknownReferenceException extends IllegalArgumentException {

    private final String kind;
    private final String id;

    public UnknownReferenceException(String kind, String id) {
        super("there is no " + kind + " '" + id + "'");
        this.kind = kind;
        this.id = id;
    }

    /** "site" or "zone". */
    public String kind() {
        return kind;
    }

    public String id() {
        return id;
    }
}
