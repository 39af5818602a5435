package org.deconfliction.atlas.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.IntFunction;
import org.deconfliction.atlas.geodata.GeoJsonEncoder;
import org.deconfliction.atlas.geodesy.AtlasExtent;
import org.locationtech.jts.geom.Envelope;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /api/collections}, {@code /api/collections/{id}} and {@code /api/collections/{id}/items}: the
 * published layers and their features as GeoJSON ({@code application/geo+json}).
 */
@RestController
@RequestMapping("/api/collections")
class CollectionsController {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");
    private static final String CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final FeatureCollectionCatalog catalog;

    CollectionsController(FeatureCollectionCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    ObjectNode collections() {
        ObjectNode body = NODES.objectNode();
        ArrayNode links = body.putArray("links");
        link(links, base() + "/api/collections", "self", "application/json", "This document");
        ArrayNode collections = body.putArray("collections");
        catalog.all().forEach(entry -> collections.add(describe(entry)));
        return body;
    }

    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ObjectNode collection(@PathVariable String id) {
        return describe(entry(id));
    }

    @GetMapping(path = "/{id}/items", produces = {"application/geo+json", MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<ObjectNode> items(@PathVariable String id, @RequestParam Map<String, String> parameters) {
        return items(id, parameters, false);
    }

    /**
     * The same items query with its parameters in a form body, for values too long for a URL (a drawn region of
     * more than a few hundred vertices exceeds the server's 8 KB limit on the request line). The paging links
     * are GET URLs holding every parameter.
     */
    @PostMapping(path = "/{id}/items", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
            produces = {"application/geo+json", MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<ObjectNode> itemsByForm(@PathVariable String id, @RequestParam Map<String, String> parameters) {
        return items(id, parameters, true);
    }

    private ResponseEntity<ObjectNode> items(String id, Map<String, String> parameters, boolean form) {
        FeatureCollectionCatalog.Entry entry = entry(id);
        ItemsQuery query = ItemsQuery.parse(parameters);
        FeaturePage page = entry.items().apply(query);
        ObjectNode body = GeoJsonEncoder.featureCollection(page.features());
        body.put("numberMatched", page.numberMatched());
        body.put("numberReturned", page.features().size());
        body.put("timeStamp", Instant.now().toString());
        ArrayNode links = body.putArray("links");
        IntFunction<String> pageLink = form ? offset -> formPageLink(parameters, offset) : CollectionsController::pageLink;
        link(links, pageLink.apply(query.offset()), "self", GEO_JSON.toString(), "These features");
        if (query.offset() + page.features().size() < page.numberMatched()) {
            link(links, pageLink.apply(query.offset() + query.limit()), "next", GEO_JSON.toString(), "Next page");
        }
        if (query.offset() > 0) {
            link(links, pageLink.apply(Math.max(0, query.offset() - query.limit())), "prev", GEO_JSON.toString(), "Previous page");
        }
        link(links, base() + "/api/collections/" + id, "collection", "application/json", entry.title());
        return ResponseEntity.ok().contentType(GEO_JSON).body(body);
    }

    /** This request's URL with the offset replaced. */
    private static String pageLink(int offset) {
        return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("offset", offset).build().toUriString();
    }

    /** A GET URL for this request's path with the given parameters and offset. */
    private static String formPageLink(Map<String, String> parameters, int offset) {
        StringJoiner query = new StringJoiner("&");
        parameters.forEach((name, value) -> {
            if (!name.equals("offset")) {
                query.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        query.add("offset=" + offset);
        return ServletUriComponentsBuilder.fromCurrentRequestUri().replaceQuery(query.toString()).build(true).toUriString();
    }

    @ExceptionHandler(UnknownCollectionException.class)
    ResponseEntity<ProblemDetail> unknown(UnknownCollectionException e) {
        return ApiProblems.of(HttpStatus.NOT_FOUND, "Unknown collection", "collectionId",
                "There is no collection '" + e.id() + "'; GET /api/collections lists them.");
    }

    private FeatureCollectionCatalog.Entry entry(String id) {
        return catalog.find(id).orElseThrow(() -> new UnknownCollectionException(id));
    }

    private ObjectNode describe(FeatureCollectionCatalog.Entry entry) {
        ObjectNode c = NODES.objectNode();
        c.put("id", entry.id());
        c.put("title", entry.title());
        c.put("description", entry.description());
        c.put("itemType", "feature");
        c.putArray("crs").add(CRS84);
        if (entry.dated()) {
            c.putObject("extent").putObject("temporal").putArray("interval").addArray().add("2014-01-01T00:00:00Z").add("2021-12-31T23:59:59Z");
        }
        ObjectNode extent = c.has("extent") ? (ObjectNode) c.get("extent") : c.putObject("extent");
        ObjectNode spatial = extent.putObject("spatial");
        Envelope box = entry.extent() == null ? AtlasExtent.ENVELOPE : entry.extent();
        spatial.putArray("bbox").addArray().add(box.getMinX()).add(box.getMinY()).add(box.getMaxX()).add(box.getMaxY());
        spatial.put("crs", CRS84);
        ArrayNode links = c.putArray("links");
        String self = base() + "/api/collections/" + entry.id();
        link(links, self, "self", "application/json", entry.title());
        link(links, self + "/items", "items", GEO_JSON.toString(), entry.title() + " as GeoJSON");
        return c;
    }

    private static void link(ArrayNode links, String href, String rel, String type, String title) {
        links.addObject().put("href", href).put("rel", rel).put("type", type).put("title", title);
    }

    private static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
    }

    /** A collection id that the catalog does not know. */
    static final class UnknownCollectionException extends RuntimeException {
        private final String id;

        UnknownCollectionException(String id) {
            super("unknown collection " + id);
            this.id = id;
        }

        String id() {
            return id;
        }
    }
}
