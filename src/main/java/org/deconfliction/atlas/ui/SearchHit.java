package org.deconfliction.atlas.ui;

import org.deconfliction.atlas.geodata.TransliterationKey;

/**
 * One thing the search box can find: a feature of a map overlay, the text it is listed with, and the key of every
 * word it can be found by.
 */
record SearchHit(String layerId, String featureId, String label, TransliterationKey words) {

    /** Whether every word typed begins some word of this hit, spellings of Arabic names folded together. */
    boolean matches(String typed) {
        TransliterationKey query = TransliterationKey.of(typed);
        return !query.isEmpty() && words.contains(query);
    }
}
