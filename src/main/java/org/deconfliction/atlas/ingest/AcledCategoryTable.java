package org.deconfliction.atlas.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.deconfliction.atlas.incident.IncidentCategory;

/**
 * ACLED's {@code event_type} and {@code sub_event_type} to atlas categories, from a properties table (the shipped
 * {@code ingest/acled-categories.properties} or one the operator configures): the pair first, then the event type
 * alone, else {@link IncidentCategory#OTHER}, so no event is ever dropped for its type.
 */
final class AcledCategoryTable {

    private final Map<String, IncidentCategory> categories;

    private AcledCategoryTable(Map<String, IncidentCategory> categories) {
        this.categories = Map.copyOf(categories);
    }

    /** The table shipped with the atlas. */
    static AcledCategoryTable shipped() {
        try (InputStream in = AcledCategoryTable.class.getResourceAsStream("/ingest/acled-categories.properties")) {
            return read(in, "ingest/acled-categories.properties");
        } catch (IOException e) {
            throw new IllegalStateException("the shipped ACLED category table cannot be read", e);
        }
    }

    /** A table read from properties text; a value that is no category code is refused naming the key. */
    static AcledCategoryTable read(InputStream in, String name) throws IOException {
        Properties table = new Properties();
        table.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        Map<String, IncidentCategory> categories = new HashMap<>();
        for (String key : table.stringPropertyNames()) {
            String code = table.getProperty(key).strip();
            IncidentCategory category = Arrays.stream(IncidentCategory.values()).filter(c -> c.code().equals(code))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException(name + ": '" + key + "' maps to '" + code
                            + "', which is not one of " + Arrays.stream(IncidentCategory.values()).map(IncidentCategory::code).toList()));
            categories.put(key.strip(), category);
        }
        return new AcledCategoryTable(categories);
    }

    /** The category of an event of the given type and sub-type (either may be null or blank). */
    IncidentCategory category(String eventType, String subEventType) {
        String type = eventType == null ? "" : eventType.strip();
        IncidentCategory pair = categories.get(type + "|" + (subEventType == null ? "" : subEventType.strip()));
        return pair != null ? pair : categories.getOrDefault(type, IncidentCategory.OTHER);
    }
}
