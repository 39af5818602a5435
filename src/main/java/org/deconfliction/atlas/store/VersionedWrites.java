package org.deconfliction.atlas.store;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.deconfliction.atlas.geodata.GeodataException;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Versioned writes to one layer, the same for incidents and sites: every write is one transaction that changes the
 * item's row only if it is still at the expected version, adds the new version to the history, and lets the dialect
 * record the change; once committed, {@link StoreChanges} brings the repositories up to date and announces it.
 */
final class VersionedWrites<T> {

    private static final int CHUNK = 500;

    private final LayerTable<T> table;
    private final VersionTable<T> versions;
    private final JdbcOperations jdbc;
    private final TransactionOperations transactions;
    private final StoreDialect dialect;
    private final StoreChanges changes;
    private final Clock clock;

    VersionedWrites(LayerTable<T> table, StoreDialect dialect, JdbcOperations jdbc, TransactionOperations transactions,
                    StoreChanges changes, Clock clock) {
        this.table = table;
        this.versions = new VersionTable<>(table, dialect);
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.dialect = dialect;
        this.changes = changes;
        this.clock = clock;
    }

    VersionTable<T> versions() {
        return versions;
    }

    /**
     * Adds the items at version 1 in one transaction (the caller's, when there is one), each checked once: its
     * GeoJSON form is written once, read back by the strict reader, and kept as its first version in the history.
     */
    List<Versioned<T>> createAll(List<T> items, Edit edit) {
        return createChecked(items.stream().map(this::checked).toList(), edit);
    }

    /**
     * Adds items at version 1 in one transaction (the caller's, when there is one), each already checked: read by the
     * strict reader from the text it comes with, which is kept as its first version.
     */
    List<Versioned<T>> createAllChecked(List<Checked<T>> checked, Edit edit) {
        return createChecked(checked, edit);
    }

    private List<Versioned<T>> createChecked(List<Checked<T>> checked, Edit edit) {
        List<ChangedItem> changed = transactions.execute(status -> insertChecked(jdbc, checked, edit, clock.instant()));
        Map<String, T> written = new HashMap<>();
        checked.forEach(c -> written.put(table.id(c.item()), c.item()));
        changes.committed(new StoreChangedEvent(table.layer(), changed), written);
        return checked.stream().map(c -> new Versioned<>(c.item(), 1L)).toList();
    }

    /** Inserts new items at version 1 within the caller's transaction, in batches; items taken as valid. */
    List<ChangedItem> insertAll(JdbcOperations jdbc, List<T> items, Edit edit, Instant at) {
        return insertChecked(jdbc, items.stream().map(item -> new Checked<>(item, table.feature(item).toString())).toList(),
                edit, at);
    }

    private List<ChangedItem> insertChecked(JdbcOperations jdbc, List<Checked<T>> items, Edit edit, Instant at) {
        List<Object[]> rows = new ArrayList<>(items.size());
        List<Object[]> history = new ArrayList<>(items.size());
        for (Checked<T> checked : items) {
            T item = checked.item();
            Object[] values = table.values(item, 1, at, edit.by());
            Object[] row = new Object[values.length + 1];
            row[0] = table.id(item);
            System.arraycopy(values, 0, row, 1, values.length);
            rows.add(row);
            history.add(versions.row(table.id(item), checked.feature(), 1, ChangeKind.CREATED, at, edit, null));
        }
        refuseTaken(jdbc, items.stream().map(Checked::item).toList());
        StatementBatch.run(jdbc, table.insert(), rows);
        StatementBatch.run(jdbc, versions.insert(), history);
        List<ChangedItem> changed = items.stream().map(c -> new ChangedItem(table.id(c.item()), 1, ChangeKind.CREATED)).toList();
        dialect.changed(jdbc, new StoreChangedEvent(table.layer(), changed));
        return changed;
    }

