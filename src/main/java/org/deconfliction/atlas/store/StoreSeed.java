package org.deconfliction.atlas.store;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.deconfliction.atlas.geodata.GeodataFiles;
import org.deconfliction.atlas.incident.GeodataIncidentRepository;
import org.deconfliction.atlas.site.GeodataSiteRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Seeds the store once, on the first start against an empty, freshly migrated database: the shipped sites and
 * incidents, read as strictly as ever (start-up stops on the first invalid feature), go in as version 1 by
 * {@value Edit#SHIPPED_GEODATA}, all in one transaction together with the mark {@code seeded} in
 * {@code atlas_store}. Once that mark is there the geodata is never read into the store again, so later starts keep
 * every edit, deletes included.
 */
@Component
@DependsOnDatabaseInitialization
class StoreSeed {

    static final String SEEDED = "seeded";
    private static final Logger LOG = LoggerFactory.getLogger(StoreSeed.class);

    private final boolean seededNow;

    StoreSeed(JdbcOperations jdbc, TransactionOperations transactions, StoreDialect dialect, GeodataFiles files) {
        Instant at = Clock.systemUTC().instant();
        Boolean seeded = transactions.execute(status -> {
            int marked = jdbc.update("INSERT INTO atlas_store (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING",
                    SEEDED, at.toString());
            if (marked == 0) {
                return false;
            }
            GeodataSiteRepository sites = new GeodataSiteRepository(files);
            List<ChangedItem> siteRows = new VersionedWrites<>(new SiteTable(dialect), dialect, jdbc, transactions, null, Clock.systemUTC())
                    .insertAll(jdbc, sites.findAll(), seedEdit(), at);
            GeodataIncidentRepository incidents = new GeodataIncidentRepository(files, sites);
            List<ChangedItem> incidentRows = new VersionedWrites<>(new IncidentTable(dialect, java.util.Set::of), dialect, jdbc,
                    transactions, null, Clock.systemUTC()).insertAll(jdbc, incidents.findAll(), seedEdit(), at);
            LOG.info("Seeded the store with {} sites and {} incidents from the shipped geodata", siteRows.size(), incidentRows.size());
            return true;
        });
        this.seededNow = Boolean.TRUE.equals(seeded);
        dialect.started(jdbc);
    }

    private static Edit seedEdit() {
        return new Edit(Edit.SHIPPED_GEODATA, "seeded from the shipped geodata");
    }

    /** Whether this start seeded the store (false when it had been seeded before). */
    boolean seededNow() {
        return seededNow;
    }
}
