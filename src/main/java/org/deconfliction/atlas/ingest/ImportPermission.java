package org.deconfliction.atlas.ingest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one check in front of every import, undo and import screen: who may import. Until the atlas has user roles
 * this is the setting {@code atlas.ingest.open} (default true: anyone using the atlas may import, recorded under
 * {@code atlas.ingest.user}); with {@code false} every import is refused. Roles replace it here, in one place.
 */
@Component
public class ImportPermission {

    private final boolean open;
    private final String user;

    ImportPermission(@Value("${atlas.ingest.open:true}") boolean open, @Value("${atlas.ingest.user:editor}") String user) {
        this.open = open;
        this.user = user;
    }

    /** Whether the current user may import and undo imports. */
    public boolean mayImport() {
        return open;
    }

    /**
     * The name imports by the current user are recorded under.
     *
     * @throws ImportNotAllowedException when the current user may not import
     */
    public String importer() {
        if (!open) {
            throw new ImportNotAllowedException();
        }
        return user;
    }
}
