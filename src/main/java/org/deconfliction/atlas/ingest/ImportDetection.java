package org.deconfliction.atlas.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a file to import looks like before it is read: its likely format (from its first bytes and its name) and,
 * for a coordinate CSV or a foreign GeoJSON file, the columns (properties) it has and which of them the import
 * would take for each field. Reads the header line, or the first feature, only.
 */
public final class ImportDetection {

    /** The columns of a file and the field each is mapped to; {@code columns} is empty when no mapping applies. */
    public record Columns(List<String> columns, Map<String, String> mapping) {

        public Columns {
            columns = List.copyOf(columns);
            mapping = Map.copyOf(mapping);
        }
    }

    /** The fields a mapping may set, in the order a form lists them. */
    public static final List<String> FIELDS = List.of("id", "title", "date", "place", "category", "country",
            "latitude", "longitude", "wkt");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final byte[] SQLITE = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int HEAD_BYTES = 1 << 16;

    private ImportDetection() {
    }

    /**
     * The format of the file: a GeoPackage by its SQLite header, GeoJSON when its text starts with {@code {} (or
     * its name ends in .geojson/.json), ACLED when the header line names {@code event_id_cnty}, else a coordinate CSV.
     */
    public static ImportFormat format(String fileName, Path file) {
        byte[] head = head(file);
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (head.length >= SQLITE.length && Arrays.equals(Arrays.copyOf(head, SQLITE.length), SQLITE)
                || name.endsWith(".gpkg")) {
            return ImportFormat.GPKG;
        }
        String text = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
        if (text.startsWith("{") || name.endsWith(".geojson") || name.endsWith(".json")) {
            return ImportFormat.GEOJSON;
        }
        String header = text.lines().findFirst().orElse("").toLowerCase(Locale.ROOT);
        return header.contains("event_id_cnty") ? ImportFormat.ACLED : ImportFormat.CSV;
    }

    /**
     * The columns of a coordinate CSV (its header) or the properties of a foreign GeoJSON file's first feature, with
     * the field each is taken for under the given mapping (the rest detected by usual names); empty for ACLED, a
     * GeoPackage and GeoJSON in the atlas's own form, whose fields are fixed.
     *
     * @throws ImportRefusedException when the header or first feature cannot be read, or the mapping names a column
     *         the file lacks
     */
    public static Columns columns(ImportFormat format, Path file, Map<String, String> given) {
        List<String> names = switch (format) {
            case CSV -> csvHeader(file);
            case GEOJSON -> firstFeatureProperties(file);
            case ACLED, GPKG -> List.of();
        };
        if (names.isEmpty()) {
            return new Columns(List.of(), Map.of());
        }
        Map<String, String> mapping = new TreeMap<>(CsvMapping.of(given).resolve(names, 1, "column",
                "the file does not have; it has"));
        return new Columns(names, mapping);
    }

    private static List<String> csvHeader(Path file) {
        try (InputStream in = Files.newInputStream(file);
                BufferedReader text = new BufferedReader(StrictUtf8.open(in))) {
            String first = text.readLine();
            if (first == null || first.isBlank()) {
                throw new ImportRefusedException(1, "has no header line");
            }
            CSVFormat csv = CSVFormat.RFC4180.builder().setDelimiter(CoordinateCsvReader.delimiter(first)).get();
            try (CSVParser parser = CSVParser.builder().setReader(new java.io.StringReader(first)).setFormat(csv).get()) {
                return parser.getRecords().getFirst().toList().stream().filter(c -> !c.isBlank()).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> firstFeatureProperties(Path file) {
        try (InputStream in = Files.newInputStream(file); JsonParser parser = JSON.createParser(StrictUtf8.open(in))) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return List.of();
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String member = parser.currentName();
                JsonToken value = parser.nextToken();
                if (member.equals("features") && value == JsonToken.START_ARRAY) {
                    if (parser.nextToken() != JsonToken.START_OBJECT) {
                        return List.of();
                    }
                    JsonNode feature = parser.readValueAsTree();
                    JsonNode properties = feature.path("properties");
                    if (properties.path("date").isObject() && properties.path("location").isObject()) {
                        return List.of();
                    }
                    return new ArrayList<>(properties.propertyNames());
                }
                parser.skipChildren();
            }
            return List.of();
        } catch (JacksonException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ImportRefusedException(line, "is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
