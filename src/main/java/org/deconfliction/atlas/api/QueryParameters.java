package org.deconfliction.atlas.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The query parameters a resource understands: any other is refused with a 400 naming it, so that a client
 * never takes an answer that ignored its parameter (say a property filter) for one that applied it. {@code f}
 * chooses the representation on every resource.
 */
final class QueryParameters {

    private QueryParameters() {
    }

    /** Refuses the parameters not among {@code known} (nor {@code f}), naming all of them. */
    static void requireKnown(Map<String, String> given, Set<String> known) {
        List<String> unknown = given.keySet().stream().filter(name -> !name.equals("f") && !known.contains(name)).sorted().toList();
        String f = given.get("f");
        if (f != null && !Set.of("json", "geojson", "html").contains(f.strip().toLowerCase(Locale.ROOT))) {
            throw new InvalidParameterException("f", "must be json or html, was '" + f + "'");
        }
        if (!unknown.isEmpty()) {
            throw new InvalidParameterException(unknown, (unknown.size() == 1 ? "is" : "are") + " not understood here;"
                    + " understood are " + (known.isEmpty() ? "only f" : "f, " + String.join(", ", known.stream().sorted().toList())));
        }
    }
}
