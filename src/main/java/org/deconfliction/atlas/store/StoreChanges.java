package org.deconfliction.atlas.store;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

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

    StoreChanges(JdbcIncidentRepository incidents, JdbcSiteRepository sites, ApplicationEventPublisher events) {
        this.incidents = incidents;
        this.sites = sites;
        this.events = events;
    }

    /** Brings the repositories up to date with a committed change and publishes it. */
    public void committed(StoreChangedEvent change) {
        if (change.changes().isEmpty()) {
            return;
        }
        switch (change.layer()) {
            case SITES -> {
                sites.reload();
                incidents.reload();
            }
            case INCIDENTS -> incidents.reload(change.ids());
        }
        events.publishEvent(change);
    }
}
