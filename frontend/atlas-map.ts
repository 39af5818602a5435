import { LitElement, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import * as L from 'leaflet';
import { feature as topoFeature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import countries50m from 'world-atlas/countries-50m.json';
import { forward as toMgrs } from 'mgrs';

/** Paint of lines, areas and point symbols; every field optional. */
interface Paint {
  color?: string;
  weight?: number;
  opacity?: number;
  dashArray?: string;
  fillColor?: string;
  fillOpacity?: number;
  radius?: number;
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
}

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
  shape: 'line' | 'dashed' | 'point' | 'area';
}

interface Overlay {
  layer: L.Layer;
  title: string;
}

const BORDERS_LAYER_ID = 'borders';

/**
 * A Leaflet map for the atlas. The server drives it with app-level operations (base layers, GeoJSON overlays,
 * view, legend) and hears back through DOM events: `atlas-view-change`, `atlas-map-click`,
 * `atlas-feature-click` and `atlas-layer-toggle`. Text from data is only ever set as text, never as HTML.
 */
@customElement('atlas-map')
export class AtlasMap extends LitElement {
  private map?: L.Map;
  private layerControl?: L.Control.Layers;
  private legendControl?: L.Control;
  private readonly overlays = new Map<string, Overlay>();
  private readonly baseLayers = new Map<string, L.Layer>();
  private resizeObserver?: ResizeObserver;
  /** The centre last asked for by the server; reported back while the map stays within a pixel of it. */
  private requestedCentre?: L.LatLng;

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
    this.map = L.map(canvas, { center: [35.0, 39.5], zoom: 7, zoomControl: true, worldCopyJump: true });
    this.layerControl = L.control.layers(undefined, undefined, { collapsed: false, position: 'topright' }).addTo(this.map);
    L.control.scale({ imperial: false, position: 'bottomleft' }).addTo(this.map);
    this.addCursorReadout(this.map);
    this.addBorders();
    this.map.on('moveend', () => this.fireViewChange());
    this.map.on('click', (e: L.LeafletMouseEvent) => this.fire('atlas-map-click', { lat: e.latlng.lat, lng: e.latlng.lng }));
    this.map.on('overlayadd', (e: L.LayersControlEvent) => this.fireLayerToggle(e.layer, true));
    this.map.on('overlayremove', (e: L.LayersControlEvent) => this.fireLayerToggle(e.layer, false));
    this.resizeObserver = new ResizeObserver(() => this.map?.invalidateSize());
    this.resizeObserver.observe(this);
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

  /** Adds a GeoJSON overlay, replacing any overlay with the same id. */
  setGeoJsonLayer(specJson: string) {
    const spec = JSON.parse(specJson) as LayerSpec;
    this.removeOverlay(spec.id);
    const layer = L.geoJSON(spec.geojson, {
      style: (f) => this.paintOf(spec, f),
      pointToLayer: (f, latlng) => this.pointLayer(spec, f, latlng),
      onEachFeature: (f, featureLayer) => this.decorate(spec, f, featureLayer),
    });
    this.addOverlay(spec.id, spec.title, layer, spec.visible);
  }

  /** Removes the overlay with the given id, if there is one. */
  removeOverlay(id: string) {
    const existing = this.overlays.get(id);
    if (existing) {
      this.layerControl?.removeLayer(existing.layer);
      existing.layer.remove();
      this.overlays.delete(id);
    }
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
    this.requestedCentre = L.latLng(lat, lng);
    this.requireMap().setView(this.requestedCentre, zoom, { animate: false });
  }

  /** Replaces the legend's entries. */
  setLegend(entriesJson: string) {
    const map = this.requireMap();
    this.legendControl?.remove();
    const entries = JSON.parse(entriesJson) as LegendEntry[];
    const legend = new L.Control({ position: 'bottomright' });
    legend.onAdd = () => {
      const box = L.DomUtil.create('div', 'atlas-legend leaflet-bar');
      for (const entry of entries) {
        const row = L.DomUtil.create('div', 'atlas-legend-row', box);
        const swatch = L.DomUtil.create('span', `atlas-legend-swatch atlas-legend-${entry.shape}`, row);
        swatch.style.setProperty('--swatch-color', entry.color);
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

  private pointLayer(spec: LayerSpec, f: GeoJSON.Feature, latlng: L.LatLng): L.Layer {
    const paint = this.paintOf(spec, f) as Paint;
    if (!spec.pointMarkers) {
      return L.circleMarker(latlng, { ...paint, radius: paint.radius ?? 6 });
    }
    const dot = document.createElement('span');
    dot.className = 'atlas-marker-dot';
    dot.style.setProperty('--marker-color', paint.fillColor ?? paint.color ?? '#333');
    dot.dataset.featureId = String(f.id ?? '');
    dot.dataset.layerId = spec.id;
    const icon = L.divIcon({ className: 'atlas-marker', html: dot, iconSize: [16, 16], iconAnchor: [8, 8] });
    return L.marker(latlng, { icon, keyboard: true, title: '' });
  }

  private decorate(spec: LayerSpec, f: GeoJSON.Feature, layer: L.Layer) {
    const featureId = String(f.id ?? '');
    layer.on('add', () => {
      const element = (layer as L.Path).getElement?.();
      if (element && !spec.pointMarkers) {
        element.setAttribute('data-feature-id', featureId);
        element.setAttribute('data-layer-id', spec.id);
      }
    });
    const tooltipText = spec.tooltipProperty ? f.properties?.[spec.tooltipProperty] : undefined;
    if (tooltipText !== undefined && tooltipText !== null) {
      const tooltip = document.createElement('span');
      tooltip.textContent = String(tooltipText);
      layer.bindTooltip(tooltip, { sticky: !spec.pointMarkers && f.geometry.type !== 'Point', direction: 'top' });
    }
    if (spec.popupFields.length > 0) {
      layer.bindPopup(() => this.popupContent(spec, f));
    }
    layer.on('click', () => this.fire('atlas-feature-click', { layerId: spec.id, featureId }));
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
    return card;
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
    this.fire('atlas-view-change', { lat: centre.lat, lng: centre.lng, zoom: map.getZoom() });
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
