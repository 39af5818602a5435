import { LitElement, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import * as L from 'leaflet';
import { feature as topoFeature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import countries50m from 'world-atlas/countries-50m.json';
import { forward as toMgrs } from 'mgrs';
import '@geoman-io/leaflet-geoman-free';

/** Paint of lines, areas and point symbols; every field optional. */
interface Paint {
  color?: string;
  weight?: number;
  opacity?: number;
  dashArray?: string;
  fillColor?: string;
  fillOpacity?: number;
  radius?: number;
  /** For point markers: one short text drawn inside the marker (as text), and its outline. */
  symbol?: string;
  shape?: 'square' | 'round';
}

/** A GeoJSON overlay as the server describes it. */
interface LayerSpec {
  id: string;
  title: string;
  geojson: GeoJSON.FeatureCollection;
  paint: Paint;
  /** Paint per value of one property, laid over `paint`. */
  paintBy?: { property: string; values: Record<string, Paint> };
  /** Point features drawn as a pin-like marker (with an element per feature) instead of a circle. */
  pointMarkers: boolean;
  tooltipProperty?: string;
  popupFields: { property: string; label: string }[];
  visible: boolean;
  /** Drawn only at this zoom level or closer (still listed in the layer switcher). */
  minZoom?: number;
  /** Features come tile by tile for the viewport (`addTiles`); cards come on demand (`openCard`). */
  tiled?: boolean;
}

/** A tiled overlay: its tiles of every zoom received in this generation, those of the map's zoom drawn. */
interface TiledOverlay {
  spec: LayerSpec;
  group: L.LayerGroup;
  generation: number;
  tiles: Map<string, { zoom: number; layer: L.GeoJSON; features: Map<string, L.Layer> }>;
  pane?: string;
}

const CLUSTER_COUNT = 'clusterCount';
const CLUSTER_PARTS = 'clusterParts';
const CLUSTER_EXTENT = 'clusterExtent';
const CLUSTER_OTHERS = 'clusterOthers';
const DIMMED = 'dimmed';
/** A point feature with this property (metres) is drawn as a circle of that radius on the ground around it. */
const CIRCLE_RADIUS = 'circleRadius';

interface BaseLayerSpec {
  id: string;
  title: string;
  url?: string;
  attribution?: string;
  maxZoom?: number;
}

interface LegendEntry {
  label: string;
  color: string;
  shape: 'line' | 'dashed' | 'point' | 'marker' | 'area';
  symbol?: string;
}

interface Overlay {
  layer: L.Layer;
  title: string;
}

const BORDERS_LAYER_ID = 'borders';
/** Markers this close on screen (pixels) to a clicked one are spread apart around it. */
const SPIDER_PIXELS = 14;

/**
 * A Leaflet map for the atlas. The server drives it with app-level operations (base layers, GeoJSON overlays,
 * view, legend) and hears back through DOM events: `atlas-view-change`, `atlas-map-click`,
 * `atlas-feature-click`, `atlas-layer-toggle`, `atlas-marker-moved` and `atlas-popup-action`. Text from data is only ever set as text, never as HTML.
 */
@customElement('atlas-map')
export class AtlasMap extends LitElement {
  private map?: L.Map;
  private layerControl?: L.Control.Layers;
  private legendControl?: L.Control;
  private readonly overlays = new Map<string, Overlay>();
  /** Each overlay's features by id, for selecting one from the server. */
  private readonly features = new Map<string, Map<string, L.Layer>>();
  private selected?: HTMLElement;
  /** Per overlay, the ids shown (others hidden) and highlighted (others dimmed); absent means all. */
  private readonly shownIds = new Map<string, Set<string>>();
  private readonly highlightedIds = new Map<string, Set<string>>();
  /** The one region the user has drawn, if any. */
  private region?: L.Layer;
  /** Markers of overlays added later stack above those added earlier. */
  private overlayCount = 0;
  private readonly baseLayers = new Map<string, L.Layer>();
  private resizeObserver?: ResizeObserver;
  private presenting = false;
  private legendWasOpen = true;
  /** Whether the legend starts folded (`foldLegend`) rather than unfolded. */
  private legendStartsFolded = false;
  /** The centre last asked for by the server; reported back while the map stays within a pixel of it. */
  private requestedCentre?: L.LatLng;
  /** The one draggable marker of an item whose position is being edited. */
  private editMarker?: L.Marker;
  /** Per overlay, the labels of the buttons shown in its popups. */
  private readonly popupActions = new Map<string, string[]>();
  /** Bounds the server asked the map to fit, kept (and fitted again when the map is resized) until the view is moved. */
  private pendingFit?: L.LatLngBounds;
  private readonly tiled = new Map<string, TiledOverlay>();
  private viewReportQueued = false;
  /** Per tiled overlay, the one card given by the server, for the feature it belongs to. */
  private readonly cards = new Map<string, { featureId: string; properties: Record<string, unknown> }>();
  /** Markers spread apart around the place they share, each with its true place, and the legs drawn to them. */
  private spider?: { centre: L.Marker; moved: { marker: L.Marker; at: L.LatLng; zIndexOffset: number }[]; legs: L.Layer[] };
  /** A feature of a tiled overlay to select (or, when `present`, to outline at `minZoom`) as soon as a tile draws it. */
  private pendingSelection?: { layerId: string; featureId: string; minZoom: number; present?: boolean };
  /** Features of tiled overlays the server marked to be drawn dimmed (incidents that do not answer the question). */
  private readonly dimmedLayers = new WeakSet<L.Layer>();

  protected createRenderRoot() {
    return this;
  }

  protected render() {
    return nothing;
  }

  connectedCallback() {
    super.connectedCallback();
    if (this.map) {
      return;
    }
    const canvas = document.createElement('div');
    canvas.className = 'atlas-map-canvas';
    this.appendChild(canvas);
    // One landmark for the map and everything on it; Leaflet makes the container a tab stop whose arrows pan and
    // whose + and − zoom.
    this.setAttribute('role', 'region');
    this.setAttribute('aria-label', 'Map (arrow keys pan, + and − zoom)');
    this.map = L.map(canvas, { center: [35.0, 39.5], zoom: 7, zoomControl: true, worldCopyJump: true });
    this.layerControl = L.control.layers(undefined, undefined, { collapsed: true, position: 'topright' }).addTo(this.map);
    L.control.scale({ imperial: false, position: 'bottomleft' }).addTo(this.map);
    this.addCursorReadout(this.map);
    this.addBorders();
    this.map.on('moveend', () => this.fireViewChange());
    this.map.on('zoomend', () => this.tiled.forEach((overlay) => this.drawTilesOfZoom(overlay)));
    this.map.on('zoomstart', () => this.unspiderfy());
    this.map.on('click', () => this.unspiderfy());
    this.map.on('click', (e: L.LeafletMouseEvent) => this.fire('atlas-map-click', { lat: e.latlng.lat, lng: e.latlng.lng }));
    this.map.on('overlayadd', (e: L.LayersControlEvent) => this.fireLayerToggle(e.layer, true));
    this.map.on('overlayremove', (e: L.LayersControlEvent) => this.fireLayerToggle(e.layer, false));
    this.map.on('baselayerchange', (e: L.LayersControlEvent) => {
      for (const [id, layer] of this.baseLayers) {
        if (layer === e.layer) {
          this.fire('atlas-base-layer-change', { layerId: id });
        }
      }
    });
    this.resizeObserver = new ResizeObserver(() => {
      this.map?.invalidateSize();
      this.refit();
    });
    this.resizeObserver.observe(this);
    for (const gesture of ['pointerdown', 'wheel', 'keydown']) {
      canvas.addEventListener(gesture, () => {
        this.pendingFit = undefined;
      }, { passive: true });
    }
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
  }

  /** Replaces the base layers (tile services), selecting the one with `activeId`. */
  setBaseLayers(specJson: string, activeId: string) {
    const map = this.requireMap();
    for (const layer of this.baseLayers.values()) {
      this.layerControl?.removeLayer(layer);
      map.removeLayer(layer);
    }
    this.baseLayers.clear();
    for (const spec of JSON.parse(specJson) as BaseLayerSpec[]) {
      const layer = spec.url
        ? L.tileLayer(spec.url, { attribution: spec.attribution ?? '', maxZoom: spec.maxZoom ?? 18 })
        : L.layerGroup();
      this.baseLayers.set(spec.id, layer);
      this.layerControl?.addBaseLayer(layer, spec.title);
      if (spec.id === activeId) {
        layer.addTo(map);
      }
    }
  }

  /** Shows the base layer with this id instead of the one shown; the layer switcher follows. Unknown ids are ignored. */
  setBaseLayer(id: string) {
    const map = this.requireMap();
    const chosen = this.baseLayers.get(id);
    if (!chosen) {
      return;
    }
    for (const layer of this.baseLayers.values()) {
      if (layer !== chosen) {
        map.removeLayer(layer);
      }
    }
    chosen.addTo(map);
  }

  /** Adds a GeoJSON overlay, replacing any overlay with the same id. */
  setGeoJsonLayer(specJson: string) {
    const spec = JSON.parse(specJson) as LayerSpec;
    if (spec.tiled) {
      this.setTiledLayer(spec);
      return;
    }
    const kept = this.openOrSelectedFeature(spec.id);
    this.unspiderfy();
    this.removeOverlay(spec.id);
    this.features.set(spec.id, new Map());
    const stacking = ++this.overlayCount * 1000;
    const pane = spec.minZoom !== undefined ? this.zoomDependentPane(spec.id, spec.minZoom) : undefined;
    const layer = L.geoJSON(spec.geojson, {
      pane,
      // Data and reference layers are never Geoman layers: only the drawn region may be edited or removed.
      pmIgnore: true,
      style: (f) => ({ ...this.paintOf(spec, f), ...(pane ? { pane } : {}) }),
      pointToLayer: (f, latlng) => this.pointLayer(spec, f, latlng, stacking),
      onEachFeature: (f, featureLayer) => this.decorate(spec, f, featureLayer),
    });
    this.addOverlay(spec.id, spec.title, layer, spec.visible);
    this.reselect(spec.id, kept);
  }

  /** Adds an overlay whose features come tile by tile (`addTiles`), replacing any with the same id; reports the view. */
  private setTiledLayer(spec: LayerSpec) {
    this.removeOverlay(spec.id);
    this.features.set(spec.id, new Map());
    const group = L.layerGroup();
    const pane = spec.minZoom !== undefined ? this.zoomDependentPane(spec.id, spec.minZoom) : undefined;
    this.tiled.set(spec.id, { spec, group, generation: 0, tiles: new Map(), pane });
    this.addOverlay(spec.id, spec.title, group, spec.visible);
    // The server sends the tiles of the viewport it hears of.
    this.fireViewChange();
  }

  /** Starts a new generation of a tiled overlay's tiles, removing all it has. */
  clearTiles(layerId: string, generation: number) {
    const overlay = this.tiled.get(layerId);
    if (!overlay) {
      return;
    }
    overlay.group.clearLayers();
    overlay.tiles.clear();
    overlay.generation = generation;
    this.features.set(layerId, new Map());
    this.unspiderfy();
  }

  /** Adds tiles (`[{key, zoom, geojson}]`) to a tiled overlay; those of another generation are ignored. */
  addTiles(layerId: string, generation: number, tilesJson: string) {
    const overlay = this.tiled.get(layerId);
    if (!overlay || overlay.generation !== generation) {
      return;
    }
    const spec = overlay.spec;
    const stacking = (this.overlayCount + 1) * 1000;
    for (const tile of JSON.parse(tilesJson) as { key: string; zoom: number; geojson: GeoJSON.FeatureCollection }[]) {
      overlay.tiles.get(tile.key)?.layer.remove();
      const features = new Map<string, L.Layer>();
      const pane = overlay.pane;
      const layer = L.geoJSON(tile.geojson, {
        pane,
        pmIgnore: true,
        style: (f) => ({ ...this.paintOf(spec, f), ...(pane ? { pane } : {}) }),
        pointToLayer: (f, latlng) => f.properties?.[CLUSTER_COUNT] !== undefined
          ? this.clusterMarker(spec, f, latlng, stacking)
          : this.pointLayer(spec, f, latlng, stacking, pane),
        onEachFeature: (f, featureLayer) => {
          if (f.properties?.[CLUSTER_COUNT] === undefined) {
            if (f.properties?.[DIMMED]) {
              this.dimmedLayers.add(featureLayer);
            }
            this.decorate(spec, f, featureLayer);
            features.set(String(f.id ?? ''), featureLayer);
          }
        },
      });
      overlay.tiles.set(tile.key, { zoom: tile.zoom, layer, features });
    }
    this.drawTilesOfZoom(overlay);
  }

  /** Draws the tiles of the map's zoom and only those; the overlay's features are theirs. */
  private drawTilesOfZoom(overlay: TiledOverlay) {
    const zoom = this.requireMap().getZoom();
    const shown = new Map<string, L.Layer>();
    for (const tile of overlay.tiles.values()) {
      if (tile.zoom === zoom) {
        overlay.group.addLayer(tile.layer);
        tile.features.forEach((layer, id) => shown.set(id, layer));
      } else {
        overlay.group.removeLayer(tile.layer);
      }
    }
    this.features.set(overlay.spec.id, shown);
    const pending = this.pendingSelection;
    if (pending?.present && pending.layerId === overlay.spec.id && zoom === pending.minZoom) {
      const layer = shown.get(pending.featureId);
      if (layer) {
        this.pendingSelection = undefined;
        this.markSelected(layer);
      }
    } else if (pending && !pending.present && pending.layerId === overlay.spec.id && shown.has(pending.featureId)) {
      this.pendingSelection = undefined;
      this.selectFeature(pending.layerId, pending.featureId, pending.minZoom);
    }
  }

  /**
   * Gives the card of a feature of a tiled overlay and opens it: now if the feature is drawn, else when it is
   * selected once a tile draws it.
   */
  openCard(layerId: string, featureId: string, propertiesJson: string) {
    const overlay = this.tiled.get(layerId);
    if (!overlay) {
      return;
    }
    const properties = JSON.parse(propertiesJson) as Record<string, unknown>;
    this.cards.set(layerId, { featureId, properties });
    const layer = this.features.get(layerId)?.get(featureId);
    if (layer && this.map?.hasLayer(layer)) {
      this.bindCard(overlay.spec, featureId, layer);
      layer.openPopup();
    }
  }

  /** Binds the card the server gave for this feature, if it gave one. */
  private bindCard(spec: LayerSpec, featureId: string, layer: L.Layer) {
    const card = this.cards.get(spec.id);
    if (!card || card.featureId !== featureId) {
      return;
    }
    const f: GeoJSON.Feature = { type: 'Feature', id: featureId, geometry: { type: 'Point', coordinates: [0, 0] }, properties: card.properties };
    layer.unbindPopup();
    layer.bindPopup(() => this.popupContent({ ...spec, popupFields: spec.popupFields }, f));
    layer.on('popupopen', () => {
      if (this.presenting) {
        layer.closePopup();
      }
    });
  }

  /**
   * A marker standing for several features: their count as text on sectors coloured by their split over the
   * overlay's paint property; a click zooms to the box that holds them.
   */
  private clusterMarker(spec: LayerSpec, f: GeoJSON.Feature, latlng: L.LatLng, stacking: number): L.Marker {
    const properties = f.properties ?? {};
    const count = Number(properties[CLUSTER_COUNT]);
    const others = Number(properties[CLUSTER_OTHERS] ?? 0);
    const total = count + others;
    const parts = (properties[CLUSTER_PARTS] ?? {}) as Record<string, number>;
    const stops: string[] = [];
    let from = 0;
    for (const [value, n] of Object.entries(parts)) {
      const paint = spec.paintBy?.values[value] ?? spec.paint;
      const to = from + (Number(n) / total) * 360;
      stops.push(`${paint.fillColor ?? paint.color ?? '#555'} ${from.toFixed(1)}deg ${to.toFixed(1)}deg`);
      from = to;
    }
    if (others > 0 && count > 0) {
      // The incidents that do not answer: one pale sector after the answers' colours.
      stops.push(`#d5d5d5 ${from.toFixed(1)}deg 360deg`);
    }
    const ring = document.createElement('span');
    ring.className = 'atlas-cluster';
    ring.style.setProperty('--cluster-sectors', stops.length > 0 ? `conic-gradient(${stops.join(', ')})` : '#555');
    const label = document.createElement('span');
    label.className = count > 0 ? 'atlas-cluster-count' : 'atlas-cluster-count atlas-cluster-others';
    const shown = count > 0 ? count : others;
    label.textContent = shown >= 10000 ? `${Math.round(shown / 1000)}k` : String(shown);
    ring.append(label);
    const size = total < 100 ? 30 : total < 1000 ? 36 : 42;
    ring.style.setProperty('--cluster-size', `${size}px`);
    const dimmed = count === 0 ? ' atlas-dimmed' : '';
    const icon = L.divIcon({ className: `atlas-marker atlas-cluster-marker${dimmed}`, html: ring, iconSize: [size, size], iconAnchor: [size / 2, size / 2] });
    // Clusters of answers above those of incidents that do not answer.
    const marker = L.marker(latlng, { icon, keyboard: false, title: '', zIndexOffset: stacking + (count > 0 ? 500 : 250), pmIgnore: true });
    const title = spec.title.toLowerCase();
    const described = count === 0 ? `${others} ${title} outside the answer`
      : others === 0 ? `${count} ${title}` : `${count} ${title} in the answer, ${others} outside it`;
    const tooltip = document.createElement('span');
    tooltip.textContent = `${described} — click to zoom in`;
    ring.setAttribute('role', 'img');
    ring.setAttribute('aria-label', `${described} (cluster)`);
    marker.bindTooltip(tooltip, { direction: 'top' });
    marker.on('click', () => {
      const map = this.requireMap();
      const extent = properties[CLUSTER_EXTENT] as number[] | undefined;
      const box = extent ? L.latLngBounds([extent[1], extent[0]], [extent[3], extent[2]]) : L.latLngBounds(latlng, latlng);
      const fitted = Math.min(map.getBoundsZoom(box.pad(0.1)), map.getMaxZoom());
      map.setView(box.getCenter(), Math.max(fitted, map.getZoom() + 1));
    });
    return marker;
  }

  /**
   * Spreads apart the markers (of any overlay) that lie on screen within a few pixels of a clicked one, so that each
   * can be hovered and clicked: they fan out below it on legs to their true place, until the map is clicked or
   * zoomed or another group is spread. The clicked marker stays where it is.
   */
  private spiderfyAround(centre: L.Marker) {
    if (this.spider && (this.spider.centre === centre || this.spider.moved.some((m) => m.marker === centre))) {
      return;
    }
    this.unspiderfy();
    const map = this.requireMap();
    const at = map.latLngToLayerPoint(centre.getLatLng());
    const others: L.Marker[] = [];
    for (const features of this.features.values()) {
      for (const layer of features.values()) {
        const element = layer instanceof L.Marker ? layer.getElement() : undefined;
        if (layer !== centre && layer instanceof L.Marker && map.hasLayer(layer) && element
            && !element.querySelector('.atlas-hidden') && !element.classList.contains('atlas-hidden')
            && map.latLngToLayerPoint(layer.getLatLng()).distanceTo(at) <= SPIDER_PIXELS) {
          others.push(layer);
        }
      }
    }
    if (others.length === 0) {
      return;
    }
    const radius = Math.max(36, others.length * 10);
    const moved = others.map((marker, k) => {
      // Below the marker, so that its card (which opens above) never covers them.
      const angle = Math.PI * (others.length === 1 ? 0.5 : 0.15 + (0.7 * k) / (others.length - 1));
      const place = map.layerPointToLatLng(at.add(L.point(Math.cos(angle) * radius, Math.sin(angle) * radius)));
      const entry = { marker, at: marker.getLatLng(), zIndexOffset: marker.options.zIndexOffset ?? 0 };
      marker.setLatLng(place);
      marker.setZIndexOffset(1_000_000);
      marker.getElement()?.classList.add('atlas-spread');
      return entry;
    });
    const legs = moved.map((m) => L.polyline([m.at, m.marker.getLatLng()], {
      interactive: false, pmIgnore: true, className: 'atlas-spider-leg', color: '#333', weight: 1.5, opacity: 0.8,
    }).addTo(map));
    this.spider = { centre, moved, legs };
  }

  /** Puts spread markers back at their places. */
  private unspiderfy() {
    const spider = this.spider;
    if (!spider) {
      return;
    }
    this.spider = undefined;
    for (const { marker, at, zIndexOffset } of spider.moved) {
      marker.setLatLng(at);
      marker.setZIndexOffset(zIndexOffset);
      marker.getElement()?.classList.remove('atlas-spread');
    }
    spider.legs.forEach((leg) => leg.remove());
  }

  /** The id of the overlay's feature whose card is open or that is outlined as selected, if any. */
  private openOrSelectedFeature(layerId: string): { id: string; popupOpen: boolean } | undefined {
    for (const [id, layer] of this.features.get(layerId) ?? []) {
      const element = layer instanceof L.Marker ? layer.getElement() : (layer as L.Path).getElement?.();
      if (layer.isPopupOpen() || (element !== undefined && element === this.selected)) {
        return { id, popupOpen: layer.isPopupOpen() };
      }
    }
    return undefined;
  }

  /**
   * After an overlay was replaced (its data changed): the feature that was selected stays selected, and its card
   * stays open, when the new data still has it, so a change saved anywhere does not close what the user is reading.
   */
  private reselect(layerId: string, kept: { id: string; popupOpen: boolean } | undefined) {
    const layer = kept ? this.features.get(layerId)?.get(kept.id) : undefined;
    if (!kept || !layer || !this.map?.hasLayer(layer)) {
      return;
    }
    this.markSelected(layer);
    if (kept.popupOpen) {
      layer.openPopup();
    }
  }

  /** Removes the overlay with the given id, if there is one. */
  removeOverlay(id: string) {
    const existing = this.overlays.get(id);
    this.tiled.delete(id);
    if (existing) {
      this.layerControl?.removeLayer(existing.layer);
      existing.layer.remove();
      this.overlays.delete(id);
      this.features.delete(id);
    }
  }

  /**
   * Selects one feature of an overlay: the map flies to it (to at least `minZoom`), its marker is outlined
   * and its popup opens. Unknown ids are ignored.
   */
  selectFeature(layerId: string, featureId: string, minZoom: number) {
    const map = this.requireMap();
    const layer = this.features.get(layerId)?.get(featureId);
    if (!layer) {
      if (this.tiled.has(layerId)) {
        this.pendingSelection = { layerId, featureId, minZoom };
      }
      return;
    }
    const tiledSpec = this.tiled.get(layerId)?.spec;
    if (tiledSpec) {
      this.bindCard(tiledSpec, featureId, layer);
    }
    const overlay = this.overlays.get(layerId);
    if (overlay && !map.hasLayer(overlay.layer)) {
      overlay.layer.addTo(map);
    }
    const target = layer instanceof L.Marker || layer instanceof L.CircleMarker
      ? layer.getLatLng()
      : (layer as L.Polyline).getBounds().getCenter();
    this.markSelected(layer);
    this.pendingFit = undefined;
    if (map.getZoom() >= minZoom && map.getBounds().pad(-0.1).contains(target)) {
      this.fitPopup(layer);
      layer.openPopup();
      return;
    }
    // The overlay may have been replaced during the flight (an edit saved): open the card of the feature with this
    // id as the overlay is now, never that of a feature gone.
    map.once('moveend', () => {
      const current = this.features.get(layerId)?.get(featureId);
      if (current && map.hasLayer(current)) {
        this.markSelected(current);
        this.fitPopup(current);
        current.openPopup();
      }
    });
    map.flyTo(target, Math.max(map.getZoom(), minZoom), { duration: 0.6 });
  }

  /**
   * Selects a feature of a tiled overlay: as `selectFeature` when a tile draws it; else flies to the point given
   * (degrees, to at least `minZoom`) and selects it once a tile that draws it arrives.
   */
  selectFeatureAt(layerId: string, featureId: string, lat: number, lng: number, minZoom: number) {
    if (this.features.get(layerId)?.has(featureId)) {
      this.selectFeature(layerId, featureId, minZoom);
      return;
    }
    const map = this.requireMap();
    this.pendingSelection = { layerId, featureId, minZoom };
    map.flyTo(L.latLng(lat, lng), Math.max(map.getZoom(), minZoom), { duration: 0.6 });
  }

  /**
   * Shows the drawing tools (polygon, rectangle, circle, line). One region exists at a time: drawing a new one
   * replaces it. Drawing or editing it fires `atlas-region-drawn`; removing it fires `atlas-region-cleared`.
   */
  enableDrawing() {
    const map = this.requireMap();
    map.pm.addControls({
      position: 'topleft',
      drawMarker: false,
      drawCircleMarker: false,
      drawText: false,
      cutPolygon: false,
      rotateMode: false,
      dragMode: false,
    });
    map.pm.setGlobalOptions({ allowSelfIntersection: false });
    // Geoman titles the box around each tool's link; the link itself, which takes the focus, needs the name.
    for (const box of this.querySelectorAll<HTMLElement>('.leaflet-pm-toolbar .button-container[title]')) {
      box.querySelector('a.leaflet-buttons-control-button')?.setAttribute('aria-label', box.title);
    }
    // While drawing or editing, clicks and hovers reach the drawing, never the markers or circles beneath. (The
    // eraser leaves them clickable: it removes only the drawn region, and a marker's card still opens.)
    const drawing = (on: boolean) => {
      this.classList.toggle('atlas-drawing', on);
      if (on) {
        map.closePopup();
        map.eachLayer((layer) => layer.closeTooltip());
      }
    };
    map.on('pm:drawstart', () => drawing(true));
    map.on('pm:drawend', () => drawing(false));
    map.on('pm:globaleditmodetoggled', (e: { enabled: boolean }) => drawing(e.enabled));
    map.on('pm:create', (e: { shape: string; layer: L.Layer }) => this.adoptRegion(e.layer, e.shape));
    map.on('pm:remove', (e: { layer: L.Layer }) => {
      if (e.layer === this.region) {
        this.region = undefined;
        this.fire('atlas-region-cleared', {});
      }
    });
  }

  /**
   * Puts down a draggable marker for item `id` at a point (degrees), replacing any other; dropping it fires
   * `atlas-marker-moved` with the id and the new position.
   */
  editPosition(id: string, lat: number, lng: number) {
    const map = this.requireMap();
    this.endEditPosition();
    const pin = document.createElement('span');
    pin.className = 'atlas-edit-pin';
    const icon = L.divIcon({ className: 'atlas-edit-marker', html: pin, iconSize: [22, 22], iconAnchor: [11, 11] });
    const marker = L.marker([lat, lng], { icon, draggable: true, autoPan: true, zIndexOffset: 100000, pmIgnore: true });
    marker.on('dragend', () => {
      const at = marker.getLatLng().wrap();
      this.fire('atlas-marker-moved', { id, lat: at.lat, lng: at.lng });
    });
    marker.addTo(map);
    this.editMarker = marker;
  }

  /** Removes the draggable marker, if there is one. */
  endEditPosition() {
    this.editMarker?.remove();
    this.editMarker = undefined;
  }

  /** Shows buttons with these labels in the popups of an overlay; clicking one fires `atlas-popup-action`. */
  setPopupActions(layerId: string, actionsJson: string) {
    this.popupActions.set(layerId, JSON.parse(actionsJson) as string[]);
  }

  /** Folds the legend to its title now and whenever it is first drawn; a click on the title unfolds it. */
  foldLegend() {
    this.legendStartsFolded = true;
    const legend = this.legendControl?.getContainer() as HTMLDetailsElement | undefined;
    if (legend) {
      legend.open = false;
    }
  }

  /** While presenting popups stay closed and the legend is folded; leaving restores the legend's fold. */
  setPresenting(on: boolean) {
    this.presenting = on;
    this.requireMap().closePopup();
    const legend = this.legendControl?.getContainer() as HTMLDetailsElement | undefined;
    if (legend) {
      if (on) {
        this.legendWasOpen = legend.open;
        legend.open = false;
      } else {
        legend.open = this.legendWasOpen;
      }
    }
  }

  /** Removes the selected feature's outline. */
  clearSelection() {
    this.selected?.classList.remove('atlas-selected');
    this.selected = undefined;
  }

  /** Shows or hides the drawing tools (hidden while presenting). */
  setDrawingVisible(visible: boolean) {
    const map = this.requireMap();
    if (map.pm.controlsVisible() !== visible) {
      map.pm.toggleControls();
    }
  }

  /** Draws a region given by the server (e.g. from a link): `shape` is Polygon, Rectangle, Circle or Line. */
  showRegion(shape: string, geometryJson: string, radiusMetres: number) {
    const geometry = JSON.parse(geometryJson) as GeoJSON.Geometry;
    let layer: L.Layer;
    if (shape === 'Circle' && geometry.type === 'Point') {
      layer = L.circle(L.latLng(geometry.coordinates[1], geometry.coordinates[0]), { radius: radiusMetres });
    } else {
      layer = L.geoJSON(geometry).getLayers()[0];
    }
    layer.addTo(this.requireMap());
    this.adoptRegion(layer, shape, false);
  }

  /** Removes the drawn region without reporting it. */
  clearRegion() {
    this.region?.remove();
    this.region = undefined;
  }

  /** Hides every feature of an overlay except those with the given ids; `null` shows them all again. */
  show(layerId: string, idsJson: string | null) {
    this.remember(this.shownIds, layerId, idsJson);
    this.restyle(layerId);
  }

  /**
   * Dims every feature of an overlay except those with the given ids; `null` shows them all normally again.
   */
  highlight(layerId: string, idsJson: string | null) {
    this.remember(this.highlightedIds, layerId, idsJson);
    this.restyle(layerId);
  }

  private remember(sets: Map<string, Set<string>>, layerId: string, idsJson: string | null) {
    if (idsJson === null) {
      sets.delete(layerId);
    } else {
      sets.set(layerId, new Set(JSON.parse(idsJson) as string[]));
    }
  }

  private restyle(layerId: string) {
    for (const [featureId, layer] of this.features.get(layerId) ?? []) {
      this.styleFeature(layerId, featureId, layer);
    }
  }

  /** Applies the hidden and dimmed state to one feature's element (again after Leaflet re-creates it). */
  private styleFeature(layerId: string, featureId: string, layer: L.Layer) {
    const element = layer instanceof L.Marker ? layer.getElement() : (layer as L.Path).getElement?.();
    const shown = this.shownIds.get(layerId);
    const highlighted = this.highlightedIds.get(layerId);
    element?.classList.toggle('atlas-hidden', shown !== undefined && !shown.has(featureId));
    element?.classList.toggle('atlas-dimmed', (highlighted !== undefined && !highlighted.has(featureId))
      || this.dimmedLayers.has(layer));
  }

  private adoptRegion(layer: L.Layer, shape: string, report = true) {
    if (this.region && this.region !== layer) {
      this.region.remove();
    }
    this.region = layer;
    (layer as L.Path).setStyle?.({ color: '#0b6e99', weight: 2, fillOpacity: 0.08, dashArray: '4 4' });
    layer.on('pm:edit', () => this.fireRegion(layer, shape));
    if (report) {
      this.fireRegion(layer, shape);
    }
  }

  private fireRegion(layer: L.Layer, shape: string) {
    if (layer instanceof L.Circle) {
      const centre = layer.getLatLng();
      this.fire('atlas-region-drawn', {
        shape: 'Circle',
        geometry: JSON.stringify({ type: 'Point', coordinates: [centre.lng, centre.lat] }),
        radius: layer.getRadius(),
      });
      return;
    }
    const geometry = (layer as L.Polyline).toGeoJSON().geometry;
    this.fire('atlas-region-drawn', { shape, geometry: JSON.stringify(geometry), radius: 0 });
  }

  /**
   * Presents one feature to an audience: outlines it and flies so that it sits right of and below the centre
   * (a quarter of the width, a tenth of the height), leaving the top left free for a caption. No popup.
   */
  presentFeature(layerId: string, featureId: string, zoom: number) {
    const map = this.requireMap();
    const layer = this.features.get(layerId)?.get(featureId);
    if (!layer) {
      return;
    }
    const target = layer instanceof L.Marker || layer instanceof L.CircleMarker
      ? layer.getLatLng()
      : (layer as L.Polyline).getBounds().getCenter();
    map.closePopup();
    this.pendingFit = undefined;
    this.markSelected(layer);
    const size = map.getSize();
    const centre = map.unproject(map.project(target, zoom).subtract([size.x * 0.25, size.y * 0.1]), zoom);
    this.requestedCentre = centre;
    map.flyTo(centre, zoom, { duration: 0.8 });
  }

  /**
   * Presents a feature of a tiled overlay that may not be drawn yet: the map flies so that the point given (degrees)
   * sits where `presentFeature` puts a feature at `zoom`, and outlines the feature once a tile of that zoom draws it.
   */
  presentFeatureAt(layerId: string, featureId: string, lat: number, lng: number, zoom: number) {
    const map = this.requireMap();
    map.closePopup();
    this.pendingFit = undefined;
    const drawn = this.features.get(layerId)?.get(featureId);
    if (drawn && map.getZoom() === zoom) {
      this.markSelected(drawn);
    } else {
      this.pendingSelection = { layerId, featureId, minZoom: zoom, present: true };
    }
    const size = map.getSize();
    const centre = map.unproject(map.project(L.latLng(lat, lng), zoom).subtract([size.x * 0.25, size.y * 0.1]), zoom);
    this.requestedCentre = centre;
    map.flyTo(centre, zoom, { duration: 0.8 });
  }

  /**
   * Shows all features of an overlay, hidden ones included, at the closest zoom that fits them clear of the map's
   * controls; fitted again when the map is resized, until the view is moved. Unknown or empty overlays are ignored.
   */
  fitToOverlay(layerId: string) {
    const bounds = L.latLngBounds([]);
    for (const layer of this.features.get(layerId)?.values() ?? []) {
      if (layer instanceof L.Marker || layer instanceof L.CircleMarker) {
        bounds.extend(layer.getLatLng());
      } else if (layer instanceof L.Polyline) {
        bounds.extend(layer.getBounds());
      }
    }
    if (!bounds.isValid()) {
      return;
    }
    this.pendingFit = bounds;
    this.refit();
  }

  private refit() {
    const map = this.map;
    const size = map?.getSize();
    if (!map || !this.pendingFit || !size || size.x < 100 || size.y < 100) {
      return;
    }
    this.requestedCentre = undefined;
    // Left: the zoom and drawing tools; right: the layer switcher and the legend under it (when it fits beside).
    const legend = this.legendControl?.getContainer();
    const right = legend && legend.offsetWidth < size.x / 3 ? legend.offsetWidth + 20 : 30;
    map.fitBounds(this.pendingFit, { paddingTopLeft: [60, 20], paddingBottomRight: [right, 40], animate: false });
  }

  /** Flies to a point at a zoom level. */
  flyTo(lat: number, lng: number, zoom: number) {
    this.pendingFit = undefined;
    this.requestedCentre = L.latLng(lat, lng);
    this.requireMap().flyTo(this.requestedCentre, zoom, { duration: 0.6 });
  }

  /** Shows or hides an overlay, as ticking it in the layer switcher would. */
  setOverlayVisible(id: string, visible: boolean) {
    const overlay = this.overlays.get(id);
    const map = this.requireMap();
    if (!overlay || map.hasLayer(overlay.layer) === visible) {
      return;
    }
    if (visible) {
      overlay.layer.addTo(map);
    } else {
      map.removeLayer(overlay.layer);
    }
  }

  /** Centres the map on a point (degrees) at a zoom level. */
  setView(lat: number, lng: number, zoom: number) {
    this.pendingFit = undefined;
    this.requestedCentre = L.latLng(lat, lng);
    this.requireMap().setView(this.requestedCentre, zoom, { animate: false });
  }

  /** Replaces the legend's entries, keeping it folded or unfolded as it was. */
  setLegend(entriesJson: string) {
    const map = this.requireMap();
    const previous = this.legendControl?.getContainer() as HTMLDetailsElement | undefined;
    // Unfolded at first, except on a phone, where it would cover most of the map.
    const wasOpen = previous ? previous.open : !this.legendStartsFolded && !window.matchMedia('(max-width: 600px)').matches;
    this.legendControl?.remove();
    const entries = JSON.parse(entriesJson) as LegendEntry[];
    // Under the layer switcher, in the same corner: the two stack and never overlap (see atlas-map.css).
    const legend = new L.Control({ position: 'topright' });
    legend.onAdd = () => {
      const box = L.DomUtil.create('details', 'atlas-legend leaflet-bar') as HTMLDetailsElement;
      box.open = !this.presenting && wasOpen;
      const summary = L.DomUtil.create('summary', 'atlas-legend-title', box);
      summary.textContent = 'Legend';
      L.DomEvent.disableClickPropagation(box);
      L.DomEvent.disableScrollPropagation(box);
      for (const entry of entries) {
        const row = L.DomUtil.create('div', 'atlas-legend-row', box);
        const swatch = L.DomUtil.create('span', `atlas-legend-swatch atlas-legend-${entry.shape}`, row);
        swatch.style.setProperty('--swatch-color', entry.color);
        if (entry.symbol) {
          swatch.textContent = entry.symbol;
        }
        const label = L.DomUtil.create('span', 'atlas-legend-label', row);
        label.textContent = entry.label;
      }
      return box;
    };
    this.legendControl = legend.addTo(map);
  }

  private requireMap(): L.Map {
    if (!this.map) {
      throw new Error('atlas-map is not attached');
    }
    return this.map;
  }

  private markSelected(layer: L.Layer) {
    this.selected?.classList.remove('atlas-selected');
    const element = layer instanceof L.Marker ? layer.getElement() : (layer as L.Path).getElement?.();
    this.selected = (element as HTMLElement | undefined) ?? undefined;
    this.selected?.classList.add('atlas-selected');
  }

  /** A map pane shown only from `minZoom` on, so the overlay keeps its place in the layer switcher. */
  private zoomDependentPane(id: string, minZoom: number): string {
    const map = this.requireMap();
    const name = `atlas-pane-${id}`;
    const pane = map.getPane(name) ?? map.createPane(name);
    pane.style.zIndex = '390';
    const update = () => {
      pane.style.display = map.getZoom() >= minZoom ? '' : 'none';
    };
    map.on('zoomend', update);
    update();
    return name;
  }

  private addOverlay(id: string, title: string, layer: L.Layer, visible: boolean) {
    (layer as L.Layer & { atlasLayerId?: string }).atlasLayerId = id;
    this.overlays.set(id, { layer, title });
    this.layerControl?.addOverlay(layer, title);
    if (visible) {
      layer.addTo(this.requireMap());
    }
  }

  private addBorders() {
    const topology = countries50m as unknown as Topology<{ countries: GeometryCollection }>;
    const borders = L.geoJSON(topoFeature(topology, topology.objects.countries), {
      interactive: false,
      pmIgnore: true,
      style: { color: '#6b6b6b', weight: 1, opacity: 0.9, fillColor: '#f2efe9', fillOpacity: 0.6 },
    });
    this.addOverlay(BORDERS_LAYER_ID, 'Country borders (offline, Natural Earth)', borders, true);
    borders.bringToBack();
  }

  private paintOf(spec: LayerSpec, f?: GeoJSON.Feature): L.PathOptions {
    const value = spec.paintBy && f?.properties ? f.properties[spec.paintBy.property] : undefined;
    const own = value !== undefined && spec.paintBy ? spec.paintBy.values[String(value)] : undefined;
    return { ...spec.paint, ...(own ?? {}), className: `atlas-path atlas-layer-${spec.id}` };
  }

  private pointLayer(spec: LayerSpec, f: GeoJSON.Feature, latlng: L.LatLng, stacking: number, pane?: string): L.Layer {
    const paint = this.paintOf(spec, f) as Paint;
    const radius = Number(f.properties?.[CIRCLE_RADIUS]);
    if (!spec.pointMarkers && radius > 0) {
      // Leaflet draws it with as many vertices as the screen needs; only the centre and radius travel.
      return L.circle(latlng, { ...paint, radius, pmIgnore: true, ...(pane ? { pane } : {}) });
    }
    if (!spec.pointMarkers) {
      return L.circleMarker(latlng, { ...paint, radius: paint.radius ?? 6, pmIgnore: true });
    }
    const dot = document.createElement('span');
    dot.className = `atlas-marker-dot atlas-marker-${paint.shape ?? 'square'}`;
    dot.style.setProperty('--marker-color', paint.fillColor ?? paint.color ?? '#333');
    if (paint.symbol) {
      dot.textContent = paint.symbol;
    }
    dot.dataset.featureId = String(f.id ?? '');
    dot.dataset.layerId = spec.id;
    // Named by what its tooltip says, not by its one-letter symbol; no tab stop of its own (the grid and the search
    // box reach every feature by keyboard), so that Tab gets from the header to the map's controls in a few steps.
    dot.setAttribute('role', 'img');
    dot.setAttribute('aria-label', markerName(spec, f));
    const size = paint.symbol ? 18 : 16;
    const icon = L.divIcon({ className: 'atlas-marker', html: dot, iconSize: [size, size], iconAnchor: [size / 2, size / 2] });
    return L.marker(latlng, { icon, keyboard: false, title: '', zIndexOffset: stacking, pmIgnore: true });
  }

  private decorate(spec: LayerSpec, f: GeoJSON.Feature, layer: L.Layer) {
    const featureId = String(f.id ?? '');
    this.features.get(spec.id)?.set(featureId, layer);
    layer.on('add', () => {
      const element = (layer as L.Path).getElement?.();
      if (element && !spec.pointMarkers) {
        element.setAttribute('data-feature-id', featureId);
        element.setAttribute('data-layer-id', spec.id);
      }
      this.styleFeature(spec.id, featureId, layer);
    });
    const radius = f.properties?.[CIRCLE_RADIUS];
    const tooltipText = spec.tooltipProperty && f.properties?.[spec.tooltipProperty] !== undefined
      ? f.properties[spec.tooltipProperty]
      : radius !== undefined ? `Located within ${Number(radius)} m` : undefined;
    if (tooltipText !== undefined && tooltipText !== null) {
      const tooltip = document.createElement('span');
      tooltip.textContent = String(tooltipText);
      layer.bindTooltip(tooltip, { sticky: !spec.pointMarkers && f.geometry.type !== 'Point', direction: 'top' });
    }
    if (spec.popupFields.length > 0) {
      // Before Leaflet's own click handler opens the popup: size it to the map and keep it clear of the legend.
      layer.on('click', () => this.fitPopup(layer));
    }
    if (spec.popupFields.length > 0 && !spec.tiled) {
      layer.bindPopup(() => this.popupContent(spec, f));
      // While presenting the caption shows the incident; a popup would open behind it.
      layer.on('popupopen', () => {
        if (this.presenting) {
          layer.closePopup();
        }
      });
    }
    layer.on('click', () => {
      if (layer instanceof L.Marker) {
        this.spiderfyAround(layer);
      }
      this.markSelected(layer);
      this.fire('atlas-feature-click', { layerId: spec.id, featureId });
    });
  }

  /**
   * A popup may be as tall as the map less a margin (it scrolls only beyond that), and is panned into the part of the
   * map left of the open legend, so that neither covers the other.
   */
  private fitPopup(layer: L.Layer) {
    const popup = layer.getPopup();
    const map = this.map;
    if (!popup || !map) {
      return;
    }
    const size = map.getSize();
    const legend = this.legendControl?.getContainer() as HTMLDetailsElement | undefined;
    const legendWidth = legend?.open && legend.offsetWidth < size.x / 2 ? legend.offsetWidth + 20 : 10;
    popup.options.maxHeight = Math.max(120, size.y - 90);
    popup.options.maxWidth = Math.max(240, Math.min(400, size.x - legendWidth - 90));
    popup.options.autoPanPaddingTopLeft = L.point(60, 10);
    popup.options.autoPanPaddingBottomRight = L.point(legendWidth, 10);
  }

  private popupContent(spec: LayerSpec, f: GeoJSON.Feature): HTMLElement {
    const card = document.createElement('dl');
    card.className = 'atlas-popup';
    for (const field of spec.popupFields) {
      const value = f.properties?.[field.property];
      if (value === undefined || value === null || value === '') {
        continue;
      }
      const term = document.createElement('dt');
      term.textContent = field.label;
      const description = document.createElement('dd');
      description.textContent = Array.isArray(value) ? value.map(describeItem).join('; ') : describeItem(value);
      card.append(term, description);
    }
    const actions = this.popupActions.get(spec.id) ?? [];
    if (actions.length === 0) {
      return card;
    }
    const box = document.createElement('div');
    const bar = document.createElement('div');
    bar.className = 'atlas-popup-actions';
    for (const action of actions) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'atlas-popup-action';
      button.textContent = action;
      button.addEventListener('click', () => {
        this.fire('atlas-popup-action', { layerId: spec.id, featureId: String(f.id ?? ''), action });
      });
      bar.append(button);
    }
    box.append(card, bar);
    return box;
  }

  private addCursorReadout(map: L.Map) {
    const readout = new L.Control({ position: 'bottomleft' });
    readout.onAdd = () => {
      const box = L.DomUtil.create('div', 'atlas-cursor leaflet-bar');
      box.textContent = 'Move the pointer over the map';
      map.on('mousemove', (e: L.LeafletMouseEvent) => {
        box.textContent = formatPosition(e.latlng);
      });
      return box;
    };
    readout.addTo(map);
  }

  /**
   * Reports the view again once the browser has drawn what it got (the server sends a viewport's tiles over several
   * messages when they do not fit in one).
   */
  reportViewSoon() {
    if (this.viewReportQueued) {
      return;
    }
    this.viewReportQueued = true;
    // A timeout, not an animation frame: those wait while the tab is hidden, and the rest would never be asked for.
    setTimeout(() => {
      this.viewReportQueued = false;
      if (this.map) {
        this.fireViewChange();
      }
    }, 0);
  }

  private fireViewChange() {
    const map = this.requireMap();
    // Leaflet snaps the centre to whole pixels; without this a shared view would drift a little on every reload.
    const requested = this.requestedCentre;
    const nearRequested = requested !== undefined
      && map.latLngToContainerPoint(requested).distanceTo(map.latLngToContainerPoint(map.getCenter())) <= 1;
    const centre = nearRequested ? requested : map.getCenter();
    if (!nearRequested) {
      this.requestedCentre = undefined;
    }
    const bounds = map.getBounds();
    this.fire('atlas-view-change', {
      lat: centre.lat, lng: centre.lng, zoom: map.getZoom(),
      south: bounds.getSouth(), west: bounds.getWest(), north: bounds.getNorth(), east: bounds.getEast(),
    });
  }

  private fireLayerToggle(layer: L.Layer, visible: boolean) {
    const layerId = (layer as L.Layer & { atlasLayerId?: string }).atlasLayerId;
    if (layerId) {
      this.fire('atlas-layer-toggle', { layerId, visible });
    }
  }

  private fire(type: string, detail: object) {
    this.dispatchEvent(new CustomEvent(type, { detail }));
  }
}

/** A marker's accessible name: its tooltip text (or id) and the overlay it belongs to, e.g. "Conoco gas field (Sites)". */
function markerName(spec: LayerSpec, f: GeoJSON.Feature): string {
  const shown = spec.tooltipProperty ? f.properties?.[spec.tooltipProperty] : undefined;
  const name = shown !== undefined && shown !== null ? String(shown) : String(f.id ?? '');
  return `${name} (${spec.title})`;
}

/** A popup value as text: objects that name a title (sources) show it, anything else its string form. */
function describeItem(value: unknown): string {
  if (value !== null && typeof value === 'object' && 'title' in value) {
    const item = value as { title: unknown; publisher?: unknown };
    return item.publisher ? `${String(item.title)} (${String(item.publisher)})` : String(item.title);
  }
  return String(value);
}

/** Decimal degrees to five places (about 1 m) and the MGRS reference at 1 m. */
function formatPosition(latlng: L.LatLng): string {
  const wrapped = latlng.wrap();
  const degrees = `${wrapped.lat.toFixed(5)}, ${wrapped.lng.toFixed(5)}`;
  try {
    const grid = toMgrs([wrapped.lng, wrapped.lat], 5);
    const match = /^(\d{1,2}[C-X])([A-Z]{2})(\d{5})(\d{5})$/.exec(grid);
    return `${degrees} · MGRS ${match ? `${match[1]} ${match[2]} ${match[3]} ${match[4]}` : grid}`;
  } catch {
    return degrees;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'atlas-map': AtlasMap;
  }
}
