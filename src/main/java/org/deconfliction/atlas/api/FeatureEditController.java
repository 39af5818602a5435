package org.deconfliction.atlas.api;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.deconfliction.atlas.security.Access;
import org.deconfliction.atlas.security.Role;
import org.deconfliction.atlas.store.Edit;
import org.deconfliction.atlas.store.ItemVersion;
import org.deconfliction.atlas.store.Versioned;
import org.deconfliction.atlas.store.VersionedStore;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;
import tools.jackson.databind.node.ObjectNode;

/**
 * Editing one collection whose items are kept in a {@link VersionedStore} over HTTP (OGC API – Features Part 4),
 * the handler methods the incidents' and the sites' controllers inherit under their own paths: read with the
 * version as {@code ETag}, history, create
 * (201 with {@code Location}), replace, JSON merge patch, soft delete and restore of an earlier version. A write
 * names the version it is based on in {@code If-Match} (without one, or with {@code *}, the current version); a
 * stale one is refused by the store and answered 412 by {@link ItemEditProblems}. Writes need the editor role; an
 * optional {@code comment} parameter is recorded with the new version.
 */
abstract class FeatureEditController<T> {

    static final String GEO_JSON = "application/geo+json";
    static final String MERGE_PATCH = "application/merge-patch+json";

    private final String collection;
    private final String item;
    private final VersionedStore<T> store;
    private final Function<T, ObjectNode> feature;
    private final Access access;
    private final CollectionsController collections;

    /**
     * @param collection the collection's id in paths, e.g. {@code sites}
     * @param item       one item as named in messages, e.g. {@code site}
     * @param feature    an item as the GeoJSON Feature the API answers with
     * @param collections the answers of every collection, whose single item this controller's read adds the
     *                    {@code ETag} to
     */
    FeatureEditController(String collection, String item, VersionedStore<T> store, Function<T, ObjectNode> feature,
                          Access access, CollectionsController collections) {
        this.collection = collection;
        this.item = item;
        this.store = store;
        this.feature = feature;
        this.access = access;
        this.collections = collections;
    }

    /** A request's Feature as an item, checked as strictly as the geodata files. */
    abstract T read(ObjectNode requested);

    /**
     * One item as every collection's item is answered (the flat properties, {@code crs}, {@code properties},
     * {@code skipGeometry}, unknown parameters refused), with its stored version as the {@code ETag}.
     */
    @GetMapping(path = "/{id}", produces = {GEO_JSON, MediaType.APPLICATION_JSON_VALUE, MediaType.TEXT_HTML_VALUE})
    ResponseEntity<ObjectNode> item(@PathVariable String id, @RequestParam Map<String, String> parameters) {
        Versioned<T> stored = current(id);
        ResponseEntity<ObjectNode> item = collections.item(collection, id, parameters);
        return ResponseEntity.ok().headers(item.getHeaders()).eTag(EntityTags.of(stored.version())).body(item.getBody());
    }

    @GetMapping(path = "/{id}/history", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ObjectNode> history(@PathVariable String id) {
        List<ItemVersion<T>> versions = store.history(id);
        if (versions.isEmpty()) {
            throw new ItemMissingException(item, id);
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(ItemHistoryJson.of(id, versions, feature));
    }

    @PostMapping(consumes = {GEO_JSON, MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<ObjectNode> create(@RequestBody String body, @RequestParam(required = false) String comment) {
        access.require(Role.EDITOR, "create " + collection);
        Versioned<T> created = store.create(read(EditedFeature.parse(body, null)), edit(comment));
        String id = feature.apply(created.item()).get("id").asString();
        URI location = URI.create(ApiLinks.base() + "/collections/" + collection + "/items/"
                + UriUtils.encodePathSegment(id, StandardCharsets.UTF_8));
        return ResponseEntity.created(location)
                .eTag(EntityTags.of(created.version())).contentType(MediaType.parseMediaType(GEO_JSON))
                .body(feature.apply(created.item()));
    }

    @PutMapping(path = "/{id}", consumes = {GEO_JSON, MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<ObjectNode> replace(@PathVariable String id, @RequestBody String body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestParam(required = false) String comment) {
        access.require(Role.EDITOR, "edit " + item + " '" + id + "'");
        T replacement = read(EditedFeature.parse(body, id));
        return answer(HttpStatus.OK, store.update(replacement, expected(id, ifMatch), edit(comment)));
    }

    @PatchMapping(path = "/{id}", consumes = {MERGE_PATCH, MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<ObjectNode> patch(@PathVariable String id, @RequestBody String body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestParam(required = false) String comment) {
        access.require(Role.EDITOR, "edit " + item + " '" + id + "'");
        Versioned<T> now = current(id);
        long expected = ifMatch == null ? now.version() : EntityTags.version(ifMatch).orElse(now.version());
        ObjectNode patched = EditedFeature.patch(feature.apply(now.item()), body, id);
        return answer(HttpStatus.OK, store.update(read(patched), expected, edit(comment)));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestParam(required = false) String comment) {
        access.require(Role.EDITOR, "delete " + item + " '" + id + "'");
        long version = store.delete(id, expected(id, ifMatch), edit(comment));
        return ResponseEntity.noContent().eTag(EntityTags.of(version)).build();
    }

    /**
     * Brings back the values of version {@code version} as a new version, also for a deleted item. Without
     * {@code If-Match} (or with {@code *}) it is based on the latest version of the history, deleted or not.
     */
    @PostMapping("/{id}/history/{version}/restore")
    ResponseEntity<ObjectNode> restore(@PathVariable String id, @PathVariable long version,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestParam(required = false) String comment) {
        access.require(Role.EDITOR, "restore " + item + " '" + id + "'");
        List<ItemVersion<T>> versions = store.history(id);
        if (versions.isEmpty()) {
            throw new ItemMissingException(item, id);
        }
        long latest = versions.getLast().version();
        long expected = ifMatch == null ? latest : EntityTags.version(ifMatch).orElse(latest);
        return answer(HttpStatus.OK, store.restore(id, version, expected, edit(comment)));
    }

    private Versioned<T> current(String id) {
        return store.current(id).orElseThrow(() -> new ItemMissingException(item, id));
    }

    /** The version named by {@code If-Match}; the current one when there is none or it is {@code *}. */
    private long expected(String id, String ifMatch) {
        if (ifMatch == null) {
            return current(id).version();
        }
        return EntityTags.version(ifMatch).orElseGet(() -> current(id).version());
    }

    private Edit edit(String comment) {
        return new Edit(access.username().orElseThrow(), comment);
    }

    private ResponseEntity<ObjectNode> answer(HttpStatus status, Versioned<T> stored) {
        return ResponseEntity.status(status).eTag(EntityTags.of(stored.version()))
                .contentType(MediaType.parseMediaType(GEO_JSON)).body(feature.apply(stored.item()));
    }
}