    /** Refuses the items if two share an id or any id is in the store already (deleted items keep theirs). */
    private void refuseTaken(JdbcOperations jdbc, List<T> items) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (T item : items) {
            if (!ids.add(table.id(item))) {
                throw new IdTakenException(table.layer(), table.id(item));
            }
        }
        List<String> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            List<String> taken = jdbc.queryForList("SELECT id FROM " + table.layer().table() + " WHERE id IN ("
                    + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ")", String.class, chunk.toArray());
            if (!taken.isEmpty()) {
                throw new IdTakenException(table.layer(), taken.getFirst());
            }
        }
    }

    Versioned<T> update(T item, long expected, Edit edit) {
        Checked<T> valid = checked(item);
        return write(table.id(valid.item()), valid, expected, ChangeKind.UPDATED, edit, null, jdbc -> { });
    }

    long delete(String id, long expected, Edit edit) {
        return delete(id, expected, edit, jdbc -> { });
    }

    /** A delete that {@code guard} may refuse by throwing, within the delete's transaction before anything is written. */
    long delete(String id, long expected, Edit edit, Consumer<JdbcOperations> guard) {
        T values = current(id).orElseThrow(() -> new ItemNotFoundException(table.layer(), id, exists(id))).item();
        return write(id, new Checked<>(values, table.feature(values).toString()), expected, ChangeKind.DELETED, edit, null,
                guard).version();
    }

    /**
     * Deletes each of the items that is not deleted yet, at its current version, in one transaction (the caller's,
     * when there is one): one read, one batched update and one batched history insert per {@value #CHUNK} items,
     * each delete a new version keeping the values it had. Ids that are missing or deleted already are passed over.
     *
     * @return the deletes written, one per item deleted; empty for no ids
     * @throws VersionConflictException if an item changed between its read and its delete; nothing is written then
     */
    List<ChangedItem> deleteAll(List<String> ids, Edit edit) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Instant at = clock.instant();
        List<ChangedItem> deleted = transactions.execute(status -> {
            List<ChangedItem> all = new ArrayList<>(ids.size());
            for (int from = 0; from < ids.size(); from += CHUNK) {
                all.addAll(deleteChunk(ids.subList(from, Math.min(ids.size(), from + CHUNK)), edit, at));
            }
            dialect.changed(jdbc, new StoreChangedEvent(table.layer(), all));
            return all;
        });
        changes.committed(new StoreChangedEvent(table.layer(), deleted), Map.of());
        return deleted;
    }

    private List<ChangedItem> deleteChunk(List<String> ids, Edit edit, Instant at) {
        List<Object> parameters = new ArrayList<>(ids);
        parameters.add(false);
        List<Versioned<T>> current = jdbc.query(table.select() + " WHERE id IN ("
                        + String.join(", ", java.util.Collections.nCopies(ids.size(), "?")) + ") AND deleted = ?",
                (row, n) -> new Versioned<>(table.rowMapper().mapRow(row, n), row.getLong("version")), parameters.toArray());
        List<Object[]> updates = new ArrayList<>(current.size());
        List<Object[]> history = new ArrayList<>(current.size());
        List<ChangedItem> changed = new ArrayList<>(current.size());
        for (Versioned<T> item : current) {
            String id = table.id(item.item());
            long version = item.version() + 1;
            Object[] set = table.values(item.item(), version, at, edit.by());
            Object[] row = java.util.Arrays.copyOf(set, set.length + 4);
            row[set.length] = true;
            row[set.length + 1] = id;
            row[set.length + 2] = item.version();
            row[set.length + 3] = false;
            updates.add(row);
            history.add(versions.row(id, table.feature(item.item()).toString(), version, ChangeKind.DELETED, at, edit, null));
            changed.add(new ChangedItem(id, version, ChangeKind.DELETED));
        }
        int[] counts = StatementBatch.run(jdbc, table.update() + " AND deleted = ?", updates);
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) {
                throw refusal(changed.get(i).id(), current.get(i).version());
            }
        }
        StatementBatch.run(jdbc, versions.insert(), history);
        return changed;
    }

    Versioned<T> restore(String id, long version, long expected, Edit edit) {
        T values = versions.version(jdbc, id, version).orElseThrow(() -> new ItemNotFoundException(table.layer(), id + "@" + version, false))
                .values();
        return write(id, checked(values), expected, ChangeKind.RESTORED, edit, version, jdbc -> { });
    }

    private Versioned<T> write(String id, Checked<T> checked, long expected, ChangeKind kind, Edit edit, Long restoredFrom,
                               Consumer<JdbcOperations> guard) {
        T values = checked.item();
        long version = expected + 1;
        Instant at = clock.instant();
        transactions.executeWithoutResult(status -> {
            guard.accept(jdbc);
            Object[] set = table.values(values, version, at, edit.by());
            Object[] parameters = new Object[set.length + 3];
            System.arraycopy(set, 0, parameters, 0, set.length);
            parameters[set.length] = kind == ChangeKind.DELETED;
            parameters[set.length + 1] = id;
            parameters[set.length + 2] = expected;
            String notDeleted = " AND deleted = ?";
            int updated = kind == ChangeKind.RESTORED
                    ? jdbc.update(table.update(), parameters)
                    : jdbc.update(table.update() + notDeleted, append(parameters, false));
            if (updated != 1) {
                throw refusal(id, expected);
            }
            jdbc.update(versions.insert(), versions.row(id, checked.feature(), version, kind, at, edit, restoredFrom));
            dialect.changed(jdbc, new StoreChangedEvent(table.layer(), List.of(new ChangedItem(id, version, kind))));
        });
        Map<String, T> written = new HashMap<>();
        if (kind != ChangeKind.DELETED) {
            written.put(id, values);
        }
        changes.committed(new StoreChangedEvent(table.layer(), List.of(new ChangedItem(id, version, kind))), written);
        return new Versioned<>(values, version);
    }

    private static Object[] append(Object[] parameters, Object last) {
        Object[] longer = java.util.Arrays.copyOf(parameters, parameters.length + 1);
        longer[parameters.length] = last;
        return longer;
    }

    /** Why a guarded update changed no row: the item is missing, deleted, or at another version. */
    private StoreWriteException refusal(String id, long expected) {
        Optional<ItemVersion<T>> latest = versions.latest(jdbc, id);
        if (latest.isEmpty()) {
            return new ItemNotFoundException(table.layer(), id, false);
        }
        ItemVersion<T> current = latest.get();
        if (current.version() == expected && current.kind() == ChangeKind.DELETED) {
            return new ItemNotFoundException(table.layer(), id, true);
        }
        List<FieldChange> changed = versions.version(jdbc, id, expected)
                .map(base -> FieldChange.between(table.feature(base.values()), table.feature(current.values())))
                .orElse(List.of());
        return new VersionConflictException(table.layer(), id, expected, current, changed);
    }

    Optional<Versioned<T>> current(String id) {
        return jdbc.query(table.select() + " WHERE id = ? AND deleted = ?",
                (row, n) -> new Versioned<>(table.rowMapper().mapRow(row, n), row.getLong("version")), id, false)
                .stream().findFirst();
    }

    private boolean exists(String id) {
        Integer rows = jdbc.queryForObject("SELECT COUNT(*) FROM " + table.layer().table() + " WHERE id = ?", Integer.class, id);
        return rows != null && rows > 0;
    }

    /**
     * The item as the strict reader reads its GeoJSON form (the rules of the geodata files, coordinates to 6
     * decimals), with that form's text, which its history keeps: read back, it gives the checked item.
     */
    Checked<T> checked(T item) {
        String id = table.id(item);
        String feature = table.feature(item).toString();
        try {
            return new Checked<>(table.read(feature), feature);
        } catch (GeodataException e) {
            throw new InvalidItemException(table.layer(), id, e);
        }
    }

    /** An item as checked, with the text of the GeoJSON Feature it was read from. */
    record Checked<T>(T item, String feature) {
    }
}
