package org.deconfliction.atlas.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Where every committed change to the store arrives, whether written by this instance or (on a shared database)
 * announced by another: the repositories re-read the changed items first, then the change is published as a
 * {@link StoreChangedEvent} to every listener (the query index, open views).
 */
@Component
public class StoreChanges {

    private final JdbcIncidentRepository incidents;
    private final JdbcSiteRepository sites;
    private final ApplicationEventPublisher events;
    private final JdbcOperations jdbc;

    StoreChanges(JdbcIncidentRepository incidents, JdbcSiteRepository sites, ApplicationEventPublisher events,
                 JdbcOperations jdbc) {
        this.incidents = incidents;
        this.sites = sites;
        this.events = events;
        this.jdbc = jdbc;
    }

    /**
     * Brings the repositories up to date with a change this instance committed, and publishes it. Within an
     * enclosing transaction (several writes committed as one, e.g. an import's inserts, updates and record) this
     * waits until that transaction commits, and never happens when it rolls back, so nobody sees what was not stored;
     * all the changes of one transaction are then announced together, one event per layer.
     */
    public void committed(StoreChangedEvent change) {
        committed(change, Map.of());
    }

    /**
     * {@link #committed(StoreChangedEvent)} for a change whose items' new values are known, as they were checked and
     * written (by id; a deleted item has none): the incident repository takes those as they are instead of reading
     * them back.
     */
    void committed(StoreChangedEvent change, Map<String, ?> written) {
        if (change.changes().isEmpty()) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            announce(change, written);
            return;
        }
        Pending pending = null;
        for (TransactionSynchronization registered : TransactionSynchronizationManager.getSynchronizations()) {
            if (registered instanceof Pending mine && mine.owner() == this) {
                pending = mine;
            }
        }
        if (pending == null) {
            pending = new Pending();
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        pending.add(change, written);
    }

    /** The changes of one transaction so far, announced once it commits. */
    private final class Pending implements TransactionSynchronization {

        private final Map<StoredLayer, List<ChangedItem>> changes = new LinkedHashMap<>();
        private final Map<StoredLayer, Map<String, Object>> written = new HashMap<>();

        void add(StoreChangedEvent change, Map<String, ?> values) {
            changes.computeIfAbsent(change.layer(), layer -> new ArrayList<>()).addAll(change.changes());
            Map<String, Object> written = this.written.computeIfAbsent(change.layer(), layer -> new HashMap<>());
            for (ChangedItem item : change.changes()) {
                Object value = values.get(item.id());
                if (value == null) {
                    written.remove(item.id());
                } else {
                    written.put(item.id(), value);
                }
            }
        }

        @Override
        public void afterCommit() {
            changes.forEach((layer, items) -> announce(new StoreChangedEvent(layer, items), written.get(layer)));
        }

        StoreChanges owner() {
            return StoreChanges.this;
        }
    }

    private void announce(StoreChangedEvent change, Map<String, ?> written) {
        switch (change.layer()) {
            case SITES -> {
                sites.reload();
                incidents.reload();
            }
            case INCIDENTS -> incidents.reload(change.ids(), written);
        }
        events.publishEvent(change);
    }

    /**
     * Brings the repositories up to date with items another instance changed (e.g. heard by PostgreSQL LISTEN), and
     * publishes the change with each item's latest version and kind of change from its history.
     */
    public void changedElsewhere(StoredLayer layer, Collection<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        switch (layer) {
            case SITES -> {
                sites.reload();
                incidents.reload();
            }
            case INCIDENTS -> incidents.reload(ids, Map.of());
        }
        List<ChangedItem> changed = new ArrayList<>();
        for (String id : ids) {
            jdbc.query("SELECT version, change FROM " + layer.versionTable() + " WHERE " + layer.versionIdColumn()
                            + " = ? ORDER BY version DESC LIMIT 1",
                    (row, n) -> new ChangedItem(id, row.getLong("version"), ChangeKind.of(row.getString("change"))), id)
                    .forEach(changed::add);
        }
        events.publishEvent(new StoreChangedEvent(layer, changed));
    }

    /**
     * Re-reads everything, after changes may have been missed (e.g. a lost connection to a shared database), and
     * publishes one event per layer with no items: anything may have changed.
     */
    public void mayHaveMissedChanges() {
        sites.reload();
        incidents.reload();
        events.publishEvent(new StoreChangedEvent(StoredLayer.SITES, List.of()));
        events.publishEvent(new StoreChangedEvent(StoredLayer.INCIDENTS, List.of()));
    }
}
