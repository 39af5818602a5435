package org.deconfliction.atlas.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
 * radius and reference fingerprint still match, and one background thread derives the others and writes them, in
 * batches of {@value StoredAttributes#BATCH}, as it does for incidents changed by a commit (after the commit, never
 * inside its transaction). A failed write is logged and left for the next start-up; the answers never depend on it.
 */
@Component
class AttributeKeeping implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(AttributeKeeping.class);

    private final StoredAttributes table;
    private final ExecutorService writer;

    AttributeKeeping(StoredAttributes table) {
        this.table = table;
        this.writer = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "derived-attributes-writer");
            thread.setDaemon(true);
            return thread;
        });
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
            writer.execute(() -> guarded(() -> table.remove(deleted)));
        }
    }

    private void keep(LocatedItemIndex index, List<LocatedItem> items, Map<String, Long> versions, String reference) {
        if (items.isEmpty()) {
            return;
        }
        writer.execute(() -> guarded(() -> {
            for (int from = 0; from < items.size() && !Thread.currentThread().isInterrupted(); from += StoredAttributes.BATCH) {
                List<StoredAttributes.Row> rows = new ArrayList<>();
                for (LocatedItem item : items.subList(from, Math.min(items.size(), from + StoredAttributes.BATCH))) {
                    ItemAttributes attributes = index.attributes(item.id()).orElse(null);
                    if (attributes != null) {
                        rows.add(new StoredAttributes.Row(item, versions.getOrDefault(item.id(), 0L), attributes));
                    }
                }
                table.write(rows, reference);
            }
        }));
    }

    private Map<String, StoredAttributes.Row> read(String reference) {
        try {
            return table.read(reference);
        } catch (DataAccessException e) {
            LOG.warn("could not read the stored derived attributes, deriving them all: {}", e.getMessage());
            return Map.of();
        }
    }

    private static void guarded(Runnable write) {
        try {
            write.run();
        } catch (DataAccessException | IllegalStateException e) {
            LOG.warn("could not store derived attributes (they are derived again at the next start-up): {}", e.getMessage());
        }
    }

    /** Waits up to {@code millis} for the writes asked for so far; true when they are done. For tests and benchmarks. */
    boolean awaitWrites(long millis) throws InterruptedException {
        var done = new java.util.concurrent.CountDownLatch(1);
        writer.execute(done::countDown);
        return done.await(millis, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    @Override
    public void destroy() {
        writer.shutdownNow();
    }
}
