package org.deconfliction.atlas.query;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.deconfliction.atlas.analysis.ItemAttributes;
import org.deconfliction.atlas.analysis.LocatedItem;
import org.deconfliction.atlas.analysis.LocatedItemIndex;
import org.deconfliction.atlas.analysis.SpatialAnalysis;
import org.deconfliction.atlas.store.ChangeKind;
import org.deconfliction.atlas.store.ChangedItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Keeps the index's derived attributes in {@link StoredAttributes}: an index starts with every stored row whose place,
 * radius and reference fingerprint still match, and one background thread ({@link AttributeWrites}) derives the
 * others and writes them, in batches of {@value StoredAttributes#BATCH}, as it does for incidents changed by a commit
 * (after the commit, never inside its transaction). A batch refused while another write holds the store is written
 * once it is free; any other failed write is logged and left for the next start-up, and so is what is still to write
 * at shutdown, which waits at most {@link #SHUTDOWN_GRACE} for the batch being written. The answers never depend on it.
 */
@Component
class AttributeKeeping implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(AttributeKeeping.class);

    /** How long shutdown waits for the batch being written. */
    static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(5);
    /** The pause before a batch refused by a busy store is tried again (the store itself waits its busy timeout). */
    static final Duration RETRY_PAUSE = Duration.ofSeconds(1);

    private final StoredAttributes table;
    private final AttributeWrites writer;

    @org.springframework.beans.factory.annotation.Autowired
    AttributeKeeping(StoredAttributes table) {
        this(table, RETRY_PAUSE);
    }

    /** As above, a refused batch tried again every {@code retryPause}. */
    AttributeKeeping(StoredAttributes table, Duration retryPause) {
        this.table = table;
        this.writer = new AttributeWrites(retryPause);
    }

    /** An index over the items starting with the stored attributes that are still valid; the rest are derived later. */
    LocatedItemIndex indexOf(List<LocatedItem> items, SpatialAnalysis analysis) {
        String reference = analysis.referenceFingerprint();
        Map<String, StoredAttributes.Row> stored = read(reference);
        List<LocatedItem> missing = new ArrayList<>();
        LocatedItemIndex index = analysis.index(items, item -> {
            StoredAttributes.Row row = stored.get(item.id());
            // the same coordinates: equalsExact, as the topological equals costs a relate computation per incident
            if (row != null && row.item().point().equalsExact(item.point()) && row.item().uncertaintyMetres() == item.uncertaintyMetres()) {
                return withIdOf(item, row.attributes());
            }
            missing.add(item);
            return null;
        });
        LOG.info("{} of {} incidents start with stored derived attributes; deriving {} in the background",
                items.size() - missing.size(), items.size(), missing.size());
        keep(index, missing, Map.of(), reference);
        return index;
    }

    /** The attributes naming the item by its own id string, so that the index holds no second copy of every id. */
    private static ItemAttributes withIdOf(LocatedItem item, ItemAttributes a) {
        return a.itemId() == item.id() ? a
                : new ItemAttributes(item.id(), a.bank(), a.bankCertain(), a.riverDistanceKm(), a.nearestSiteId(), a.nearestSiteKm());
    }

    /** After a committed change: derives and writes the attributes of changed incidents, removes deleted ones' rows. */
    void changed(LocatedItemIndex index, Collection<ChangedItem> changes, SpatialAnalysis analysis) {
        String reference = analysis.referenceFingerprint();
        Map<String, Long> versions = new java.util.HashMap<>();
        List<String> deleted = new ArrayList<>();
        for (ChangedItem change : changes) {
            if (change.kind() == ChangeKind.DELETED) {
                deleted.add(change.id());
            }
            versions.put(change.id(), change.version());
        }
        List<LocatedItem> held = versions.keySet().stream().filter(id -> !deleted.contains(id))
                .map(id -> index.item(id).orElse(null)).filter(java.util.Objects::nonNull).toList();
        keep(index, held, versions, reference);
        if (!deleted.isEmpty()) {
            writer.queue("the removal of " + deleted.size() + " deleted incidents' derived attributes",
                    List.of(() -> table.remove(deleted)));
        }
    }

    private void keep(LocatedItemIndex index, List<LocatedItem> items, Map<String, Long> versions, String reference) {
        List<Runnable> batches = new ArrayList<>();
        for (int from = 0; from < items.size(); from += StoredAttributes.BATCH) {
            List<LocatedItem> batch = items.subList(from, Math.min(items.size(), from + StoredAttributes.BATCH));
            batches.add(() -> {
                List<StoredAttributes.Row> rows = new ArrayList<>();
                for (LocatedItem item : batch) {
                    ItemAttributes attributes = index.attributes(item.id()).orElse(null);
                    if (attributes != null) {
                        rows.add(new StoredAttributes.Row(item, versions.getOrDefault(item.id(), 0L), attributes));
                    }
                }
                table.write(rows, reference);
            });
        }
        writer.queue("the derived attributes of " + items.size() + " incidents", batches);
    }

    private Map<String, StoredAttributes.Row> read(String reference) {
        try {
            return table.read(reference);
        } catch (DataAccessException e) {
            LOG.warn("could not read the stored derived attributes, deriving them all: {}", e.getMessage());
            return Map.of();
        }
    }

    /** Waits up to {@code millis} for the writes asked for so far; true when they are done. For tests and benchmarks. */
    boolean awaitWrites(long millis) throws InterruptedException {
        return writer.await(millis);
    }

    /** At shutdown, before the store closes: the batch being written ends, the rest is left for the next start-up. */
    @Override
    public void destroy() {
        writer.stop(SHUTDOWN_GRACE);
    }
}
