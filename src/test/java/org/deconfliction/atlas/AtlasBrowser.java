package org.deconfliction.atlas;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One headless Chromium for a browser test class, and the atlas opened in it. A test class registers it with
 * {@code @RegisterExtension static final AtlasBrowser browser = new AtlasBrowser();}. Waits and assertions allow
 * {@value #PATIENCE_MS} ms, so a build machine busy with other work slows these tests down instead of failing them.
 */
public final class AtlasBrowser implements BeforeAllCallback, AfterAllCallback {

    /** How long, in milliseconds, a wait for an element or an assertion on the page may take. */
    public static final int PATIENCE_MS = 20_000;

    private HeadlessChromium chromium;

    @Override
    public void beforeAll(ExtensionContext context) {
        PlaywrightAssertions.setDefaultAssertionTimeout(PATIENCE_MS);
        chromium = new HeadlessChromium();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (chromium != null) {
            chromium.close();
        }
    }

    /** A fresh context (its own cookies, so its own session) with a viewport of the given size in CSS pixels. */
    public BrowserContext newContext(int width, int height) {
        BrowserContext context = browser().newContext(new Browser.NewContextOptions().setViewportSize(width, height));
        context.setDefaultTimeout(PATIENCE_MS);
        return context;
    }

    /** A new page of the context at a path of the atlas served on a local port, e.g. {@code "/?view=35.3,40.3,8"}. */
    public static Page open(BrowserContext context, int port, String path) {
        Page page = context.newPage();
        page.navigate("http://localhost:" + port + path);
        return page;
    }

    /** Like {@link #open}, and waits until the map has been drawn. */
    public static Page openAtlas(BrowserContext context, int port, String path) {
        Page page = open(context, port, path);
        page.locator("atlas-map .leaflet-container").waitFor();
        return page;
    }

    public Browser browser() {
        return chromium.browser();
    }
}
