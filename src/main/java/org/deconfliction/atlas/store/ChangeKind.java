package org.deconfliction.atlas.store;

import java.util.Arrays;

/** What a version of a stored item did: brought it into the store, changed it, deleted it, or brought an earlier version back. */
public enum ChangeKind {
    CREATED("created"), UPDATED("updated"), DELETED("deleted"), RESTORED("restored");

    private final String code;

    ChangeKind(String code) {
        this.code = code;
    }

    /** The value as stored and shown in the API. */
    public String code() {
        return code;
    }

    static ChangeKind of(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown change kind in the store: " + code));
    }
}
