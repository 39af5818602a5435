package org.deconfliction.atlas.store;

import java.util.List;

/**
 * A write based on a version that is no longer the current one: someone else changed the item meanwhile. Carries
 * the current version (to reload, or to overwrite knowingly by writing again with it as the expected version), the
 * item's current values, and the fields that changed between the version the write was based on and the current one.
 */
public class VersionConflictException extends StoreWriteException {

    private final long expectedVersion;
    private final ItemVersion<?> current;
    private final List<FieldChange> changedSince;

    VersionConflictException(StoredLayer layer, String id, long expectedVersion, ItemVersion<?> current,
                             List<FieldChange> changedSince) {
        super(layer, id, "the " + layer.item() + " '" + id + "' is at version " + current.version() + " ("
                + current.kind().code() + " by " + current.by() + "), not at version " + expectedVersion, null);
        this.expectedVersion = expectedVersion;
        this.current = current;
        this.changedSince = List.copyOf(changedSince);
    }

    /** The version the write expected. */
    public long expectedVersion() {
        return expectedVersion;
    }

    /** The version the item is at now. */
    public long currentVersion() {
        return current.version();
    }

    /** The latest entry of the item's history: who changed it, when, how, and its values now. */
    public ItemVersion<?> current() {
        return current;
    }

    /** Whether the item has been deleted meanwhile. */
    public boolean deletedMeanwhile() {
        return current.kind() == ChangeKind.DELETED;
    }

    /** The fields that differ between the expected version and the current one; empty if the expected version is unknown. */
    public List<FieldChange> changedSince() {
        return changedSince;
    }
}
