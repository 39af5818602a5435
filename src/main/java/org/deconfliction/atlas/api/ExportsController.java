package org.deconfliction.atlas.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.nio.charset.StandardCharsets;
import org.deconfliction.atlas.export.AcledCsvExport;
import org.deconfliction.atlas.export.AnswerFiles;
import org.deconfliction.atlas.export.GeoPackageExport;
import org.deconfliction.atlas.query.IncidentQuery;
import org.deconfliction.atlas.query.IncidentQueryService;
import org.deconfliction.atlas.query.QueryResult;
import org.deconfliction.atlas.query.SpatialCondition;
import org.deconfliction.atlas.query.UnknownReferenceException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The exports of the incidents answering a question (the items' spatial parameters {@code side}, {@code near}+
 * {@code km}, {@code nearRiver}, {@code zone}, {@code region}; none: everything): {@code GET
 * /api/exports/incidents.gpkg}, a GeoPackage with the sites, river, line and zone layers and the question
 * ({@link GeoPackageExport}), written into a temporary file, streamed, and removed; and {@code GET
 * /api/exports/incidents.acled.csv}, a CSV file with ACLED's columns ({@link AcledCsvExport}).
 */
@RestController
class ExportsController {

    static final MediaType GEOPACKAGE = MediaType.parseMediaType(AnswerFiles.GEOPACKAGE_TYPE);

    private final IncidentQueryService queries;
    private final AnswerFiles files;

    ExportsController(IncidentQueryService queries, AnswerFiles files) {
        this.queries = queries;
        this.files = files;
    }

    @GetMapping(path = "/api/exports/incidents.acled.csv", produces = "text/csv")
    ResponseEntity<StreamingResponseBody> acledCsv(@RequestParam Map<String, String> parameters) {
        QueryResult result = answer(parameters);
        Instant now = Instant.now();
        StreamingResponseBody body = out -> files.writeAcledCsv(result, now, out);
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"atlas-incidents-acled.csv\"").body(body);
    }

    @GetMapping(path = "/api/exports/incidents.gpkg", produces = AnswerFiles.GEOPACKAGE_TYPE)
    ResponseEntity<StreamingResponseBody> geoPackage(@RequestParam Map<String, String> parameters) throws IOException {
        Path file = files.geoPackage(answer(parameters), Instant.now());
        long size = Files.size(file);
        StreamingResponseBody body = out -> {
            try {
                Files.copy(file, out);
            } finally {
                AnswerFiles.removeWithFolder(file);
            }
        };
        return ResponseEntity.ok().contentType(GEOPACKAGE).contentLength(size)
                .header("Content-Disposition", "attachment; filename=\"atlas-incidents.gpkg\"").body(body);
    }

    /** The answer to the question the parameters ask (none: every incident); refuses other parameters. */
    private QueryResult answer(Map<String, String> parameters) {
        List<String> allowed = new ArrayList<>(SpatialParameters.NAMES);
        allowed.add("km");
        parameters.keySet().stream().filter(name -> !allowed.contains(name)).findFirst().ifPresent(name -> {
            throw new InvalidParameterException(name, "is not a parameter of the exports; they take one of "
                    + String.join(", ", SpatialParameters.NAMES) + " (and km with near)");
        });
        SpatialCondition condition = SpatialParameters.parse(parameters);
        try {
            return queries.run(IncidentQuery.all().withSpatial(condition));
        } catch (UnknownReferenceException e) {
            boolean site = e.kind().equals("site");
            throw new InvalidParameterException(site ? "near" : "zone", "names no " + e.kind() + ": '" + e.id()
                    + "'; GET /api/collections/" + (site ? "sites" : "zones") + "/items lists them");
        }
    }
}
