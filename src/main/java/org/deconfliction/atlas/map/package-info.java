/**
 * The atlas's own Vaadin component over Leaflet: {@link org.deconfliction.atlas.map.LeafletMap} with app-level
 * operations (base layers, GeoJSON overlays with paint, tooltips and popups, view, legend) and events for clicks,
 * moves and layer toggles, over the {@code atlas-map} element in {@code frontend/}. Only ids, view numbers and
 * GeoJSON cross the wire; nothing here knows about sites or incidents.
 */
package org.deconfliction.atlas.map;
