package org.deconfliction.atlas.ui;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;

/**
 * What {@link BrowserBenchmark} reads inside the page: when the map, the timeline and the question's counts last
 * changed (DOM mutations), and the bytes of the server's responses (resource timing's transfer size, headers
 * included). A step starts at a mark taken in the page and is settled once the Vaadin client has no request in
 * flight and neither the page's responses nor the watched parts have changed for {@value #QUIET_MS} ms; its time is
 * the watched parts' last change after the mark, so the quiet wait itself is not counted.
 */
final class PageProbe {

    static final int QUIET_MS = 300;

    private static final String INSTALL = """
            () => {
              performance.setResourceTimingBufferSize(1000000);
              const last = { map: 0, timeline: 0, counts: 0 };
              const watch = (name, node) => node && new MutationObserver(() => { last[name] = performance.now(); })
                  .observe(node, { subtree: true, childList: true, attributes: true, characterData: true });
              const timeline = document.querySelector('atlas-timeline');
              watch('map', document.querySelector('atlas-map'));
              watch('timeline', timeline && (timeline.shadowRoot || timeline));
              watch('counts', document.querySelector('.atlas-query-counts'));
              const busy = () => Object.values((window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients) || {})
                  .some(c => c && typeof c.isActive === 'function' && c.isActive());
              const responses = since => performance.getEntriesByType('resource')
                  .filter(e => e.startTime >= since && e.name.includes('v-r=uidl'));
              window.__atlasProbe = {
                last, busy, responses,
                settle: async (since, parts) => {
                  const frame = () => new Promise(r => setTimeout(r, 10));
                  let quietSince = performance.now();
                  let seen = -1;
                  while (performance.now() - since < 120000) {
                    await frame();
                    const changed = Math.max(...parts.map(p => last[p]), ...responses(since).map(e => e.responseEnd));
                    if (busy() || changed !== seen) { seen = changed; quietSince = performance.now(); continue; }
                    if (performance.now() - quietSince >= %d) break;
                  }
                  const drawn = parts.map(p => last[p]).filter(t => t >= since);
                  const sent = responses(since);
                  return { ms: drawn.length ? Math.max(...drawn) - since : -1,
                           bytes: sent.reduce((s, e) => s + e.transferSize, 0), requests: sent.length };
                }
              };
            }
            """.formatted(QUIET_MS);

    private PageProbe() {
    }

    /** Installs the probe in the page as it is now (the map, timeline and counts must be there). */
    static void install(Page page) {
        page.evaluate(INSTALL);
    }

    /** A mark in the page's clock (ms since navigation). */
    static double mark(Page page) {
        return ((Number) page.evaluate("() => performance.now()")).doubleValue();
    }

    /** Waits until the step begun at {@code since} has settled; its duration (ms, -1 when nothing changed) and bytes. */
    static Step settle(Page page, double since, List<String> parts) {
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) page.evaluate(
                "([since, parts]) => window.__atlasProbe.settle(since, parts)", List.of(since, parts));
        return new Step(((Number) result.get("ms")).doubleValue(), ((Number) result.get("bytes")).longValue(),
                ((Number) result.get("requests")).intValue());
    }

    /** Every byte the page has received so far (the document and every resource, headers included). */
    static long bytesSoFar(Page page) {
        return ((Number) page.evaluate("() => performance.getEntriesByType('navigation').concat("
                + "performance.getEntriesByType('resource')).reduce((s, e) => s + e.transferSize, 0)")).longValue();
    }

    /** One measured step: how long until the watched parts last changed (ms), and what the server sent meanwhile. */
    record Step(double ms, long bytes, int requests) {
    }
}
