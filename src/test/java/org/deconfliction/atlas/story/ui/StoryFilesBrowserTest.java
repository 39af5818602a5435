package org.deconfliction.atlas.story.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.deconfliction.atlas.AtlasBrowser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/** In headless Chromium: a story exported as its JSON file and uploaded again comes back as a new, unsaved story. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StoryFilesBrowserTest {

    @RegisterExtension
    static final AtlasBrowser browser = new AtlasBrowser();

    @Value("${local.server.port}")
    int port;

    @Test
    void anExportedStoryFileImportsBackAsANewStory() throws Exception {
        try (BrowserContext context = browser.newContext(1280, 800)) {
            Page page = AtlasBrowser.openAtlas(context, port, "/");
            page.locator("vaadin-details-summary", new Page.LocatorOptions().setHasText("Stories")).click();

            Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                    new Page.GetByRoleOptions().setName("Export this story as a JSON file")).click());
            assertThat(download.suggestedFilename()).isEqualTo("battle-of-khasham.json");
            String exported = Files.readString(download.path(), StandardCharsets.UTF_8);
            assertThat(exported).contains("\"id\" : \"battle-of-khasham\"").doesNotContain("\"owner\"");

            Path file = Files.writeString(Files.createTempDirectory("story").resolve("my copy.json"), exported);
            page.locator(".atlas-story-import input[type=file]").setInputFiles(file);

            assertThat(page.locator(".atlas-story-message")).containsText("from my copy.json as a new story");
            assertThat(page.locator(".atlas-story-panel[unsaved-edits]")).hasCount(1);
            assertThat(page.locator(".atlas-story-step")).hasCount(8);
        }
    }
}
