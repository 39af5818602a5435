package org.deconfliction.atlas.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.function.LongConsumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an RFC 7946 FeatureCollection one feature at a time with Jackson's streaming parser: only the feature being
 * read is held in memory, whatever the file's size, and members other than {@code type} and {@code features} (the
 * API's links and counts, an export's {@code query}) are skipped unread. Each feature goes to {@link GeoJsonFeatureRow}.
 * The text must be UTF-8 ({@link StrictUtf8}); JSON that cannot be parsed refuses the file naming line and column.
 */
final class GeoJsonImportReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final GeoJsonFeatureRow rows;

    GeoJsonImportReader(GeoJsonFeatureRow rows) {
        this.rows = rows;
    }

    /** Reads the stream to its end; {@code progress} hears the number of features read every 1,000 and at the end. */
    void read(InputStream in, RowSink sink, LongConsumer progress) {
        try (Reader text = StrictUtf8.open(in); JsonParser parser = JSON.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new ImportRefusedException(line(parser), "is not a GeoJSON FeatureCollection: it must be a JSON object");
            }
            String type = null;
            boolean features = false;
            long count = 0;
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String member = parser.currentName();
                JsonToken value = parser.nextToken();
                if (member.equals("type")) {
                    type = value == JsonToken.VALUE_STRING ? parser.getString() : String.valueOf(value);
                    if (!type.equals("FeatureCollection")) {
                        throw new ImportRefusedException(line(parser), "is not a GeoJSON FeatureCollection: its \"type\" is '"
                                + type + "'; import a FeatureCollection (a single Feature or geometry is not a file of incidents)");
                    }
                } else if (member.equals("features")) {
                    if (value != JsonToken.START_ARRAY) {
                        throw new ImportRefusedException(line(parser), "\"features\" must be an array of Features");
                    }
                    features = true;
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        long at = line(parser);
                        JsonNode feature = parser.readValueAsTree();
                        count++;
                        rows.read(count, GeoJsonFeatureRow.label(count, feature, "at line " + at), "feature " + count,
                                feature, sink);
                        if (count % 1000 == 0) {
                            progress.accept(count);
                        }
                    }
                } else {
                    parser.skipChildren();
                }
            }
            if (type == null) {
                throw new ImportRefusedException(0, "is not a GeoJSON FeatureCollection: it has no \"type\": \"FeatureCollection\"");
            }
            if (!features) {
                throw new ImportRefusedException(0, "has no \"features\" array");
            }
            progress.accept(count);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            throw new ImportRefusedException(at == null ? 0 : at.getLineNr(), "is not valid JSON"
                    + (at == null ? "" : " (column " + at.getColumnNr() + ")") + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }
}
