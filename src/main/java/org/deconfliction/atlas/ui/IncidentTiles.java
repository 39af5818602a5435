package org.deconfliction.atlas.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.ui.IncidentMapLayers;
import org.deconfliction.atlas.map.LeafletMap;
import org.deconfliction.atlas.query.AnswerClusters;
import org.deconfliction.atlas.query.ClusterTile;
import org.deconfliction.atlas.query.MapTile;
import org.locationtech.jts.geom.Envelope;

/**
 * The incident overlays of one map drawn as the viewport asks: the answers to the current question arranged as
 * {@link AnswerClusters} (with the incidents up to the current date that do not answer dimmed beside them), and after
 * every pan or zoom the tiles of the viewport that the browser does not hold yet
 * sent as small GeoJSON (clusters and single markers; from zoom {@value IncidentMapLayers#UNCERTAINTY_MIN_ZOOM}
 * the singles' uncertainty circles as centre and radius). One message carries at most {@value #MESSAGE_BUDGET}
 * bytes of tiles: the tiles nearest the centre in full, others coarse (crowded cells as clusters) or not yet;
 * the browser is then asked to report its view again and gets the rest in the next message. A new question starts
 * a new generation: the browser drops its tiles and gets those of the viewport again.
 */
final class IncidentTiles {

    /** Most tiles the browser keeps per generation; beyond it the generation starts again (bounded memory there). */
    static final int MAX_TILES_HELD = 1500;
    /**
     * Most bytes of tile JSON in one message to the browser ({@link TileJson#wireBytes}); with the question's rings
     * beside it ({@code QuestionOverlay}) a message stays under 200 KB.
     */
    static final int MESSAGE_BUDGET = 130_000;

    private final LeafletMap map;
    private AnswerClusters answers = new AnswerClusters(List.of());
    private int generation;
    /** Tiles the browser holds in full; those it holds coarse are sent again until they fit in full. */
    private final Set<MapTile> held = new HashSet<>();
    private final Set<MapTile> coarseHeld = new HashSet<>();
    /** Bytes of tile JSON ({@link TileJson#wireBytes}) sent by the last {@link #sendViewport}, for benchmarks and tests. */
    private int lastPayload;
    private String lastMarkers = "[]";
    private String lastCircles = "[]";
    private boolean pending;

    IncidentTiles(LeafletMap map) {
        this.map = map;
    }

    /** Starts showing these answers, every incident drawn an answer: the browser drops its tiles and gets the viewport's anew. */
    void show(Collection<Incident> incidents) {
        show(incidents, incidents);
    }

    /**
     * Starts showing the incidents drawn, the answers among them in colour and the others dimmed: the browser drops
     * its tiles and gets the viewport's anew.
     */
    void show(Collection<Incident> drawn, Collection<Incident> answering) {
        show(new AnswerClusters(drawn, answering));
    }

    /** Starts showing these arranged answers (and others): the browser drops its tiles and gets the viewport's anew. */
    void show(AnswerClusters arranged) {
        answers = arranged;
        restart();
        sendViewport();
    }

    /** Shows the incidents drawn now all dimmed: the question as asked has no answer. */
    void showNoAnswer() {
        show(answers.withoutAnswers());
    }

