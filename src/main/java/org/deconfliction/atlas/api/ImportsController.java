package org.deconfliction.atlas.api;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.deconfliction.atlas.ingest.ImportFormat;
import org.deconfliction.atlas.ingest.ImportNotFoundException;
import org.deconfliction.atlas.ingest.ImportPermission;
import org.deconfliction.atlas.ingest.ImportRefusedException;
import org.deconfliction.atlas.ingest.ImportReport;
import org.deconfliction.atlas.ingest.ImportRequest;
import org.deconfliction.atlas.ingest.ImportService;
import org.deconfliction.atlas.ingest.RejectsCsv;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * {@code /api/imports}: import a file (multipart {@code file}, {@code format}, optional {@code mapping.<field>}
 * columns, {@code dryRun}, {@code mode}, {@code changed=update|keep}, for a GeoPackage {@code layer}) answering the
 * import report; list and show recorded imports, their rejects as CSV, and undo one with DELETE. Importing and undoing need the editor role.
 */
@RestController
@RequestMapping("/api/imports")
class ImportsController {

    /** The longest multipart field other than the file, in bytes (a column name or a choice). */
    private static final int MAX_FIELD_BYTES = 1024;

    private final ImportService imports;
    private final ImportPermission permission;

    ImportsController(ImportService imports, ImportPermission permission) {
        this.imports = imports;
        this.permission = permission;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ImportReport> importFile(MultipartHttpServletRequest request) throws IOException, ServletException {
        String by = permission.importer();
        MultipartFile file = request.getFile("file");
        if (file == null) {
            throw new InvalidParameterException("file", "is missing: send the file to import as the multipart part 'file'.");
        }
        Map<String, String> fields = fields(request);
        String formatCode = fields.get("format");
        ImportFormat format = ImportFormat.of(formatCode).orElseThrow(() -> new InvalidParameterException("format",
                "must be acled, geojson, csv or gpkg, was '" + formatCode + "'."));
        String dryRun = fields.get("dryRun");
        if (dryRun != null && !dryRun.equals("true") && !dryRun.equals("false")) {
            throw new InvalidParameterException("dryRun", "must be true or false, was '" + dryRun + "'.");
        }
        String mode = fields.get("mode");
        if (mode != null && !mode.equals("all-or-nothing") && !mode.equals("valid-only")) {
            throw new InvalidParameterException("mode", "must be all-or-nothing or valid-only, was '" + mode + "'.");
        }
        String changed = fields.get("changed");
        if (changed != null && !changed.equals("update") && !changed.equals("keep")) {
            throw new InvalidParameterException("changed", "must be update or keep, was '" + changed + "'.");
        }
        Map<String, String> mapping = new HashMap<>();
        fields.forEach((name, value) -> {
            if (name.startsWith("mapping.") && !value.isBlank()) {
                mapping.put(name.substring("mapping.".length()), value);
            }
        });
        ImportRequest asked = new ImportRequest(file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename(),
                format, mapping, "true".equals(dryRun), !"valid-only".equals(mode), !"keep".equals(changed),
                fields.get("layer"));
        try (InputStream in = file.getInputStream()) {
            ImportReport report = imports.run(asked, in, by, rows -> { });
            return ResponseEntity.status(report.id() == null ? HttpStatus.OK : HttpStatus.CREATED).body(report);
        }
    }

    /**
     * The multipart body's fields other than files (and the query's parameters), each given once and read as
     * UTF-8, at most {@value #MAX_FIELD_BYTES} bytes each: the container's own parameters are not consulted, since
     * the request's parameters were read strictly from the query before the body was parsed.
     */
    private static Map<String, String> fields(HttpServletRequest request) throws IOException, ServletException {
        Map<String, String> fields = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (values != null && values.length > 0) {
                fields.put(name, values[0]); // from the query string; a multipart field's own values are null here
            }
        });
        for (Part part : request.getParts()) {
            if (part.getSubmittedFileName() != null) {
                continue;
            }
            if (part.getSize() > MAX_FIELD_BYTES) {
                throw new InvalidParameterException(part.getName(), "is longer than " + MAX_FIELD_BYTES + " bytes.");
            }
            String value;
            try (InputStream in = part.getInputStream()) {
                value = new String(in.readNBytes(MAX_FIELD_BYTES), StandardCharsets.UTF_8);
            }
            if (fields.put(part.getName(), value) != null) {
                throw new InvalidParameterException(part.getName(), "is given more than once; give each field once.");
            }
        }
        return fields;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    List<ImportReport> list() {
        return imports.imports();
    }

    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ImportReport one(@PathVariable long id) {
        return imports.get(id);
    }

    @GetMapping(path = "/{id}/rejects", produces = "text/csv")
    ResponseEntity<String> rejects(@PathVariable long id) {
        String csv = RejectsCsv.of(imports.rejects(id));
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"import-" + id + "-rejects.csv\"").body(csv);
    }

    @DeleteMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ImportReport undo(@PathVariable long id) {
        return imports.undo(id, permission.importer());
    }

    @ExceptionHandler(ImportRefusedException.class)
    ResponseEntity<ProblemDetail> refused(ImportRefusedException e) {
        ResponseEntity<ProblemDetail> answer = ApiProblems.of(HttpStatus.UNPROCESSABLE_CONTENT, "File refused", "file",
                "The file cannot be imported: " + e.getMessage());
        answer.getBody().setProperty("line", e.line());
        return answer;
    }

    @ExceptionHandler(ImportNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(ImportNotFoundException e) {
        return ApiProblems.of(HttpStatus.NOT_FOUND, "No such import", null, e.getMessage());
    }

}
