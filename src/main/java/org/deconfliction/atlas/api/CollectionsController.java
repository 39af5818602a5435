package org.deconfliction.atlas.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.deconfliction.atlas.geodata.GeoJsonEncoder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /api/collections}, {@code /api/collections/{id}}, {@code /api/collections/{id}/items} and
 * {@code /api/collections/{id}/items/{featureId}}: the published layers and their features as GeoJSON
 * ({@code application/geo+json}), with the {@code Content-Crs} of the geometries; and
 * {@code /api/collections/{id}/queryables}, the properties filters may use.
 */
@RestController
@RequestMapping("/api/collections")
class CollectionsController {

    /** The query parameters every collection's items take. */
    static final Set<String> ITEMS_PARAMETERS = Set.of("bbox", "bbox-crs", "datetime", "limit", "offset", "crs",
            "sortby", "properties", "skipGeometry", "filter", "filter-lang", "filter-crs");
    static final MediaType GEO_JSON = MediaType.parseMediaType(ApiLinks.GEO_JSON);

    private final FeatureCollectionCatalog catalog;
    private final FeatureFilters filters;

    CollectionsController(FeatureCollectionCatalog catalog, FeatureFilters filters) {
        this.catalog = catalog;
        this.filters = filters;
    }

    @GetMapping(produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.TEXT_HTML_VALUE})
    ResponseEntity<ObjectNode> collections(@RequestParam Map<String, String> parameters) {
        QueryParameters.requireKnown(parameters, Set.of());
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ArrayNode links = body.putArray("links");
        ApiLinks.add(links, ApiLinks.base() + "/collections", "self", ApiLinks.JSON, "This document");
        ApiLinks.add(links, ApiLinks.base() + "/collections?f=html", "alternate", ApiLinks.HTML, "This document as HTML");
        ArrayNode collections = body.putArray("collections");
        catalog.all().forEach(entry -> collections.add(CollectionDescriptions.describe(entry)));
        return ResponseEntity.ok().contentType(ApiFormat.type(MediaType.APPLICATION_JSON)).body(body);
    }

    @GetMapping(path = "/{id}", produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.TEXT_HTML_VALUE})
    ResponseEntity<ObjectNode> collection(@PathVariable String id, @RequestParam Map<String, String> parameters) {
        FeatureCollectionCatalog.Entry entry = entry(id);
        QueryParameters.requireKnown(parameters, Set.of());
        ObjectNode description = CollectionDescriptions.describe(entry);
        ApiLinks.add((ArrayNode) description.get("links"), ApiLinks.base() + "/collections/" + id + "?f=html", "alternate",
                ApiLinks.HTML, "This document as HTML");
        return ResponseEntity.ok().contentType(ApiFormat.type(MediaType.APPLICATION_JSON)).body(description);
    }

    @GetMapping(path = "/{id}/items", produces = {ApiLinks.GEO_JSON, MediaType.APPLICATION_JSON_VALUE, MediaType.TEXT_HTML_VALUE})
    ResponseEntity<ObjectNode> items(@PathVariable String id, @RequestParam Map<String, String> parameters) {
        return items(id, parameters, false);
    }

    /**
     * The same items query with its parameters in a form body, for values too long for a URL (a drawn region or
     * a filter of more than a few hundred vertices exceeds the server's 8 KB limit on the request line). The
     * paging links are GET URLs holding every parameter.
     */
    @PostMapping(path = "/{id}/items", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
            produces = {ApiLinks.GEO_JSON, MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<ObjectNode> itemsByForm(@PathVariable String id, @RequestParam Map<String, String> parameters) {
        return items(id, parameters, true);
    }

    @GetMapping(path = "/{id}/items/{featureId}", produces = {ApiLinks.GEO_JSON, MediaType.APPLICATION_JSON_VALUE, MediaType.TEXT_HTML_VALUE})
    ResponseEntity<ObjectNode> item(@PathVariable String id, @PathVariable String featureId, @RequestParam Map<String, String> parameters) {
        FeatureCollectionCatalog.Entry entry = entry(id);
        QueryParameters.requireKnown(parameters, Set.of("crs", "properties", "skipGeometry"));
        OutputCrs crs = OutputCrs.parse("crs", parameters.get("crs"));
        ObjectNode feature = entry.item().apply(featureId).orElseThrow(() -> new UnknownFeatureException(id, featureId));
        ObjectNode written = FeatureOutput.written(feature, FeatureOutput.chosenProperties(parameters, filters.propertyNames(entry)),
                FeatureOutput.skipGeometry(parameters), crs);
        ArrayNode links = written.putArray("links");
        String collection = ApiLinks.base() + "/collections/" + id;
        ApiLinks.add(links, collection + "/items/" + URLEncoder.encode(featureId, StandardCharsets.UTF_8).replace("+", "%20"),
                "self", ApiLinks.GEO_JSON, "This feature");
        ApiLinks.add(links, collection + "/items/" + URLEncoder.encode(featureId, StandardCharsets.UTF_8).replace("+", "%20")
                + "?f=html", "alternate", ApiLinks.HTML, "This feature as HTML");
        ApiLinks.add(links, collection, "collection", ApiLinks.JSON, entry.title());
        return ResponseEntity.ok().contentType(ApiFormat.type(GEO_JSON)).header("Content-Crs", "<" + crs.uri() + ">").body(written);
    }

    @GetMapping(path = "/{id}/queryables", produces = {"application/schema+json", MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<ObjectNode> queryables(@PathVariable String id, @RequestParam Map<String, String> parameters,
            @RequestHeader(name = "Accept", required = false) String accept) {
        FeatureCollectionCatalog.Entry entry = entry(id);
        QueryParameters.requireKnown(parameters, Set.of());
        // JSON Schema's own media type when asked for (or for any type); plain JSON for clients that ask only for
        // that, such as GDAL, which refuses a document of any other type.
        boolean schemaType = accept == null || accept.contains("application/schema+json") || accept.contains("*/*");
        return ResponseEntity.ok().contentType(schemaType ? MediaType.parseMediaType("application/schema+json") : MediaType.APPLICATION_JSON)
                .body(filters.queryables(entry).schema(ApiLinks.base() + "/collections/" + id + "/queryables", entry.title()));
    }

    private ResponseEntity<ObjectNode> items(String id, Map<String, String> parameters, boolean form) {
        FeatureCollectionCatalog.Entry entry = entry(id);
        QueryParameters.requireKnown(parameters, Stream.concat(ITEMS_PARAMETERS.stream(), entry.ownParameters().stream())
                .collect(Collectors.toSet()));
        ItemsQuery query = ItemsQuery.parse(parameters);
        Set<String> known = filters.propertyNames(entry);
        Set<String> chosen = FeatureOutput.chosenProperties(parameters, known);
        boolean skipGeometry = FeatureOutput.skipGeometry(parameters);
        List<ObjectNode> unwritten;
        int numberMatched;
        if (entry.pages() != null && java.util.stream.Stream.of("filter", "filter-lang", "filter-crs", "sortby").noneMatch(parameters::containsKey)
                && (query.bbox() == null || query.bbox().parts().size() == 1)) {
            IncidentItems.Page shortcut = entry.pages().apply(query);
            unwritten = shortcut.features();
            numberMatched = shortcut.numberMatched();
        } else if (entry.filtered() != null) {
            Cql2 filter = filters.parse(entry, parameters);
            FeatureOutput.order(parameters, known); // refuses a sortby that names no property
            FilteredIncidentPages.Selected selected = entry.filtered().apply(new FilteredIncidentPages.Request(query, filter,
                    FeatureOutput.sortKeys(parameters)));
            unwritten = selected.page();
            numberMatched = selected.numberMatched();
        } else {
            List<ObjectNode> matched = FeatureOutput.sorted(filters.apply(entry, parameters, entry.items().apply(query)), parameters, known);
            int from = Math.min(query.offset(), matched.size());
            unwritten = matched.subList(from, (int) Math.min((long) from + query.limit(), matched.size()));
            numberMatched = matched.size();
        }
        List<ObjectNode> page = unwritten.stream().map(feature -> FeatureOutput.written(feature, chosen, skipGeometry, query.crs())).toList();
        int to = query.offset() + page.size();
        ObjectNode body = GeoJsonEncoder.featureCollection(page);
        body.put("numberMatched", numberMatched);
        body.put("numberReturned", page.size());
        body.put("timeStamp", Instant.now().toString());
        ArrayNode links = body.putArray("links");
        IntFunction<String> pageLink = form ? offset -> formPageLink(parameters, offset) : CollectionsController::pageLink;
        ApiLinks.add(links, pageLink.apply(query.offset()), "self", ApiLinks.GEO_JSON, "These features");
        if (to < numberMatched) {
            ApiLinks.add(links, pageLink.apply(query.offset() + query.limit()), "next", ApiLinks.GEO_JSON, "Next page");
        }
        if (query.offset() > 0) {
            ApiLinks.add(links, pageLink.apply(Math.max(0, query.offset() - query.limit())), "prev", ApiLinks.GEO_JSON, "Previous page");
        }
        ApiLinks.add(links, ApiLinks.base() + "/collections/" + id, "collection", ApiLinks.JSON, entry.title());
        if (!form) {
            ApiLinks.add(links, UriComponentsBuilder.fromUriString(ApiLinks.current()).replaceQueryParam("f", "html").build().toUriString(),
                    "alternate", ApiLinks.HTML, "These features as HTML");
        }
        return ResponseEntity.ok().contentType(ApiFormat.type(GEO_JSON)).header("Content-Crs", "<" + query.crs().uri() + ">").body(body);
    }

    /** This request's URL with the offset replaced. */
    private static String pageLink(int offset) {
        return UriComponentsBuilder.fromUriString(ApiLinks.current()).replaceQueryParam("offset", offset).build().toUriString();
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
        return ApiLinks.currentPath() + "?" + query;
    }

    @ExceptionHandler(UnknownCollectionException.class)
    ResponseEntity<ProblemDetail> unknown(UnknownCollectionException e) {
        return ApiProblems.of(HttpStatus.NOT_FOUND, "Unknown collection", "collectionId",
                "There is no collection '" + e.getMessage() + "'; GET /api/collections lists them.");
    }

    @ExceptionHandler(UnknownFeatureException.class)
    ResponseEntity<ProblemDetail> unknownFeature(UnknownFeatureException e) {
        return ApiProblems.of(HttpStatus.NOT_FOUND, "Unknown feature", "featureId", e.getMessage());
    }

    private FeatureCollectionCatalog.Entry entry(String id) {
        return catalog.find(id).orElseThrow(() -> new UnknownCollectionException(id));
    }

    /** A collection id that the catalog does not know; the message is the id. */
    static final class UnknownCollectionException extends RuntimeException {
        UnknownCollectionException(String id) {
            super(id);
        }
    }

    /** A feature id that a collection does not hold. */
    static final class UnknownFeatureException extends RuntimeException {
        UnknownFeatureException(String collection, String feature) {
            super("Collection '" + collection + "' holds no feature '" + feature + "'; GET /api/collections/" + collection
                    + "/items lists them.");
        }
    }
}
