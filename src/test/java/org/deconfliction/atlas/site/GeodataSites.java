package org.deconfliction.atlas.site;

import org.deconfliction.atlas.geodata.GeodataFiles;

/** The sites of a geodata folder, read as the application reads them, for tests and tools of other packages. */
public final class GeodataSites {

    private GeodataSites() {
    }

    /** The sites of the folder, checked as strictly as at start-up. */
    public static SiteRepository read(GeodataFiles files) {
        return new GeodataSiteRepository(files);
    }
}
