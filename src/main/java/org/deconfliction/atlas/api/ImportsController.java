package org.deconfliction.atlas.api;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.deconfliction.atlas.geodata.CsvCell;
import org.deconfliction.atlas.ingest.ImportFormat;
import org.deconfliction.atlas.ingest.ImportNotFoundException;
import org.deconfliction.atlas.ingest.ImportPermission;
import org.deconfliction.atlas.ingest.ImportRefusedException;
import org.deconfliction.atlas.ingest.ImportReport;
import org.deconfliction.atlas.ingest.ImportRequest;
import org.deconfliction.atlas.ingest.ImportService;
import org.deconfliction.atlas.ingest.Rejection;
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
 * columns, {@code dryRun}, {@code mode}, {@code changed=update|keep}) answering the import report; list and show
 * recorded imports, their rejects as CSV, and undo one with DELETE. Importing and undoing need the editor role.
 */
@RestController
@RequestMapping("/api/imports")
class ImportsController {

    private final ImportService imports;
    private final ImportPermission permission;

    ImportsController(ImportService imports, ImportPermission permission) {
        this.imports = imports;
        this.permission = permission;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ImportReport> importFile(MultipartHttpServletRequest request) throws IOException {
        String by = permission.importer();
        MultipartFile file = request.getFile("file");
        if (file == null) {
            throw new InvalidParameterException("file", "Send the file to import as the multipart part 'file'.");
        }
        String formatCode = field(request, "format");
        ImportFormat format = ImportFormat.of(formatCode).orElseThrow(() -> new InvalidParameterException("format",
                "Parameter 'format' must be acled, geojson, csv or gpkg, was '" + formatCode + "'."));
        String dryRun = field(request, "dryRun");
        if (dryRun != null && !dryRun.equals("true") && !dryRun.equals("false")) {
            throw new InvalidParameterException("dryRun", "Parameter 'dryRun' must be true or false, was '" + dryRun + "'.");
        }
        String mode = field(request, "mode");
        if (mode != null && !mode.equals("all-or-nothing") && !mode.equals("valid-only")) {
            throw new InvalidParameterException("mode", "Parameter 'mode' must be all-or-nothing or valid-only, was '" + mode + "'.");
        }
        String changed = field(request, "changed");
        if (changed != null && !changed.equals("update") && !changed.equals("keep")) {
            throw new InvalidParameterException("changed", "Parameter 'changed' must be update or keep, was '" + changed + "'.");
        }
        Map<String, String> mapping = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (name.startsWith("mapping.") && values.length > 0 && !values[0].isBlank()) {
                mapping.put(name.substring("mapping.".length()), values[0]);
            }
        });
        ImportRequest asked = new ImportRequest(file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename(),
                format, mapping, "true".equals(dryRun), !"valid-only".equals(mode), !"keep".equals(changed));
        try (InputStream in = file.getInputStream()) {
            ImportReport report = imports.run(asked, in, by, rows -> { });
            return ResponseEntity.status(report.id() == null ? HttpStatus.OK : HttpStatus.CREATED).body(report);
        }
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
        StringBuilder csv = new StringBuilder("line,column,value,reason\r\n");
        for (Rejection r : imports.rejects(id)) {
            csv.append(r.line()).append(',').append(CsvCell.of(r.column())).append(',').append(CsvCell.of(r.value())).append(',')
                    .append(CsvCell.of(r.reason())).append("\r\n");
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"import-" + id + "-rejects.csv\"").body(csv.toString());
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

    private static String field(HttpServletRequest request, String name) {
        return request.getParameter(name);
    }
}
