package org.deconfliction.atlas.api;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /api}, the landing page, and {@code GET /api/conformance}, the OGC API – Features conformance classes
 * the API implements (Part 1 core and GeoJSON), so that OGC clients such as GDAL's OAPIF driver can start here.
 */
@RestController
class LandingController {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @GetMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
    ObjectNode landing() {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString() + "/api";
        ObjectNode body = NODES.objectNode();
        body.put("title", "Deconfliction Atlas");
        body.put("description", "Sites, incidents, the Euphrates and the deconfliction line in eastern Syria, 2014–2021, as GeoJSON");
        ArrayNode links = body.putArray("links");
        links.addObject().put("href", base).put("rel", "self").put("type", "application/json").put("title", "This document");
        links.addObject().put("href", base + "/conformance").put("rel", "conformance").put("type", "application/json")
                .put("title", "Conformance classes");
        links.addObject().put("href", base + "/collections").put("rel", "data").put("type", "application/json")
                .put("title", "The collections");
        return body;
    }

    @GetMapping(path = "/api/conformance", produces = MediaType.APPLICATION_JSON_VALUE)
    ObjectNode conformance() {
        ObjectNode body = NODES.objectNode();
        body.putArray("conformsTo")
                .add("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core")
                .add("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson");
        return body;
    }
}
