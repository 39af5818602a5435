package org.deconfliction.atlas.map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A base layer: a tile service ({@code url} with {@code {z}/{x}/{y}} placeholders and its attribution), or, with
 * a null url, a plain background that needs no network.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BaseLayer(String id, String title, String url, String attribution, Integer maxZoom) {

    /** A base layer of raster tiles. */
    public static BaseLayer tiles(String id, String title, String url, String attribution, int maxZoom) {
        return new BaseLayer(id, title, url, attribution, maxZoom);
    }

    /** A plain background, for closed networks. */
    public static BaseLayer plain(String id, String title) {
        return new BaseLayer(id, title, null, null, null);
    }
}
