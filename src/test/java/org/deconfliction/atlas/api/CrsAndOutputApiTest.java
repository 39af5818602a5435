package org.deconfliction.atlas.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Part 2 CRS ({@code crs}, {@code bbox-crs}, {@code Content-Crs}) and the output parameters sortby, properties, skipGeometry. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CrsAndOutputApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String EPSG_4326 = "http://www.opengis.net/def/crs/EPSG/0/4326";
    private static final String EPSG_3857 = "http://www.opengis.net/def/crs/EPSG/0/3857";

    @Value("${local.server.port}")
    int port;

    private HttpResponse<String> get(String path) throws Exception {
        return LocalApi.get(port, path);
    }

    private JsonNode json(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    @Test
    void epsg4326PutsLatitudeFirstAndSaysSoInContentCrs() throws Exception {
        HttpResponse<String> response = get("/api/collections/sites/items/al-tanf?crs=" + EPSG_4326);
        JsonNode lonLat = json("/api/collections/sites/items/al-tanf").at("/geometry/coordinates");
        JsonNode latLon = JSON.readTree(response.body()).at("/geometry/coordinates");

        assertThat(response.headers().firstValue("Content-Crs")).contains("<" + EPSG_4326 + ">");
        assertThat(latLon.get(0).asDouble()).isEqualTo(lonLat.get(1).asDouble());
        assertThat(latLon.get(1).asDouble()).isEqualTo(lonLat.get(0).asDouble());
        assertThat(get("/api/collections/sites/items").headers().firstValue("Content-Crs"))
                .contains("<http://www.opengis.net/def/crs/OGC/1.3/CRS84>");
    }

    @Test
    void epsg3857IsWebMercatorMetres() throws Exception {
        JsonNode lonLat = json("/api/collections/sites/items/al-tanf").at("/geometry/coordinates");
        JsonNode metres = json("/api/collections/sites/items/al-tanf?crs=EPSG:3857").at("/geometry/coordinates");
        double lon = lonLat.get(0).asDouble();
        double lat = lonLat.get(1).asDouble();

        // EPSG:3857's defining formulas on the WGS84 semi-major axis; 1° of longitude is 111,319.49 m on it.
        assertThat(metres.get(0).asDouble()).isCloseTo(lon * 111_319.490793, within(0.01));
        assertThat(metres.get(1).asDouble()).isCloseTo(6_378_137 * Math.log(Math.tan(Math.PI / 4 + Math.toRadians(lat) / 2)), within(0.01));
        assertThat(metres.get(1).asDouble()).isBetween(3_900_000.0, 4_000_000.0);
    }

    @Test
    void aBoxInEpsg4326IsReadLatitudeFirstAndInEpsg3857AsMetres() throws Exception {
        List<String> lonLat = ids(json("/api/collections/incidents/items?bbox=38.0123,34.0123,42.0123,37.0123&limit=1000"));
        List<String> latLon = ids(json("/api/collections/incidents/items?bbox=34.0123,38.0123,37.0123,42.0123&bbox-crs=" + EPSG_4326 + "&limit=1000"));
        double west = 38.0123 * 111_319.490793;
        double east = 42.0123 * 111_319.490793;
        double south = 6_378_137 * Math.log(Math.tan(Math.PI / 4 + Math.toRadians(34.0123) / 2));
        double north = 6_378_137 * Math.log(Math.tan(Math.PI / 4 + Math.toRadians(37.0123) / 2));
        List<String> mercator = ids(json("/api/collections/incidents/items?bbox=" + west + "," + south + "," + east + "," + north
                + "&bbox-crs=" + EPSG_3857 + "&limit=1000"));

        assertThat(lonLat).isNotEmpty();
        assertThat(latLon).isEqualTo(lonLat);
        assertThat(mercator).isEqualTo(lonLat);
    }

    @Test
    void aBoxInEpsg3857ThroughTheOutermostIncidentsStillHoldsThem() throws Exception {
        List<String> all = ids(json("/api/collections/incidents/items?limit=1000"));
        JsonNode box = json("/api/collections/incidents").at("/extent/spatial/bbox/0");
        double[] metres = new double[4];
        for (int corner = 0; corner < 2; corner++) {
            double lon = box.get(corner * 2).asDouble();
            double lat = box.get(corner * 2 + 1).asDouble();
            // written with 7 decimals, as the OGC test suite writes the box of an extent it turned into metres
            metres[corner * 2] = Math.round(6_378_137 * Math.toRadians(lon) * 1e7) / 1e7;
            metres[corner * 2 + 1] = Math.round(6_378_137 * Math.log(Math.tan(Math.PI / 4 + Math.toRadians(lat) / 2)) * 1e7) / 1e7;
        }
        List<String> mercator = ids(json("/api/collections/incidents/items?limit=1000&bbox-crs=" + EPSG_3857 + "&bbox="
                + metres[0] + "," + metres[1] + "," + metres[2] + "," + metres[3]));

        assertThat(mercator).isEqualTo(all);
    }

    @Test
    void anUnsupportedCrsIsA400NamingTheParameter() throws Exception {
        for (String parameter : List.of("crs", "bbox-crs")) {
            HttpResponse<String> response = get("/api/collections/incidents/items?bbox=1,2,3,4&" + parameter + "=EPSG:32637");
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(JSON.readTree(response.body()).get("parameter").asString()).isEqualTo(parameter);
        }
        assertThat(json("/api/collections/incidents").get("crs").toString()).contains(EPSG_4326, EPSG_3857, "CRS84");
    }

    @Test
    void sortbyOrdersByAPropertyEitherWay() throws Exception {
        List<String> newestFirst = values(json("/api/collections/incidents/items?sortby=-dateStart&limit=1000"), "dateStart");
        List<String> oldestFirst = values(json("/api/collections/incidents/items?sortby=%2BdateStart&limit=1000"), "dateStart");

        assertThat(newestFirst).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(oldestFirst).isSorted();
        List<String> killed = values(json("/api/collections/incidents/items?sortby=-killedMax&limit=1000"), "killedMax");
        List<Integer> known = killed.stream().filter(k -> !k.equals("null")).map(Integer::valueOf).toList();
        assertThat(known).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(killed.subList(known.size(), killed.size())).containsOnly("null");
        assertThat(get("/api/collections/incidents/items?sortby=tanks").statusCode()).isEqualTo(400);
    }

    @Test
    void propertiesAndSkipGeometryTrimTheFeatures() throws Exception {
        JsonNode trimmed = json("/api/collections/incidents/items?properties=title,dateStart&skipGeometry=true&limit=3");

        for (JsonNode feature : trimmed.get("features")) {
            assertThat(feature.get("properties").propertyNames()).containsExactlyInAnyOrder("title", "dateStart");
            assertThat(feature.get("geometry").isNull()).isTrue();
        }
        assertThat(get("/api/collections/incidents/items?properties=tanks").statusCode()).isEqualTo(400);
        assertThat(get("/api/collections/incidents/items?skipGeometry=yes").statusCode()).isEqualTo(400);
    }

    private static List<String> ids(JsonNode collection) {
        return values(collection, null);
    }

    private static List<String> values(JsonNode collection, String property) {
        List<String> values = new ArrayList<>();
        collection.get("features").forEach(f -> values.add(property == null ? f.get("id").asString()
                : f.get("properties").get(property).isNull() ? "null" : f.get("properties").get(property).asString()));
        return values;
    }
}
