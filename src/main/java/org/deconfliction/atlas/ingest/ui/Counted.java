package org.deconfliction.atlas.ingest.ui;

import java.util.Locale;

/** A count with its noun in the singular for exactly one and the plural otherwise: "1 row", "0 rows", "1,250 rows". */
final class Counted {

    private Counted() {
    }

    static String of(long count, String one, String many) {
        return String.format(Locale.ROOT, "%,d %s", count, count == 1 ? one : many);
    }
}
