import { LitElement, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import * as L from 'leaflet';

@customElement('atlas-map')
export class AtlasMap extends LitElement {
  private map?: L.Map;
  createRenderRoot() { return this; }
  render() { return html`<div class="atlas-map-canvas" style="width:100%;height:100%"></div>`; }
  firstUpdated() {
    this.map = L.map(this.querySelector('.atlas-map-canvas') as HTMLElement).setView([35, 40], 6);
  }
}
