package org.deconfliction.atlas.store;

import java.util.Arrays;
import java.util.Optional;

/**
 * One PostgreSQL NOTIFY payload about a committed change: {@code <origin> <table> <kind> <version> <id>} for one
 * item (kind as {@link ChangeKind#code()}, the id last, so it may hold spaces), or {@code <origin> <table> many}
 * when a transaction changed too many items to list ({@code item} is null then). {@code origin} names the
 * application instance that wrote it.
 */
record ChangeNotice(String origin, StoredLayer layer, ChangedItem item) {

    static final String MANY = "many";

    String payload() {
        String head = origin + " " + layer.table() + " ";
        return item == null ? head + MANY : head + item.kind().code() + " " + item.version() + " " + item.id();
    }

    /** The notice a payload holds; empty when it is not one. */
    static Optional<ChangeNotice> parse(String payload) {
        String[] parts = payload == null ? new String[0] : payload.split(" ", 5);
        if (parts.length < 3) {
            return Optional.empty();
        }
        Optional<StoredLayer> layer = Arrays.stream(StoredLayer.values()).filter(l -> l.table().equals(parts[1])).findFirst();
        if (layer.isEmpty()) {
            return Optional.empty();
        }
        if (parts.length == 3) {
            return parts[2].equals(MANY) ? Optional.of(new ChangeNotice(parts[0], layer.get(), null)) : Optional.empty();
        }
        Optional<ChangeKind> kind = Arrays.stream(ChangeKind.values()).filter(k -> k.code().equals(parts[2])).findFirst();
        if (kind.isEmpty() || parts.length != 5 || !parts[3].matches("[0-9]{1,18}") || parts[4].isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ChangeNotice(parts[0], layer.get(),
                new ChangedItem(parts[4], Long.parseLong(parts[3]), kind.get())));
    }
}
