package org.deconfliction.atlas.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
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
     * waits until that transaction commits, and never happens when it rolls back, so nobody sees what was not stored.
     */
    public void committed(StoreChangedEvent change) {
        if (change.changes().isEmpty()) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    announce(change);
                }
            });
            return;
        }
        announce(change);
    }

    private void announce(StoreChangedEvent change) {
        reload(change.layer(), change.ids());
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
        reload(layer, ids);
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

    private void reload(StoredLayer layer, Collection<String> ids) {
        switch (layer) {
            case SITES -> {
                sites.reload();
                incidents.reload();
            }
            case INCIDENTS -> incidents.reload(ids);
        }
    }
}
