package org.deconfliction.atlas.ingest;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of file the atlas imports, by the code the API and the import screen use. */
public enum ImportFormat {
    ACLED("acled"), CSV("csv"), GEOJSON("geojson"), GPKG("gpkg");

    private final String code;

    ImportFormat(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The format with the given code, ignoring case; empty for an unknown one. */
    public static Optional<ImportFormat> of(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equals(code == null ? null : code.toLowerCase(Locale.ROOT)))
                .findFirst();
    }
}
