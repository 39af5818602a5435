package org.deconfliction.atlas.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import org.deconfliction.atlas.map.MapView;

/**
 * The part of the URL that describes the map: {@code view=lat,lng,zoom}, {@code base=id} (the base layer chosen)
 * and {@code layers=id,id,...} (the overlays shown). Reading never fails: a parameter that cannot be used is
 * reported in {@code ignored} and the rest is kept.
 *
 * @param view      the view asked for, if a valid one was
 * @param baseLayer the base layer asked for, if a known one was
 * @param layers    the overlays asked for, if the parameter was present (possibly empty: all hidden)
 * @param ignored   one message per parameter or value that was ignored, for a notice
 */
record MapUrlState(Optional<MapView> view, Optional<String> baseLayer, Optional<Set<String>> layers, List<String> ignored) {

    static final String VIEW = "view";
    static final String BASE = "base";
    static final String LAYERS = "layers";

    /** Reads the map's parameters, accepting only overlay ids in {@code knownLayers} and base layers in {@code knownBases}. */
    static MapUrlState read(Map<String, List<String>> parameters, Set<String> knownLayers, Set<String> knownBases) {
        List<String> ignored = new ArrayList<>();
        Optional<MapView> view = Optional.empty();
        String viewText = first(parameters, VIEW);
        if (viewText != null) {
            view = MapView.parse(viewText);
            if (view.isEmpty()) {
                ignored.add("view '" + viewText + "' was ignored: expected latitude,longitude,zoom with zoom "
                        + MapView.MIN_ZOOM + " to " + MapView.MAX_ZOOM);
            }
        }
        Optional<String> base = Optional.empty();
        String baseText = first(parameters, BASE);
        if (baseText != null) {
            if (knownBases.contains(baseText.trim())) {
                base = Optional.of(baseText.trim());
            } else {
                ignored.add("base layer '" + baseText + "' was ignored: expected one of " + String.join(", ", knownBases));
            }
        }
        Optional<Set<String>> layers = Optional.empty();
        String layersText = first(parameters, LAYERS);
        if (layersText != null) {
            Set<String> shown = new LinkedHashSet<>();
            for (String id : layersText.split(",")) {
                if (id.isBlank()) {
                    continue;
                }
                if (knownLayers.contains(id.trim())) {
                    shown.add(id.trim());
                } else {
                    ignored.add("layer '" + id.trim() + "' was ignored: there is no such layer");
                }
            }
            layers = Optional.of(shown);
        }
        return new MapUrlState(view, base, layers, List.copyOf(ignored));
    }

    /** The parameters for a view, a base layer (none when null) and a set of shown overlays, in a stable order. */
    static Map<String, List<String>> write(MapView view, String baseLayer, Set<String> layers) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        parameters.put(VIEW, List.of(view.toParameter()));
        if (baseLayer != null) {
            parameters.put(BASE, List.of(baseLayer));
        }
        parameters.put(LAYERS, List.of(String.join(",", layers)));
        return parameters;
    }

    /**
     * The parameters as a query string starting with {@code ?}, percent-encoded except for commas, which RFC 3986
     * allows in a query and which keep {@code view=35.1,40.4,10} readable in a shared link.
     */
    static String queryString(Map<String, List<String>> parameters) {
        StringJoiner query = new StringJoiner("&", "?", "");
        parameters.forEach((name, values) -> values.forEach(value -> query.add(encode(name) + "=" + encode(value))));
        return query.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("%2C", ",");
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }
}
