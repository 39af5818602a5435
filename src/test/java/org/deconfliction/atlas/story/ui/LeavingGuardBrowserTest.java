package org.deconfliction.atlas.story.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.deconfliction.atlas.AtlasBrowser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/** In headless Chromium: leaving the page with unsaved story edits asks first, and stops asking once they are discarded. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LeavingGuardBrowserTest {

    @RegisterExtension
    static final AtlasBrowser browser = new AtlasBrowser();

    @Value("${local.server.port}")
    int port;

    @Test
    void leavingWithUnsavedStoryEditsAsksFirstUntilTheyAreDiscarded() {
        try (BrowserContext context = browser.newContext(1280, 800)) {
            Page page = AtlasBrowser.openAtlas(context, port, "/");
            List<String> asked = new CopyOnWriteArrayList<>();
            page.onDialog(dialog -> {
                asked.add(dialog.type());
                dialog.dismiss();
            });
            page.locator("vaadin-details-summary", new Page.LocatorOptions().setHasText("Stories")).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the current view as a step")).click();
            assertThat(page.locator(".atlas-story-panel[unsaved-edits]")).hasCount(1);

            page.close(new Page.CloseOptions().setRunBeforeUnload(true));
            page.waitForCondition(() -> !asked.isEmpty());
            assertThat(asked).containsExactly("beforeunload");
            assertThat(page.isClosed()).as("staying on the page keeps it open").isFalse();
            assertThat(page.locator(".atlas-story-step")).hasCount(9); // the shipped story's 8 steps and the new one

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Discard the unsaved changes of this story")).click();
            assertThat(page.locator(".atlas-story-panel[unsaved-edits]")).hasCount(0);
            assertThat(page.locator(".atlas-story-step")).hasCount(8);
            page.waitForClose(() -> page.close(new Page.CloseOptions().setRunBeforeUnload(true)));
            assertThat(asked).as("nothing left to lose, nothing asked").hasSize(1);
        }
    }
}
