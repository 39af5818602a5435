package org.deconfliction.atlas.story.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.deconfliction.atlas.story.StoryRepositories;
import org.deconfliction.atlas.story.StoryRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The story panel for several users over real files: shared read-only, copied when changed, nothing anonymous. */
@SpringBootTest
@org.junit.jupiter.api.extension.ExtendWith(org.deconfliction.atlas.security.ContextUserHolder.class)
class StorySharingPanelTest extends SpringBrowserlessTest {

    @TempDir
    Path userFolder;

    private StoryPanel panel;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static void signedInAs(String user) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user,
                null, List.of(new SimpleGrantedAuthority("ROLE_VIEWER"))));
    }

    private StoryPanel open() {
        StoryRepository stories = StoryRepositories.files("classpath:geodata/", userFolder);
        panel = new StoryPanel(stories, () -> Map.of("view", List.of("35.1,40.4,10")));
        UI.getCurrent().removeAll();
        UI.getCurrent().add(panel);
        return panel;
    }

    private Button button(String ariaLabel) {
        return $(Button.class, panel).withAriaLabel(ariaLabel).single();
    }

    private String message() {
        return $(Span.class, panel).withClassName("atlas-story-message").single().getText();
    }

    private void writeStory(String title, boolean shared) {
        test(button("Start a new story")).click();
        test($(TextField.class, panel).withLabel("Title").single()).setValue(title);
        test($(TextArea.class, panel).withLabel("Caption of the new step").single()).setValue("first");
        test(button("Add the current view as a step")).click();
        if (shared) {
            test($(Checkbox.class, panel).single()).click();
        }
        test(button("Save story")).click();
    }

    private List<String> choices() {
        return test($(Select.class, panel).single()).getSuggestions();
    }

    @Test
    void anotherUsersSharedStoryIsReadOnlyAndSavingItMakesOnesOwnCopy() {
        signedInAs("ann");
        open();
        writeStory("Ann on Khasham", true);
        writeStory("Ann private", false);
        assertThat(choices()).contains("Ann on Khasham (shared)", "Ann private");

        signedInAs("bob");
        open();
        assertThat(choices()).contains("Ann on Khasham (by ann)").doesNotContain("Ann private");
        test($(Select.class, panel).single()).selectItem("Ann on Khasham (by ann)");
        assertThat($(Checkbox.class, panel).single().isEnabled()).isFalse();

        test($(TextArea.class, panel).withLabel("Caption of the new step").single()).setValue("bob's");
        test(button("Add the current view as a step")).click();
        test(button("Save story")).click();

        assertThat(message()).isEqualTo("Saved “Ann on Khasham” as your own story; ann's is unchanged.");
        assertThat(panel.story().orElseThrow().id()).isEqualTo("ann-on-khasham-2");
        assertThat(panel.story().orElseThrow().ownership().owner()).isEqualTo("bob");
        assertThat(StoryRepositories.files("classpath:geodata/", userFolder).findById("ann-on-khasham")
                .orElseThrow().size()).isEqualTo(1);
    }

    @Test
    void anAnonymousVisitorIsToldToSignInAndKeepsTheChanges() {
        open();
        writeStory("Anonymous notes", false);

        assertThat(message()).startsWith("Sign in to save stories").endsWith("Your changes are kept here.");
        assertThat(choices()).contains("Anonymous notes (unsaved)");
        assertThat(userFolder.resolve("anonymous-notes.json")).doesNotExist();
    }
}
