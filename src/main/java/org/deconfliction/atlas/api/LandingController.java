package org.deconfliction.atlas.api;

import java.util.Map;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /api} (also {@code /api/}), the landing page with links to the API's description (OpenAPI 3.0) and
 * documentation, and {@code GET /api/conformance}, the OGC API – Features conformance classes the API implements,
 * so that OGC clients such as GDAL's and QGIS's OAPIF drivers can start here.
 */
@RestController
class LandingController {

    /** The conformance classes, as the OGC standards name them. */
    static final java.util.List<String> CONFORMANCE = java.util.List.of(
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html",
            "http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs",
            "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables",
            "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/filter",
            "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/features-filter",
            "http://www.opengis.net/spec/cql2/1.0/conf/cql2-text",
            "http://www.opengis.net/spec/cql2/1.0/conf/cql2-json",
            "http://www.opengis.net/spec/cql2/1.0/conf/basic-cql2",
            "http://www.opengis.net/spec/cql2/1.0/conf/advanced-comparison-operators",
            "http://www.opengis.net/spec/cql2/1.0/conf/basic-spatial-functions");

    @GetMapping(path = {"/api", "/api/"}, produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.TEXT_HTML_VALUE})
    ResponseEntity<ObjectNode> landing(@RequestParam Map<String, String> parameters) {
        QueryParameters.requireKnown(parameters, Set.of());
        String base = ApiLinks.base();
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("title", "Deconfliction Atlas");
        body.put("description", "Sites, incidents, the Euphrates and the deconfliction line in eastern Syria, 2014–2021, as GeoJSON");
        ArrayNode links = body.putArray("links");
        ApiLinks.add(links, base, "self", ApiLinks.JSON, "This document");
        ApiLinks.add(links, base + "?f=html", "alternate", ApiLinks.HTML, "This document as HTML");
        ApiLinks.add(links, base + "/openapi", "service-desc", ApiLinks.OPENAPI, "The API's definition (OpenAPI 3.0)");
        ApiLinks.add(links, base + "/docs", "service-doc", ApiLinks.HTML, "The API's documentation");
        ApiLinks.add(links, base + "/conformance", "conformance", ApiLinks.JSON, "Conformance classes");
        ApiLinks.add(links, base + "/collections", "data", ApiLinks.JSON, "The collections");
        return ResponseEntity.ok().contentType(ApiFormat.type(MediaType.APPLICATION_JSON)).body(body);
    }

    @GetMapping(path = "/api/conformance", produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.TEXT_HTML_VALUE})
    ResponseEntity<ObjectNode> conformance(@RequestParam Map<String, String> parameters) {
        QueryParameters.requireKnown(parameters, Set.of());
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ArrayNode classes = body.putArray("conformsTo");
        CONFORMANCE.forEach(classes::add);
        return ResponseEntity.ok().contentType(ApiFormat.type(MediaType.APPLICATION_JSON)).body(body);
    }
}
