package org.deconfliction.atlas.geodata;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.deconfliction.atlas.geodesy.AtlasExtent;
import org.deconfliction.atlas.geodesy.Wgs84;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an RFC 7946 FeatureCollection strictly. Each feature must have a unique slug id ({@code conoco},
 * {@code al-tanf-drone-attack-2021}), a name in the given property, and a geometry whose coordinates are
 * [longitude, latitude] in range and inside the {@link AtlasExtent}. The first problem found stops the read with
 * a {@link GeodataException} naming the file, the feature and what is wrong; no feature is ever skipped.
 */
public final class FeatureCollectionReader {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * Reads all features of a FeatureCollection.
     *
     * @param file      the file's name, used in messages
     * @param in        the file's content, UTF-8
     * @param nameField the property every feature must carry as its display name ({@code name}, {@code title})
     */
    public List<GeoJsonFeature> read(String file, InputStream in, String nameField) {
        JsonNode root = parse(file, in);
        if (!root.isObject() || !"FeatureCollection".equals(root.path("type").asString(""))) {
            throw new GeodataException(file, null, "is not a GeoJSON FeatureCollection (its \"type\" must be \"FeatureCollection\")");
        }
        JsonNode features = root.get("features");
        if (features == null || !features.isArray()) {
            throw new GeodataException(file, null, "has no \"features\" array");
        }
        List<GeoJsonFeature> result = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int position = 0;
        for (JsonNode feature : features.values()) {
            position++;
            GeoJsonFeature read = readFeature(file, feature, position, nameField);
            if (!ids.add(read.id())) {
                throw new GeodataException(file, read.id(), "the id is used by more than one feature");
            }
            result.add(read);
        }
        return List.copyOf(result);
    }

    /**
     * Reads one Feature given as a JSON tree (e.g. one just built) as strictly as {@link #read} reads each feature of
     * a file: the same checks and messages, without its text being written and parsed.
     */
    public GeoJsonFeature readOne(String file, JsonNode feature, String nameField) {
        return readFeature(file, feature, 1, nameField);
    }

    private static JsonNode parse(String file, InputStream in) {
        try (in) {
            return JSON.readTree(in);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new GeodataException(file, null, "is not valid JSON" + where + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new GeodataException(file, null, "cannot be read: " + e.getMessage(), e);
        }
    }

    private static GeoJsonFeature readFeature(String file, JsonNode feature, int position, String nameField) {
        String positionLabel = "#" + position;
        if (!feature.isObject() || !"Feature".equals(feature.path("type").asString(""))) {
            throw new GeodataException(file, positionLabel, "is not a GeoJSON Feature (its \"type\" must be \"Feature\")");
        }
        JsonNode idNode = feature.get("id");
        if (idNode == null || idNode.isNull() || !idNode.isString() || idNode.stringValue().isBlank()) {
            throw new GeodataException(file, positionLabel, "has no id (every feature needs a string \"id\")");
        }
        String id = idNode.stringValue();
        if (!SLUG.matcher(id).matches()) {
            throw new GeodataException(file, id, "the id must be lower-case letters and digits joined by single hyphens");
        }
        JsonNode propertiesNode = feature.get("properties");
        if (propertiesNode == null || !propertiesNode.isObject()) {
            throw new GeodataException(file, id, "has no \"properties\" object");
        }
        FeatureProperties properties = new FeatureProperties(file, id, "", propertiesNode);
        JsonNode name = propertiesNode.get(nameField);
        if (name == null || !name.isString() || name.stringValue().isBlank()) {
            throw new GeodataException(file, id, "has no " + nameField + " (property \"" + nameField + "\" must be a non-empty string)");
        }
        return new GeoJsonFeature(id, geometry(file, id, feature.get("geometry")), properties);
    }

    private static Geometry geometry(String file, String id, JsonNode node) {
        if (node == null || node.isNull()) {
            throw new GeodataException(file, id, "has no geometry");
        }
        Geometry geometry = plainPoint(node);
        try {
            if (geometry == null) {
                geometry = new GeoJsonReader(Wgs84.FACTORY).read(node.toString());
            }
        } catch (ParseException | RuntimeException e) {
            throw new GeodataException(file, id, "the geometry is not valid GeoJSON: " + e.getMessage(), e);
        }
        if (geometry == null || geometry.isEmpty()) {
            throw new GeodataException(file, id, "the geometry is empty");
        }
        geometry.setSRID(Wgs84.SRID);
        Coordinate[] coordinates = geometry.getCoordinates();
        for (int i = 0; i < coordinates.length; i++) {
            checkCoordinate(file, id, i + 1, coordinates[i]);
        }
        return geometry;
    }

    /**
     * The point of a geometry that is just {@code {"type": "Point", "coordinates": [x, y]}} with two numbers, read
     * directly as the JTS reader would read it; null for any other geometry, which the JTS reader reads.
     */
    private static Geometry plainPoint(JsonNode node) {
        if (!node.isObject() || node.size() != 2 || !"Point".equals(node.path("type").asString(""))) {
            return null;
        }
        JsonNode xy = node.get("coordinates");
        if (xy == null || !xy.isArray() || xy.size() != 2 || !xy.get(0).isNumber() || !xy.get(1).isNumber()) {
            return null;
        }
        return Wgs84.FACTORY.createPoint(new Coordinate(xy.get(0).doubleValue(), xy.get(1).doubleValue()));
    }

    private static void checkCoordinate(String file, String id, int number, Coordinate c) {
        boolean outOfRange = !Double.isFinite(c.x) || !Double.isFinite(c.y) || Math.abs(c.x) > 180 || Math.abs(c.y) > 90;
        if (!outOfRange && !AtlasExtent.looksSwapped(c) && AtlasExtent.contains(c)) {
            return;
        }
        String shown = String.format(Locale.ROOT, "coordinate %d [%s, %s]", number, c.x, c.y);
        if (!Double.isFinite(c.x) || !Double.isFinite(c.y) || Math.abs(c.x) > 180 || Math.abs(c.y) > 90) {
            throw new GeodataException(file, id, shown + " is out of range: longitude must be within ±180 and latitude within ±90 degrees");
        }
        if (AtlasExtent.looksSwapped(c)) {
            throw new GeodataException(file, id, shown + " looks like [latitude, longitude]; GeoJSON wants [longitude, latitude]");
        }
        if (!AtlasExtent.contains(c)) {
            throw new GeodataException(file, id, String.format(Locale.ROOT,
                    "%s lies outside the area the atlas covers (longitude %s to %s, latitude %s to %s)", shown,
                    AtlasExtent.MIN_LON, AtlasExtent.MAX_LON, AtlasExtent.MIN_LAT, AtlasExtent.MAX_LAT));
        }
    }
}
