package org.deconfliction.atlas.query.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.deconfliction.atlas.analysis.SpatialAnswer;
import org.deconfliction.atlas.geodata.GeoJsonEncoder;
import org.deconfliction.atlas.map.GeoJsonLayer;
import org.deconfliction.atlas.map.LeafletMap;
import org.deconfliction.atlas.map.LegendEntry;
import org.deconfliction.atlas.map.Paint;
import org.deconfliction.atlas.query.IncidentAnswer;
import org.deconfliction.atlas.query.QueryResult;
import org.deconfliction.atlas.query.QuestionShapes;
import org.deconfliction.atlas.query.SpatialCondition;
import org.locationtech.jts.geom.Geometry;
import tools.jackson.databind.node.ObjectNode;

/**
 * The question drawn on the map: one overlay of the area asked about (replaced on each question, never editable
 * with the drawing tools), and one of rings around the answers, solid for inside and dashed for uncertain (an
 * uncertainty circle that crosses the edge). Both overlays only show: clicks and hovers reach what lies beneath.
 * Without a spatial condition neither is shown. Above {@value #MAX_RINGS} answers no rings are drawn, and the
 * overlay's title says so.
 */
public final class QuestionOverlay {

    /** Overlay ids: the question's area and the rings around its answers. */
    public static final String QUESTION = "question";
    public static final String ANSWERS = "answers";
    /** Both overlay ids; they follow the question and are not kept in links. */
    public static final Set<String> LAYERS = Set.of(QUESTION, ANSWERS);
    /** The most answers ringed on the map (about 60 KB to the browser; beside the map's tiles a message stays under 200 KB). */
    static final int MAX_RINGS = 500;

    static final String SHAPE_COLOUR = "#08519c";
    static final String INSIDE_COLOUR = "#08519c";
    static final String UNCERTAIN_COLOUR = "#d35400";

    private final LeafletMap map;
    private final QuestionShapes shapes;
    private SpatialCondition drawnFor;
    private List<String> ringsFor = List.of();
    private boolean shapeShown = true;
    private boolean ringsShown = true;

    public QuestionOverlay(LeafletMap map, QuestionShapes shapes) {
        this.map = map;
        this.shapes = shapes;
        map.addLayerToggleListener(e -> {
            if (QUESTION.equals(e.layerId())) {
                shapeShown = e.visible();
            } else if (ANSWERS.equals(e.layerId())) {
                ringsShown = e.visible();
            }
        });
    }

    /** The legend's rows for both overlays, each listed while its overlay is shown. */
    public static List<LegendEntry> legend() {
        return List.of(
                new LegendEntry("The question's area", SHAPE_COLOUR, LegendEntry.Shape.AREA).forLayer(QUESTION),
                new LegendEntry("Answer: inside", INSIDE_COLOUR, LegendEntry.Shape.RING).forLayer(ANSWERS),
                new LegendEntry("Answer: uncertain (its circle crosses the edge)", UNCERTAIN_COLOUR,
                        LegendEntry.Shape.DASHED_RING).forLayer(ANSWERS));
    }

    /**
     * Draws a question's answer: its area (sent again only when the condition changed) and the rings around its
     * answers (sent again only when they changed). No spatial condition removes both.
     */
    public void show(QueryResult result) {
        SpatialCondition condition = result.query().spatial();
        if (condition == null) {
            clear();
            return;
        }
        if (!condition.equals(drawnFor)) {
            Optional<Geometry> area = shapes.of(condition);
            area.ifPresentOrElse(shape -> map.showGeoJson(shapeLayer(shape, condition).visible(shapeShown)),
                    () -> map.removeLayer(QUESTION));
            drawnFor = condition;
        }
        List<String> rings = ringsOf(result);
        if (!rings.equals(ringsFor)) {
            map.showGeoJson(ringLayer(result.answers()).visible(ringsShown));
            ringsFor = rings;
        }
    }

    /**
     * What the rings layer shows for this answer, to tell whether it changed: each answer's id (marked "?" when
     * uncertain), or only how many there are when too many to ring (no row of the answer is read then).
     */
    private static List<String> ringsOf(QueryResult result) {
        if (result.total() > MAX_RINGS) {
            return List.of("not ringed: " + result.total());
        }
        return result.answers().stream()
                .map(a -> a.incident().id() + (a.answer() == SpatialAnswer.UNCERTAIN ? "?" : "")).toList();
    }

    /** Removes both overlays: there is no question, or its answer no longer holds. */
    public void clear() {
        if (drawnFor != null || !ringsFor.isEmpty()) {
            map.removeLayer(QUESTION);
            map.removeLayer(ANSWERS);
        }
        drawnFor = null;
        ringsFor = List.of();
    }

    static GeoJsonLayer shapeLayer(Geometry area, SpatialCondition condition) {
        ObjectNode p = GeoJsonEncoder.properties();
        p.put("question", condition.describe());
        String features = GeoJsonEncoder.featureCollection(List.of(GeoJsonEncoder.feature(QUESTION, area, p))).toString();
        return GeoJsonLayer.of(QUESTION, "The question's area: " + condition.describe(), features,
                new Paint(SHAPE_COLOUR, 2.0, 0.9, null, SHAPE_COLOUR, 0.07, null, null, null));
    }

    static GeoJsonLayer ringLayer(List<IncidentAnswer> answers) {
        boolean tooMany = answers.size() > MAX_RINGS;
        List<ObjectNode> features = tooMany ? List.of() : answers.stream().map(answer -> {
            ObjectNode p = GeoJsonEncoder.properties();
            p.put("answer", answer.answer().name().toLowerCase(Locale.ROOT));
            return GeoJsonEncoder.feature(answer.incident().id(), answer.incident().location(), p);
        }).toList();
        String title = tooMany
                ? "Answers: " + answers.size() + ", more than " + MAX_RINGS + ", so not ringed"
                : "Answers ringed: inside solid, uncertain dashed";
        return GeoJsonLayer.of(ANSWERS, title, GeoJsonEncoder.featureCollection(features).toString(), ring(INSIDE_COLOUR, null))
                .paintedBy("answer", Map.of("inside", ring(INSIDE_COLOUR, null), "uncertain", ring(UNCERTAIN_COLOUR, "4 3")));
    }

    private static Paint ring(String colour, String dashes) {
        return new Paint(colour, 2.5, 1.0, dashes, colour, 0.0, 13.0, null, null);
    }
}
