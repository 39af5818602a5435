package org.deconfliction.atlas.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.deconfliction.atlas.incident.Incident;

/**
 * ACLED's {@code fatalities} (a total over every side) in the atlas's casualties note, and back: the note
 * "ACLED: N fatalities in all, not split by side" is what an ACLED export reads first; an incident without it gives
 * the sum of its highest reported counts.
 */
final class AcledFatalities {

    private static final Pattern NOTE = Pattern.compile("ACLED: (\\d+) fatalit(?:y|ies) in all, not split by side");

    private AcledFatalities() {
    }

    static String note(int fatalities) {
        return "ACLED: " + fatalities + (fatalities == 1 ? " fatality" : " fatalities") + " in all, not split by side";
    }

    /** The fatalities of an incident as ACLED counts them. */
    static int of(Incident incident) {
        String note = incident.casualties() == null ? null : incident.casualties().note();
        if (note != null) {
            Matcher m = NOTE.matcher(note);
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        return incident.casualties() == null ? 0 : incident.casualties().totalKilledMax();
    }
}
