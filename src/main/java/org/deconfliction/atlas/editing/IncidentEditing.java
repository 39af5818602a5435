package org.deconfliction.atlas.editing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.deconfliction.atlas.geodata.GeodataException;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentGeoJson;
import org.deconfliction.atlas.security.Access;
import org.deconfliction.atlas.security.Role;
import org.deconfliction.atlas.site.Site;
import org.deconfliction.atlas.site.SiteRepository;
import org.deconfliction.atlas.store.ChangeKind;
import org.deconfliction.atlas.store.Edit;
import org.deconfliction.atlas.store.FieldChange;
import org.deconfliction.atlas.store.IncidentStore;
import org.deconfliction.atlas.store.InvalidItemException;
import org.deconfliction.atlas.store.ItemVersion;
import org.deconfliction.atlas.store.Versioned;
import org.springframework.stereotype.Service;

/**
 * Creating, changing, deleting and restoring incidents for the screen, through the store. Every write first checks
 * that the signed-in user is an editor (so a forged request from a page that shows no editing is refused too), then
 * reads the draft as strictly as {@code incidents.geojson} and records the change under the user's name with the
 * optional comment. Stale writes are refused by the store with a
 * {@link org.deconfliction.atlas.store.VersionConflictException}; nothing is written then.
 */
@Service
public class IncidentEditing {

    private static final Pattern FIELD = Pattern.compile("field '([^']+)' .*", Pattern.DOTALL);
    /** How many deleted incidents {@link #deleted()} answers at most, the most recently deleted first. */
    public static final int DELETED_SHOWN = 200;
    /** What the reader is told the incident is, for its messages. */
    private static final String SOURCE = "incident";

    private final IncidentStore store;
    private final SiteRepository sites;
    private final Access access;

    IncidentEditing(IncidentStore store, SiteRepository sites, Access access) {
        this.store = store;
        this.sites = sites;
        this.access = access;
    }

    /** Whether the signed-in user may edit: their role includes editor. */
    public boolean allowed() {
        return access.has(Role.EDITOR);
    }

    /**
     * An empty draft for a new incident dated {@code day}: the screen passes the timeline's current date, so that a
     * new incident falls among the others instead of on today, far past the latest of them.
     */
    public IncidentDraft blank(LocalDate day) {
        return IncidentDraft.blank(day);
    }

    /** A draft holding the incident's values, e.g. its current ones after a conflict. */
    public IncidentDraft draftOf(Incident incident) {
        return DraftFeature.of(incident);
    }

    /** The incident's current values as a draft, with the version to base its next write on; empty when there is none. */
    public Optional<Versioned<IncidentDraft>> current(String id) {
        return store.current(id).map(current -> new Versioned<>(DraftFeature.of(current.item()), current.version()));
    }

    /**
     * Adds the draft as a new incident with an id made of its title and year.
     *
     * @throws InvalidDraftException naming the field at fault
     */
    public Versioned<Incident> create(IncidentDraft draft, String comment) {
        access.require(Role.EDITOR, "add incidents");
        String id = IncidentIds.free(draft.getTitle(), draft.getDateStart(), taken -> !store.history(taken).isEmpty());
        Incident incident = check(draft, id);
        return stored(() -> store.create(incident, edit(comment)));
    }

    /**
     * Replaces the incident's values with the draft's, if it is still at {@code expectedVersion}.
     *
     * @throws InvalidDraftException naming the field at fault
     * @throws org.deconfliction.atlas.store.VersionConflictException if it changed meanwhile
     */
    public Versioned<Incident> update(String id, IncidentDraft draft, long expectedVersion, String comment) {
        access.require(Role.EDITOR, "edit incident '" + id + "'");
        Incident incident = check(draft, id);
        return stored(() -> store.update(incident, expectedVersion, edit(comment)));
    }

    /** Deletes the incident softly, if it is still at {@code expectedVersion}; answers the version of the delete. */
    public long delete(String id, long expectedVersion, String comment) {
        access.require(Role.EDITOR, "delete incident '" + id + "'");
        return store.delete(id, expectedVersion, edit(comment));
    }

    /** Brings back an earlier version's values as a new version, if the incident is still at {@code expectedVersion}. */
    public Versioned<Incident> restore(String id, long version, long expectedVersion, String comment) {
        access.require(Role.EDITOR, "restore incident '" + id + "'");
        return stored(() -> store.restore(id, version, expectedVersion, edit(comment)));
    }

    /**
     * The incidents deleted now and not restored since, most recently deleted first, at most {@link #DELETED_SHOWN}:
     * for editors only, as only they may restore them.
     */
    public List<DeletedIncident> deleted() {
        access.require(Role.EDITOR, "see the deleted incidents");
        return store.deleted(DELETED_SHOWN).stream().map(version -> new DeletedIncident(version.id(),
                version.values().title(), version.at(), version.by(), version.comment(), version.version())).toList();
    }

    /** Every version of the incident, newest first, each with what it changed; empty when the store never had it. */
    public List<HistoryEntry> history(String id) {
        List<ItemVersion<Incident>> versions = store.history(id);
        List<HistoryEntry> entries = new ArrayList<>(versions.size());
        for (int i = versions.size() - 1; i >= 0; i--) {
            ItemVersion<Incident> version = versions.get(i);
            boolean comparable = i > 0 && version.kind() != ChangeKind.DELETED;
            List<FieldChange> changes = comparable ? FieldChange.between(IncidentGeoJson.feature(versions.get(i - 1).values()),
                    IncidentGeoJson.feature(version.values())) : List.of();
            entries.add(new HistoryEntry(version.version(), version.kind(), version.at(), version.by(), version.comment(),
                    version.restoredFrom(), changes));
        }
        return entries;
    }

    /** The draft read as strictly as the shipped geodata, as the incident with the given id. */
    Incident check(IncidentDraft draft, String id) {
        if (draft.getLatitude() == null) {
            throw new InvalidDraftException("latitude", "field 'latitude' is missing: click on the map or type it");
        }
        if (draft.getLongitude() == null) {
            throw new InvalidDraftException("longitude", "field 'longitude' is missing: click on the map or type it");
        }
        Set<String> siteIds = sites.findAll().stream().map(Site::id).collect(Collectors.toUnmodifiableSet());
        try {
            return IncidentGeoJson.read(SOURCE, DraftFeature.feature(draft, id).toString(), siteIds);
        } catch (GeodataException e) {
            throw invalid(e.problem());
        }
    }

    private static InvalidDraftException invalid(String problem) {
        Matcher field = FIELD.matcher(problem);
        if (field.matches()) {
            return new InvalidDraftException(field.group(1), problem);
        }
        return new InvalidDraftException(problem.startsWith("coordinate") ? "geometry" : null, problem);
    }

    private <T> T stored(java.util.function.Supplier<T> write) {
        try {
            return write.get();
        } catch (InvalidItemException e) {
            throw invalid(e.problem());
        }
    }

    private Edit edit(String comment) {
        return new Edit(access.username().orElseThrow(), comment);
    }
}
