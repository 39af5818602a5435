package org.deconfliction.atlas.api;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentGeoJson;
import org.deconfliction.atlas.security.Access;
import org.deconfliction.atlas.security.Role;
import org.deconfliction.atlas.site.Site;
import org.deconfliction.atlas.site.SiteRepository;
import org.deconfliction.atlas.store.Edit;
import org.deconfliction.atlas.store.IncidentStore;
import org.deconfliction.atlas.store.ItemVersion;
import org.deconfliction.atlas.store.Versioned;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;
import tools.jackson.databind.node.ObjectNode;

/**
 * Editing incidents over HTTP as OGC API – Features Part 4 describes it: {@code POST} a GeoJSON Feature to the
 * items (201 with {@code Location}), {@code PUT} to replace and {@code PATCH} (JSON merge patch) to change one item,
 * {@code DELETE} to delete it (softly: its history stays at {@code /history}). Bodies use the properties of
 * {@code incidents.geojson} and are checked as strictly as that file. Every item answer carries its stored version
 * as the {@code ETag}; a write names the version it is based on in {@code If-Match} (without one, the current
 * version), and a stale one is refused with 412 saying what changed. Writes need the editor role; an optional
 * {@code comment} parameter is recorded with the new version. Refusals are answered by {@link IncidentEditProblems}.
 */
@RestController
@RequestMapping("/api/collections/incidents/items")
class IncidentEditController {

    static final String MERGE_PATCH = "application/merge-patch+json";
    private static final String GEO_JSON = "application/geo+json";

    private final IncidentStore store;
    private final SiteRepository sites;
    private final Access access;
    private final CollectionsController collections;

    IncidentEditController(IncidentStore store, SiteRepository sites, Access access, CollectionsController collections) {
        this.store = store;
        this.sites = sites;
        this.access = access;
        this.collections = collections;
    }

    /**
     * One incident as every collection's item is answered (the flat properties, {@code crs}, {@code properties},
     * {@code skipGeometry}, unknown parameters refused), with its stored version as the {@code ETag}.
     */
    @GetMapping(path = "/{id}", produces = {GEO_JSON, MediaType.APPLICATION_JSON_VALUE, MediaType.TEXT_HTML_VALUE})
    ResponseEntity<ObjectNode> item(@PathVariable String id, @RequestParam Map<String, String> parameters) {
        Versioned<Incident> stored = current(id);
        ResponseEntity<ObjectNode> item = collections.item("incidents", id, parameters);
        return ResponseEntity.ok().headers(item.getHeaders()).eTag(EntityTags.of(stored.version())).body(item.getBody());
    }

    @GetMapping(path = "/{id}/history", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ObjectNode> history(@PathVariable String id) {
        List<ItemVersion<Incident>> versions = store.history(id);
        if (versions.isEmpty()) {
            throw new ItemMissingException(id);
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(IncidentHistoryJson.of(id, versions));
    }

    @PostMapping(consumes = {GEO_JSON, MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<ObjectNode> create(@RequestBody String body, @RequestParam(required = false) String comment) {
        access.require(Role.EDITOR, "create incidents");
        Versioned<Incident> created = store.create(read(EditedFeature.parse(body, null)), edit(comment));
        URI location = URI.create(ApiLinks.base() + "/collections/incidents/items/"
                + UriUtils.encodePathSegment(created.item().id(), StandardCharsets.UTF_8));
        return ResponseEntity.created(location).eTag(EntityTags.of(created.version()))
                .contentType(MediaType.parseMediaType(GEO_JSON)).body(IncidentGeoJson.feature(created.item()));
    }

    @PutMapping(path = "/{id}", consumes = {GEO_JSON, MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<ObjectNode> replace(@PathVariable String id, @RequestBody String body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestParam(required = false) String comment) {
        access.require(Role.EDITOR, "edit incident '" + id + "'");
        Incident incident = read(EditedFeature.parse(body, id));
        return answer(HttpStatus.OK, store.update(incident, expected(id, ifMatch), edit(comment)));
    }

    @PatchMapping(path = "/{id}", consumes = {MERGE_PATCH, MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<ObjectNode> patch(@PathVariable String id, @RequestBody String body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestParam(required = false) String comment) {
        access.require(Role.EDITOR, "edit incident '" + id + "'");
        Versioned<Incident> now = current(id);
        long expected = ifMatch == null ? now.version() : EntityTags.version(ifMatch).orElse(now.version());
        ObjectNode patched = EditedFeature.patch(IncidentGeoJson.feature(now.item()), body, id);
        return answer(HttpStatus.OK, store.update(read(patched), expected, edit(comment)));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestParam(required = false) String comment) {
        access.require(Role.EDITOR, "delete incident '" + id + "'");
        long version = store.delete(id, expected(id, ifMatch), edit(comment));
        return ResponseEntity.noContent().eTag(EntityTags.of(version)).build();
    }

    private Versioned<Incident> current(String id) {
        return store.current(id).orElseThrow(() -> new ItemMissingException(id));
    }

    /** The version named by {@code If-Match}; the current one when there is none or it is {@code *}. */
    private long expected(String id, String ifMatch) {
        if (ifMatch == null) {
            return current(id).version();
        }
        return EntityTags.version(ifMatch).orElseGet(() -> current(id).version());
    }

    private Incident read(ObjectNode feature) {
        Set<String> siteIds = sites.findAll().stream().map(Site::id).collect(Collectors.toSet());
        return IncidentGeoJson.read("request body", feature.toString(), siteIds);
    }

    private Edit edit(String comment) {
        return new Edit(access.username().orElseThrow(), comment);
    }

    private static ResponseEntity<ObjectNode> answer(HttpStatus status, Versioned<Incident> stored) {
        return ResponseEntity.status(status).eTag(EntityTags.of(stored.version()))
                .contentType(MediaType.parseMediaType(GEO_JSON)).body(IncidentGeoJson.feature(stored.item()));
    }
}
