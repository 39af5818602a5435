package org.deconfliction.atlas.store;

import java.util.List;

/** A delete of a site that incidents still name; nothing was written. {@code incidents} lists some of them. */
public class SiteInUseException extends StoreWriteException {

    private final List<String> incidents;

    SiteInUseException(String id, List<String> incidents, long count) {
        super(StoredLayer.SITES, id, "the site '" + id + "' is named by " + count + (count == 1 ? " incident" : " incidents")
                + " (" + String.join(", ", incidents) + (count > incidents.size() ? ", ..." : "")
                + "); change or delete them first", null);
        this.incidents = List.copyOf(incidents);
    }

    /** Ids of incidents that name the site, at most a few. */
    public List<String> incidents() {
        return incidents;
    }
}
