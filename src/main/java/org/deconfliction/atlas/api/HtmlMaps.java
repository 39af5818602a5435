package org.deconfliction.atlas.api;

import static org.deconfliction.atlas.api.HtmlPage.escape;
import static org.deconfliction.atlas.api.HtmlPage.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The HTML pages of features: a page of items (a small Leaflet map of the page, a table of its features linking
 * to each feature's page, the count and the previous and next pages) and one feature (its map and every
 * property). Leaflet comes from the application itself ({@code /webjars/leaflet/}); the features reach the map as a
 * JSON block that the page's script parses, with {@code <}, {@code >} and {@code &} escaped so no value can end
 * the block; names shown on the map are set as text. Background tiles come from {@code atlas.map.tiles.url},
 * none on the plain background.
 */
final class HtmlMaps {

    static final String LEAFLET = "/webjars/leaflet/1.9.4/dist/";
    private static final List<String> COLUMNS = List.of("title", "name", "dateStart", "category", "kind", "answer");

    private final String tilesUrl;
    private final String tilesAttribution;

    HtmlMaps(String tilesUrl, String tilesAttribution) {
        this.tilesUrl = tilesUrl;
        this.tilesAttribution = tilesAttribution;
    }

    String items(ObjectNode collection, String breadcrumbs) {
        String title = collectionTitle(collection);
        HtmlPage page = new HtmlPage(title, breadcrumbs);
        int returned = collection.path("numberReturned").asInt(collection.path("features").size());
        page.text("p", returned + " of " + collection.path("numberMatched").asInt(returned) + " features");
        map(page, collection);
        List<String> columns = new ArrayList<>();
        for (String column : COLUMNS) {
            for (JsonNode feature : collection.path("features")) {
                if (feature.path("properties").has(column)) {
                    columns.add(column);
                    break;
                }
            }
        }
        page.markup("<table><tr><th>id</th>");
        columns.forEach(column -> page.markup("<th>" + escape(column) + "</th>"));
        page.markup("</tr>");
        String items = HtmlPages.href(collection, "collection");
        for (JsonNode feature : collection.path("features")) {
            String id = feature.path("id").asString();
            page.markup("<tr><td>" + (items == null ? escape(id) : link(items + "/items/" + encode(id), id)) + "</td>");
            columns.forEach(column -> page.markup("<td>" + escape(scalar(feature.path("properties").get(column))) + "</td>"));
            page.markup("</tr>");
        }
        page.markup("</table><nav>");
        String previous = HtmlPages.href(collection, "prev");
        String next = HtmlPages.href(collection, "next");
        if (previous != null) {
            page.markup(link(previous, "‹ previous page"));
        }
        if (next != null) {
            page.markup(link(next, "next page ›"));
        }
        page.markup("</nav>");
        return HtmlPages.links(page, collection).end();
    }

    String feature(ObjectNode feature, String breadcrumbs) {
        JsonNode properties = feature.path("properties");
        String title = properties.path("title").asString(properties.path("name").asString(feature.path("id").asString()));
        HtmlPage page = new HtmlPage(title, breadcrumbs);
        map(page, feature);
        page.markup("<table><tr><th>id</th><td>" + escape(feature.path("id").asString()) + "</td></tr>");
        for (Map.Entry<String, JsonNode> property : properties.properties()) {
            JsonNode value = property.getValue();
            page.markup("<tr><th>" + escape(property.getKey()) + "</th><td>"
                    + (value.isContainer() ? "<pre>" + escape(value.toPrettyString()) + "</pre>" : escape(scalar(value)))
                    + "</td></tr>");
        }
        page.markup("</table>");
        return HtmlPages.links(page, feature).end();
    }

    /** The map of a feature or a page of them, drawn by the page's script from the JSON block. */
    private void map(HtmlPage page, ObjectNode geoJson) {
        ObjectNode shown = geoJson.deepCopy();
        shown.remove("links");
        String data = shown.toString().replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        page.markup("<link rel=\"stylesheet\" href=\"" + LEAFLET + "leaflet.css\"><div id=\"map\" data-tiles=\""
                + escape(tilesUrl) + "\" data-attribution=\"" + escape(tilesAttribution) + "\"></div>"
                + "<script type=\"application/json\" id=\"features\">" + data + "</script>"
                + "<script src=\"" + LEAFLET + "leaflet.js\"></script><script>" + SCRIPT + "</script>");
    }

    private static final String SCRIPT = """
            (function () {
              var box = document.getElementById('map');
              var data = JSON.parse(document.getElementById('features').textContent);
              var lonLat = true;
              var shapes = data.type === 'Feature' ? [data.geometry] : data.features.map(function (f) { return f.geometry; });
              JSON.stringify(shapes, function (k, v) {
                if (typeof v === 'number' && Math.abs(v) > 180) { lonLat = false; }
                return v;
              });
              if (!window.L || !lonLat) { box.textContent = 'No map: the geometries are not in longitude and latitude.'; return; }
              var map = L.map(box);
              if (box.dataset.tiles) {
                L.tileLayer(box.dataset.tiles, {maxZoom: 18, attribution: box.dataset.attribution}).addTo(map);
              }
              var layer = L.geoJSON(data, {
                pointToLayer: function (f, at) { return L.circleMarker(at, {radius: 5, weight: 1}); },
                onEachFeature: function (f, shape) {
                  var name = document.createElement('span');
                  name.textContent = (f.properties && (f.properties.title || f.properties.name)) || f.id || '';
                  shape.bindTooltip(name);
                }
              }).addTo(map);
              if (layer.getBounds().isValid()) { map.fitBounds(layer.getBounds(), {maxZoom: 9, padding: [20, 20]}); }
              else { map.setView([35, 40], 6); }
            })();
            """;

    private static String collectionTitle(ObjectNode collection) {
        for (JsonNode link : collection.path("links")) {
            if (link.path("rel").asString().equals("collection")) {
                return link.path("title").asString("Items");
            }
        }
        return "Items";
    }

    private static String scalar(JsonNode value) {
        return value == null || value.isNull() || value.isMissingNode() ? "" : value.isString() ? value.asString() : value.toString();
    }

    private static String encode(String id) {
        return java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
