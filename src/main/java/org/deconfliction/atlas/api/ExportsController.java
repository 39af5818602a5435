package org.deconfliction.atlas.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.deconfliction.atlas.export.GeoPackageExport;
import org.deconfliction.atlas.query.IncidentQuery;
import org.deconfliction.atlas.query.IncidentQueryService;
import org.deconfliction.atlas.query.QueryResult;
import org.deconfliction.atlas.query.SpatialCondition;
import org.deconfliction.atlas.query.UnknownReferenceException;
import org.deconfliction.atlas.reference.ReferenceLayers;
import org.deconfliction.atlas.site.SiteRepository;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code GET /api/exports/incidents.gpkg}: the incidents answering a question (the items' spatial parameters
 * {@code side}, {@code near}+{@code km}, {@code nearRiver}, {@code zone}, {@code region}; none: everything) as a
 * GeoPackage with the sites, river, line and zone layers and the question ({@link GeoPackageExport}). The file is
 * written into a temporary file, streamed, and removed.
 */
@RestController
class ExportsController {

    static final MediaType GEOPACKAGE = MediaType.parseMediaType("application/geopackage+sqlite3");

    private final IncidentQueryService queries;
    private final SiteRepository sites;
    private final ReferenceLayers reference;

    ExportsController(IncidentQueryService queries, SiteRepository sites, ReferenceLayers reference) {
        this.queries = queries;
        this.sites = sites;
        this.reference = reference;
    }

    @GetMapping(path = "/api/exports/incidents.gpkg", produces = "application/geopackage+sqlite3")
    ResponseEntity<StreamingResponseBody> geoPackage(@RequestParam Map<String, String> parameters) throws IOException {
        List<String> allowed = new ArrayList<>(SpatialParameters.NAMES);
        allowed.add("km");
        parameters.keySet().stream().filter(name -> !allowed.contains(name)).findFirst().ifPresent(name -> {
            throw new InvalidParameterException(name, "is not a parameter of the GeoPackage export; it takes one of "
                    + String.join(", ", SpatialParameters.NAMES) + " (and km with near)");
        });
        SpatialCondition condition = SpatialParameters.parse(parameters);
        QueryResult result;
        try {
            result = queries.run(IncidentQuery.all().withSpatial(condition));
        } catch (UnknownReferenceException e) {
            boolean site = e.kind().equals("site");
            throw new InvalidParameterException(site ? "near" : "zone", "names no " + e.kind() + ": '" + e.id()
                    + "'; GET /api/collections/" + (site ? "sites" : "zones") + "/items lists them");
        }
        Path folder = Files.createTempDirectory("atlas-export-");
        Path file = folder.resolve("incidents.gpkg");
        try {
            GeoPackageExport.write(file, result, sites.findAll(), reference.rivers(), reference.lines(), reference.zones(),
                    Instant.now());
        } catch (SQLException e) {
            remove(folder, file);
            throw new IllegalStateException("the GeoPackage could not be written: " + e.getMessage(), e);
        }
        long size = Files.size(file);
        StreamingResponseBody body = out -> {
            try {
                Files.copy(file, out);
            } finally {
                remove(folder, file);
            }
        };
        return ResponseEntity.ok().contentType(GEOPACKAGE).contentLength(size)
                .header("Content-Disposition", "attachment; filename=\"atlas-incidents.gpkg\"").body(body);
    }

    private static void remove(Path folder, Path file) {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
