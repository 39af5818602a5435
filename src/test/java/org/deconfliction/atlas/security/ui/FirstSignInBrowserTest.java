package org.deconfliction.atlas.security.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.deconfliction.atlas.AtlasBrowser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A first start as a new user meets it, in headless Chromium: the one-time password is read from the log, the user
 * signs in as admin on the login page, finds their name in the map's user menu and signs out again.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "atlas.data.folder=${user.dir}/target/test-data/first-sign-in-${random.uuid}")
class FirstSignInBrowserTest {

    @RegisterExtension
    static final AtlasBrowser browser = new AtlasBrowser();

    private static final Pattern GENERATED = Pattern.compile("one-time password\\s+(\\S{20})\\s");

    @Value("${local.server.port}")
    int port;

    @Test
    void signsInWithTheGeneratedPasswordAndOutAgain(CapturedOutput output) {
        Matcher printed = GENERATED.matcher(output.getOut());
        assertThat(printed.find()).as("the one-time password in the log").isTrue();
        String password = printed.group(1);

        try (BrowserContext context = browser.newContext(1280, 800)) {
            Page page = AtlasBrowser.open(context, port, "/");
            page.getByText("Sign in", new Page.GetByTextOptions().setExact(true)).click();
            page.waitForURL("**/login");

            page.locator("vaadin-login-form input[name='username']").fill("admin");
            page.locator("vaadin-login-form input[name='password']").fill("not-the-password");
            page.locator("vaadin-login-form vaadin-button[slot='submit']").click();
            page.waitForURL("**/login?error");
            assertThat(page.getByText("The username and password were not accepted")).isVisible();

            page.locator("vaadin-login-form input[name='username']").fill("admin");
            page.locator("vaadin-login-form input[name='password']").fill(password);
            page.locator("vaadin-login-form vaadin-button[slot='submit']").click();
            page.waitForURL(url -> !url.contains("login"));
            page.locator("atlas-map .leaflet-container").waitFor();
            assertThat(page.locator(".atlas-user-menu")).containsText("admin");

            page.locator(".atlas-user-menu vaadin-menu-bar-button").first().click();
            page.getByText("Sign out", new Page.GetByTextOptions().setExact(true)).click();
            page.waitForURL(url -> !url.contains("login"));
            page.locator(".atlas-user-menu vaadin-button").waitFor();
            assertThat(page.locator(".atlas-user-menu")).containsText("Sign in");
            assertThat(page.locator(".atlas-user-menu")).not().containsText("admin");
        }
    }
}