    /**
     * Sends the tiles of the map's viewport that the browser does not hold in full, within the byte budget, and asks
     * for another round when some did not fit; nothing before the browser reported its bounds.
     */
    void sendViewport() {
        Envelope bounds = map.getBounds();
        int zoom = Math.min(MapTile.MAX_ZOOM, Math.max(0, map.getView().zoom()));
        double centreX = MapTile.mercatorX(bounds.isNull() ? 0 : bounds.centre().x) * (1 << zoom);
        double centreY = MapTile.mercatorY(bounds.isNull() ? 0 : bounds.centre().y) * (1 << zoom);
        List<MapTile> missing = new ArrayList<>(MapTile.covering(bounds, zoom).stream()
                .filter(tile -> !held.contains(tile)).toList());
        lastPayload = 0;
        lastMarkers = "[]";
        lastCircles = "[]";
        pending = false;
        if (missing.isEmpty()) {
            return;
        }
        if (held.size() + missing.size() > MAX_TILES_HELD) {
            restart();
            missing = new ArrayList<>(MapTile.covering(bounds, zoom));
        }
        missing.sort(Comparator.comparingDouble(t -> Math.hypot(t.x() + 0.5 - centreX, t.y() + 0.5 - centreY)));
        boolean withCircles = zoom >= IncidentMapLayers.UNCERTAINTY_MIN_ZOOM;
        List<TileJson> message = fill(missing, withCircles);
        lastMarkers = TileJson.markerArray(message);
        map.addTiles(IncidentMapLayers.INCIDENTS, generation, lastMarkers);
        lastPayload = TileJson.wireBytes(lastMarkers);
        if (withCircles) {
            lastCircles = TileJson.circleArray(message);
            map.addTiles(IncidentMapLayers.UNCERTAINTY, generation, lastCircles);
            lastPayload += TileJson.wireBytes(lastCircles);
        }
        if (pending) {
            map.requestViewAgain();
        }
    }

    /**
     * The tiles of one message: first every tile the browser lacks entirely, coarse and nearest the centre first,
     * while they fit; then as many as fit upgraded to full, nearest first (short of the deepest zoom only the circles
     * are added, the clusters and markers being those of the coarse tile). A tile whose full JSON alone exceeds the
     * budget stays coarse for good. Tiles left out, or left coarse, make the viewport {@link #pending}.
     */
    private List<TileJson> fill(List<MapTile> missing, boolean withCircles) {
        Map<MapTile, TileJson> chosen = new LinkedHashMap<>();
        Map<MapTile, ClusterTile> contents = new HashMap<>();
        int spent = 0;
        for (MapTile tile : missing) {
            if (coarseHeld.contains(tile)) {
                continue;
            }
            ClusterTile content = answers.coarseTile(tile);
            contents.put(tile, content);
            TileJson coarse = TileJson.of(content, false);
            if (spent + coarse.size() > MESSAGE_BUDGET && !chosen.isEmpty()) {
                pending = true;
                break;
            }
            chosen.put(tile, coarse);
            spent += coarse.size();
        }
        for (MapTile tile : missing) {
            TileJson coarse = chosen.get(tile);
            if (coarse == null && !coarseHeld.contains(tile)) {
                continue;
            }
            // below the deepest zoom a tile in full holds what it holds coarse: only its circles are added
            TileJson full = coarse != null && tile.zoom() < AnswerClusters.DEEPEST_ZOOM
                    ? coarse.withCirclesOf(contents.get(tile), withCircles)
                    : TileJson.of(answers.tile(tile), withCircles);
            int growth = full.size() - (coarse == null ? 0 : coarse.size());
            if (spent + growth <= MESSAGE_BUDGET) {
                chosen.put(tile, full);
                spent += growth;
                held.add(tile);
                coarseHeld.remove(tile);
            } else if (full.size() > MESSAGE_BUDGET) {
                held.add(tile);
            } else {
                pending = true;
                if (coarse != null) {
                    coarseHeld.add(tile);
                }
            }
        }
        return new ArrayList<>(chosen.values());
    }

    /** Bytes of tile JSON the last message sent, as {@link TileJson#wireBytes} (0 when the browser held every tile). */
    int lastPayload() {
        return lastPayload;
    }

    /** The JSON arrays of marker and circle tiles the last viewport sent, for tests. */
    List<String> lastMessage() {
        return List.of(lastMarkers, lastCircles);
    }

    /** Whether tiles of the viewport were left for another round after the last message. */
    boolean pending() {
        return pending;
    }

    /** The closest zoom from {@code from} on at which the map draws this incident on its own (see {@link AnswerClusters}). */
    int zoomShowingSingle(Incident incident, int from) {
        return answers.zoomShowingSingle(incident.location().getX(), incident.location().getY(), from);
    }

    /** How many answers the map draws now. */
    int answerCount() {
        return answers.size();
    }

    private void restart() {
        generation++;
        held.clear();
        coarseHeld.clear();
        map.clearTiles(IncidentMapLayers.INCIDENTS, generation);
        map.clearTiles(IncidentMapLayers.UNCERTAINTY, generation);
    }
}
