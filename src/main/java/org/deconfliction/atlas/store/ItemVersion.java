package org.deconfliction.atlas.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of an item's history: version {@code version} of the item {@code id}, made by {@code by} at {@code at}
 * with an optional {@code comment} (null for none), what the change did ({@code kind}), for a restore the version
 * it brought back ({@code restoredFrom}, else null), and the item's full {@code values} after the change (for a
 * delete: the values it had when deleted). Comparing {@code values} with those of the version before shows what the
 * change altered, e.g. with {@link FieldChange#between}.
 */
public record ItemVersion<T>(String id, long version, ChangeKind kind, Instant at, String by, String comment,
                             Long restoredFrom, T values) {

    public ItemVersion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(values, "values");
    }
}
