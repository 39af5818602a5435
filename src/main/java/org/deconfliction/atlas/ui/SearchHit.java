package org.deconfliction.atlas.ui;

import java.util.List;
import java.util.OptionalInt;
import org.deconfliction.atlas.geodata.TransliterationKey;

/**
 * One thing the search box can find: a feature of a map overlay, the text it is listed with, the keys of its names
 * (a site's name and other names, an incident's title) and the key of every word it can be found by.
 */
record SearchHit(String layerId, String featureId, String label, List<TransliterationKey> names, TransliterationKey words) {

    SearchHit {
        names = List.copyOf(names);
    }

    /**
     * How well this hit answers the query (every word typed must begin some word of the hit, spellings of Arabic
     * names folded together), lower being better, or empty when it does not match: 0 one of its names
     * spelled as typed (in any transliteration), 1 a name beginning with what was typed, 2 every word typed a whole
     * word of a name, 3 a whole word of the hit's text, 4 the beginning of one. The empty query matches nothing.
     */
    OptionalInt rank(TransliterationKey query) {
        if (query.isEmpty() || !words.contains(query)) {
            return OptionalInt.empty();
        }
        if (names.contains(query)) {
            return OptionalInt.of(0);
        }
        if (names.stream().anyMatch(name -> name.startsWith(query))) {
            return OptionalInt.of(1);
        }
        if (names.stream().anyMatch(name -> name.containsWholeWords(query))) {
            return OptionalInt.of(2);
        }
        return OptionalInt.of(words.containsWholeWords(query) ? 3 : 4);
    }
}
