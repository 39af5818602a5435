package org.deconfliction.atlas.geodata;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Typed, strict access to the {@code properties} of one feature (or to an object nested in them). Every accessor
 * either returns a usable value or throws a {@link GeodataException} naming the file, the feature and the field
 * path, so a reader never has to invent a default for a value the data got wrong.
 */
public final class FeatureProperties {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TIME_OF_DAY = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern SEED_FILE = Pattern.compile("\\d{3}_[0-9a-f]{16}\\.txt");

    private final String file;
    private final String featureId;
    private final String path;
    private final JsonNode node;

    FeatureProperties(String file, String featureId, String path, JsonNode node) {
        this.file = file;
        this.featureId = featureId;
        this.path = path;
        this.node = node;
    }

    /** A problem with this feature, naming the field. */
    public GeodataException problem(String field, String what) {
        return new GeodataException(file, featureId, "field '" + path + field + "' " + what);
    }

    private JsonNode present(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw problem(field, "is missing");
        }
        return value;
    }

    private boolean absent(String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull();
    }

    /** A required, non-blank string. */
    public String text(String field) {
        JsonNode value = present(field);
        if (!value.isString() || value.stringValue().isBlank()) {
            throw problem(field, "must be a non-empty string, was " + value);
        }
        return value.stringValue();
    }

    /** An optional string: null when the field is absent or null, otherwise it must be a non-blank string. */
    public String optionalText(String field) {
        return absent(field) ? null : text(field);
    }

    /** A required two-letter ISO 3166-1 country code such as SY. */
    public String countryCode(String field) {
        String code = text(field);
        if (!COUNTRY.matcher(code).matches()) {
            throw problem(field, "must be a two-letter ISO 3166-1 code such as SY, was '" + code + "'");
        }
        return code;
    }

    /** A required array of non-blank strings; may be empty. */
    public List<String> textList(String field) {
        JsonNode value = present(field);
        if (!value.isArray()) {
            throw problem(field, "must be an array of strings, was " + value);
        }
        List<String> items = new ArrayList<>();
        for (JsonNode item : value.values()) {
            if (!item.isString() || item.stringValue().isBlank()) {
                throw problem(field, "must hold only non-empty strings, found " + item);
            }
            items.add(item.stringValue());
        }
        return List.copyOf(items);
    }

    /** A required string that must be the code of one of the given values. */
    public <E> E oneOf(String field, E[] values, Function<E, String> code) {
        String text = text(field);
        for (E value : values) {
            if (code.apply(value).equals(text)) {
                return value;
            }
        }
        throw problem(field, "is '" + text + "', which is not one of " + Arrays.stream(values).map(code).toList());
    }

    /** A required number greater than zero. */
    public double positiveNumber(String field) {
        JsonNode value = present(field);
        if (!value.isNumber() || !(value.doubleValue() > 0) || Double.isInfinite(value.doubleValue())) {
            throw problem(field, "must be a number greater than zero, was " + value);
        }
        return value.doubleValue();
    }

    /** A required whole number of zero or more. */
    public int count(String field) {
        present(field);
        return optionalCount(field);
    }

    /** An optional whole number of zero or more; null when absent. */
    public Integer optionalCount(String field) {
        if (absent(field)) {
            return null;
        }
        JsonNode value = node.get(field);
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 0) {
            throw problem(field, "must be a whole number of zero or more, was " + value);
        }
        return value.intValue();
    }

    /** An optional boolean, with the value to use when it is absent. */
    public boolean flag(String field, boolean whenAbsent) {
        if (absent(field)) {
            return whenAbsent;
        }
        JsonNode value = node.get(field);
        if (!value.isBoolean()) {
            throw problem(field, "must be true or false, was " + value);
        }
        return value.booleanValue();
    }

    /** A required calendar date written as YYYY-MM-DD. */
    public LocalDate date(String field) {
        String text = text(field);
        if (!ISO_DATE.matcher(text).matches()) {
            throw problem(field, "must be a date written YYYY-MM-DD, was '" + text + "'");
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw problem(field, "is not a date that exists: '" + text + "'");
        }
    }

    /** An optional local time of day written HH:MM on the 24-hour clock (00:00 to 23:59); null when absent. */
    public LocalTime optionalTimeOfDay(String field) {
        String text = optionalText(field);
        if (text == null) {
            return null;
        }
        if (!TIME_OF_DAY.matcher(text).matches()) {
            throw problem(field, "must be a time of day written HH:MM from 00:00 to 23:59, was '" + text + "'");
        }
        return LocalTime.parse(text);
    }

    /** A required nested object. */
    public FeatureProperties object(String field) {
        JsonNode value = present(field);
        if (!value.isObject()) {
            throw problem(field, "must be an object, was " + value);
        }
        return new FeatureProperties(file, featureId, path + field + ".", value);
    }

    /** An optional nested object: null when absent or null. */
    public FeatureProperties optionalObject(String field) {
        return absent(field) ? null : object(field);
    }

    /** A required array of objects; may be empty. */
    public List<FeatureProperties> objects(String field) {
        JsonNode value = present(field);
        if (!value.isArray()) {
            throw problem(field, "must be an array of objects, was " + value);
        }
        List<FeatureProperties> items = new ArrayList<>();
        int index = 0;
        for (JsonNode item : value.values()) {
            String itemPath = path + field + "[" + index++ + "]";
            if (!item.isObject()) {
                throw new GeodataException(file, featureId, "field '" + itemPath + "' must be an object, was " + item);
            }
            items.add(new FeatureProperties(file, featureId, itemPath + ".", item));
        }
        return List.copyOf(items);
    }

    /**
     * The required {@code sources} array: at least one reference, each with a title, an optional publisher and the
     * file name of a source document ({@code NNN_hhhhhhhhhhhhhhhh.txt}), or no {@code seed} (null) for a source the
     * project holds no copy of.
     */
    public List<SourceReference> sources() {
        List<FeatureProperties> items = objects("sources");
        if (items.isEmpty()) {
            throw problem("sources", "must name at least one source document");
        }
        List<SourceReference> sources = new ArrayList<>();
        for (FeatureProperties item : items) {
            String seed = item.optionalText("seed");
            if (seed != null && !SEED_FILE.matcher(seed).matches()) {
                throw item.problem("seed", "must be a source document file name like 000_5de0546176a6674a.txt, was '" + seed + "'");
            }
            sources.add(new SourceReference(item.text("title"), item.optionalText("publisher"), seed));
        }
        return List.copyOf(sources);
    }
}
