package org.deconfliction.atlas.ui;

import java.util.List;
import org.deconfliction.atlas.map.BaseLayer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The base layers offered on the map, from {@code application.properties}: one tile service
 * ({@code atlas.map.tiles.*}) and a plain background for closed networks; {@code atlas.map.base-layer} chooses
 * which is shown first ({@code tiles} or {@code plain}).
 */
@Component
class BaseLayerSettings {

    static final String TILES = "tiles";
    static final String PLAIN = "plain";

    private final List<BaseLayer> layers;
    private final String active;

    BaseLayerSettings(
            @Value("${atlas.map.tiles.title}") String title,
            @Value("${atlas.map.tiles.url}") String url,
            @Value("${atlas.map.tiles.attribution}") String attribution,
            @Value("${atlas.map.tiles.max-zoom:18}") int maxZoom,
            @Value("${atlas.map.base-layer:tiles}") String active) {
        this.layers = List.of(
                BaseLayer.tiles(TILES, title, url, attribution, maxZoom),
                BaseLayer.plain(PLAIN, "Plain background (offline)"));
        this.active = PLAIN.equals(active) ? PLAIN : TILES;
    }

    List<BaseLayer> layers() {
        return layers;
    }

    String active() {
        return active;
    }
}
