package org.deconfliction.atlas.ingest;

import org.deconfliction.atlas.security.Access;
import org.deconfliction.atlas.security.Role;
import org.springframework.stereotype.Component;

/**
 * The one check in front of every import, undo and import screen: only editors (and admins) may import. Anyone else
 * is refused through {@link Access#require}, which the API answers as a 401 or 403 problem.
 */
@Component
public class ImportPermission {

    private final Access access;

    ImportPermission(Access access) {
        this.access = access;
    }

    /** Whether the current user may import and undo imports. */
    public boolean mayImport() {
        return access.has(Role.EDITOR);
    }

    /** The name of the current user, who must be an editor, for recording the import under. */
    public String importer() {
        access.require(Role.EDITOR, "import files or undo imports");
        return access.username().orElseThrow();
    }
}
