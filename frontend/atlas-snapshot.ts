import { toPng } from 'html-to-image';

/** A transparent pixel, drawn instead of any image that cannot be read (map tiles on a closed network). */
const TRANSPARENT_PIXEL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

/** Controls that belong on screen but not on a slide. */
function onSlide(node: HTMLElement): boolean {
  const classes = node.classList;
  if (!classes) {
    return true;
  }
  if (node.tagName === 'ATLAS-TIMELINE') {
    return false;
  }
  return !(
    classes.contains('atlas-timeline-controls') ||
    classes.contains('atlas-cursor') ||
    classes.contains('leaflet-control-zoom') ||
    classes.contains('leaflet-pm-toolbar') ||
    classes.contains('leaflet-control-layers') ||
    classes.contains('atlas-leave-presenting') ||
    (classes.contains('leaflet-tile') && !((node as HTMLImageElement).complete && (node as HTMLImageElement).naturalWidth > 0))
  );
}

/**
 * Renders an element (the map with its drawn region, legend, scale and caption; not the timeline or the controls) to a PNG at twice the screen's
 * resolution and downloads it under the given file name. Tiles that did not load are left out, so it works
 * offline. Resolves with the image's size in bytes.
 */
export async function downloadSnapshot(element: HTMLElement, fileName: string): Promise<number> {
  const dataUrl = await toPng(element, {
    pixelRatio: 2,
    backgroundColor: '#dfe8ee',
    cacheBust: false,
    imagePlaceholder: TRANSPARENT_PIXEL,
    filter: (node) => onSlide(node as HTMLElement),
  });
  const link = document.createElement('a');
  link.download = fileName;
  link.href = dataUrl;
  document.body.appendChild(link);
  link.click();
  link.remove();
  return Math.round((dataUrl.length - dataUrl.indexOf(',') - 1) * 0.75);
}

(window as unknown as { atlasSnapshot: typeof downloadSnapshot }).atlasSnapshot = downloadSnapshot;
