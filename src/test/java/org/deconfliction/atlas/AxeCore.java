package org.deconfliction.atlas;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The axe-core accessibility rules run in a page of the real browser. axe-core is a pinned test resource
 * ({@code axe-core/axe.min.js}, put there by the build from the npm registry), never loaded from the internet.
 */
public final class AxeCore {

    private static final String RESOURCE = "/axe-core/axe.min.js";

    /** One failed rule: its id, impact, how many elements fail it and the first few of them (selector and markup). */
    public record Violation(String rule, String impact, int count, List<String> elements) {

        @Override
        public String toString() {
            return rule + " (" + impact + ", " + count + " elements): " + String.join(" | ", elements);
        }
    }

    private AxeCore() {
    }

    /** The rules of WCAG 2.x A and AA and axe's best practices that the page as it is now fails; empty when none. */
    public static List<Violation> violations(Page page) {
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe === 'object'"))) {
            page.evaluate("source => { (0, eval)(source); }", source());
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> found = (List<Map<String, Object>>) page.evaluate("""
                async () => {
                  const result = await window.axe.run(document, {
                    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
                    resultTypes: ['violations'],
                  });
                  return result.violations.map(v => ({
                    rule: v.id,
                    impact: v.impact ?? '',
                    count: v.nodes.length,
                    elements: v.nodes.slice(0, 4).map(n => n.target.join(' ') + ' ' + n.html.slice(0, 160)),
                  }));
                }""");
        List<Violation> violations = new ArrayList<>();
        for (Map<String, Object> v : found) {
            @SuppressWarnings("unchecked")
            List<String> elements = (List<String>) v.get("elements");
            violations.add(new Violation((String) v.get("rule"), (String) v.get("impact"),
                    ((Number) v.get("count")).intValue(), elements));
        }
        return violations;
    }

    private static String source() {
        try (InputStream in = AxeCore.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("axe-core is not on the test classpath (" + RESOURCE + "); the build puts it"
                        + " there with .mvn/fetch-axe-core.sh from the npm registry: run the build with npm on the PATH");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
