package org.deconfliction.atlas.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import org.deconfliction.atlas.query.IncidentAnswer;
import org.deconfliction.atlas.query.QueryResult;
import org.deconfliction.atlas.reference.ReferenceLayers;
import org.deconfliction.atlas.site.SiteRepository;
import org.springframework.stereotype.Service;

/**
 * The files a question's answer is exported to beyond GeoJSON and CSV, shared by the HTTP exports and the atlas
 * screen: a GeoPackage of the answer with the sites and reference layers, and an ACLED-style CSV. An empty answer
 * gives a GeoPackage with an empty incidents layer and a CSV of the header alone.
 */
@Service
public class AnswerFiles {

    /** GeoPackage's media type. */
    public static final String GEOPACKAGE_TYPE = "application/geopackage+sqlite3";

    private final SiteRepository sites;
    private final ReferenceLayers reference;

    AnswerFiles(SiteRepository sites, ReferenceLayers reference) {
        this.sites = sites;
        this.reference = reference;
    }

    /**
     * Writes the answer as a GeoPackage into a new temporary file, which the caller owns and must delete.
     *
     * @throws UncheckedIOException if the file could not be written; no file is left behind then
     */
    public Path geoPackage(QueryResult result, Instant exportedAt) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("atlas-export-");
            Path file = folder.resolve("incidents.gpkg");
            GeoPackageExport.write(file, result, sites.findAll(), reference.rivers(), reference.lines(),
                    reference.zones(), exportedAt);
            return file;
        } catch (IOException | SQLException e) {
            removeWithFolder(folder == null ? null : folder.resolve("incidents.gpkg"));
            throw new UncheckedIOException("the GeoPackage could not be written: " + e.getMessage(),
                    e instanceof IOException io ? io : new IOException(e));
        }
    }

    /** Writes the answer as a GeoPackage to the stream, through a temporary file removed afterwards. */
    public void writeGeoPackage(QueryResult result, Instant exportedAt, OutputStream out) throws IOException {
        Path file = geoPackage(result, exportedAt);
        try {
            Files.copy(file, out);
        } finally {
            removeWithFolder(file);
        }
    }

    /** Writes the answering incidents as ACLED-style CSV (UTF-8) to the stream, which stays open. */
    public void writeAcledCsv(QueryResult result, Instant exportedAt, OutputStream out) throws IOException {
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        AcledCsvExport.write(result.answers().stream().map(IncidentAnswer::incident).toList(), exportedAt, text);
        text.flush();
    }

    /** Deletes a file {@link #geoPackage} made and its temporary folder; null does nothing. */
    public static void removeWithFolder(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
