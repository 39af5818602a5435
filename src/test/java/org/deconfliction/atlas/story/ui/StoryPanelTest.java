package org.deconfliction.atlas.story.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.nio.charset.StandardCharsets;
import org.deconfliction.atlas.story.Story;
import org.deconfliction.atlas.story.StoryFiles;
import org.deconfliction.atlas.story.StoryOwnership;
import org.deconfliction.atlas.story.StoryRepositories;
import org.deconfliction.atlas.story.StoryRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/** The story panel as a person writes and presents a story with it, without a browser, over real files. */
@SpringBootTest
@org.junit.jupiter.api.extension.ExtendWith(org.deconfliction.atlas.security.ContextUserHolder.class)
@WithMockUser(username = "ann", roles = "VIEWER")
class StoryPanelTest extends SpringBrowserlessTest {

    private static final String KHASHAM = "The Battle of Khasham, step by step";

    @TempDir
    Path userFolder;

    private StoryRepository stories;
    private StoryPanel panel;
    private Map<String, List<String>> currentState = state("35.10000,40.40000,10", "2019-01-16");
    private final List<StoryStepChosenEvent> chosen = new ArrayList<>();
    private final List<StoryPresentEvent> presented = new ArrayList<>();

    private static Map<String, List<String>> state(String view, String date) {
        Map<String, List<String>> state = new LinkedHashMap<>();
        state.put("view", List.of(view));
        state.put("layers", List.of("rivers,lines,sites,incidents"));
        state.put("date", List.of(date));
        state.put("mode", List.of("cumulative"));
        return state;
    }

    private StoryPanel open() {
        stories = StoryRepositories.files("classpath:geodata/", userFolder);
        panel = new StoryPanel(stories, () -> currentState);
        panel.addStepChosenListener(chosen::add);
        panel.addPresentListener(presented::add);
        UI.getCurrent().add(panel);
        return panel;
    }

    private Button button(String ariaLabel) {
        return $(Button.class, panel).withAriaLabel(ariaLabel).single();
    }

    private List<String> listedSteps() {
        return $(Button.class, panel).withClassName("atlas-story-step").all().stream().map(Button::getText).toList();
    }

    private void newStory(String title) {
        test(button("Start a new story")).click();
        test($(TextField.class, panel).withLabel("Title").single()).setValue(title);
    }

    private void addStep(String caption, Map<String, List<String>> state) {
        currentState = state;
        test($(TextArea.class, panel).withLabel("Caption of the new step").single()).setValue(caption);
        test(button("Add the current view as a step")).click();
    }

    private String message() {
        return $(Span.class, panel).withClassName("atlas-story-message").single().getText();
    }

    @Test
    void opensOnTheShippedStoryWithItsStepsNumberedInOrder() {
        open();

        assertThat(panel.story()).hasValueSatisfying(story -> assertThat(story.title()).isEqualTo(KHASHAM));
        assertThat(listedSteps()).hasSize(8).first().asString().startsWith("1. By 2017 the US-backed");
        assertThat(listedSteps().get(7)).startsWith("8. Asked later");
    }

    @Test
    void addsTheCurrentViewAsAStepWithTheCaptionTypedIn() {
        open();
        newStory("My notes on Khasham");

        addStep("The outpost", state("35.33611,40.30944,11", "2018-02-07"));

        assertThat(listedSteps()).containsExactly("1. The outpost");
        assertThat(panel.story().orElseThrow().step(1).state()).isEqualTo(state("35.33611,40.30944,11", "2018-02-07"));
        assertThat($(TextArea.class, panel).withLabel("Caption of the new step").single().getValue()).isEmpty();
        assertThat(test($(Select.class, panel).single()).getSuggestions()).contains("My notes on Khasham (unsaved)");
        assertThat(message()).isEqualTo("Step 1 added; save the story to keep it.");
    }

    @Test
    void reordersDeletesAndRecaptionsSteps() {
        open();
        newStory("Order");
        addStep("one", currentState);
        addStep("two", currentState);
        addStep("three", currentState);

        test(button("Move step 3 up")).click();
        assertThat(listedSteps()).containsExactly("1. one", "2. three", "3. two");
        test(button("Move step 1 down")).click();
        assertThat(listedSteps()).containsExactly("1. three", "2. one", "3. two");
        assertThat(button("Move step 1 up").isEnabled()).isFalse();
        assertThat(button("Move step 3 down").isEnabled()).isFalse();

        test(button("Delete step 2")).click();
        assertThat(listedSteps()).as("asked first").containsExactly("1. three", "2. one", "3. two");
        ConfirmDialog asked = $(ConfirmDialog.class).single();
        assertThat(test(asked).getText()).contains("“one”");
        test(asked).cancel();
        assertThat(listedSteps()).containsExactly("1. three", "2. one", "3. two");
        test(button("Delete step 2")).click();
        test($(ConfirmDialog.class).last()).confirm();
        assertThat(listedSteps()).containsExactly("1. three", "2. two");

        test(button("Edit the caption of step 2")).click();
        test($(TextArea.class, panel).withAriaLabel("Caption of step 2").single()).setValue("two, rewritten");
        assertThat(listedSteps()).containsExactly("1. three", "2. two, rewritten");
        test(button("Finish editing the caption of step 2")).click();
        assertThat($(TextArea.class, panel).withAriaLabel("Caption of step 2").exists()).isFalse();
        assertThat(panel.story().orElseThrow().step(2).caption()).isEqualTo("two, rewritten");
    }

    @Test
    void savesANewStoryUnderTheSlugOfItsTitle() {
        open();
        newStory("My notes on Khasham");
        addStep("The outpost", currentState);

        test(button("Save story")).click();

        assertThat(userFolder.resolve("my-notes-on-khasham.json")).isRegularFile();
        assertThat(stories.findById("my-notes-on-khasham")).contains(panel.story().orElseThrow());
        assertThat(message()).isEqualTo("Saved “My notes on Khasham”.");
        assertThat(test($(Select.class, panel).single()).getSuggestions()).contains("My notes on Khasham");
    }

    @Test
    void unsavedEditsAskBeforeThePageIsLeftUntilSavedOrDiscarded() {
        open();
        assertThat(LeavingGuard.isMarked(panel)).isFalse();
        newStory("Leaving");
        assertThat(LeavingGuard.isMarked(panel)).as("a new story without steps holds nothing yet").isFalse();
        addStep("one", currentState);
        assertThat(LeavingGuard.isMarked(panel)).isTrue();

        test(button("Save story")).click();
        assertThat(LeavingGuard.isMarked(panel)).isFalse();
        assertThat(button("Discard the unsaved changes of this story").isEnabled()).isFalse();

        addStep("two", currentState);
        assertThat(LeavingGuard.isMarked(panel)).isTrue();
        test(button("Discard the unsaved changes of this story")).click();
        assertThat(LeavingGuard.isMarked(panel)).isFalse();
        assertThat(listedSteps()).containsExactly("1. one");
        assertThat(message()).isEqualTo("Discarded the unsaved changes of “Leaving”.");

        newStory("Never saved");
        addStep("draft", currentState);
        assertThat(LeavingGuard.isMarked(panel)).isTrue();
        test(button("Discard the unsaved changes of this story")).click();
        assertThat(LeavingGuard.isMarked(panel)).isFalse();
        assertThat(test($(Select.class, panel).single()).getSuggestions()).noneMatch(label -> label.toString().startsWith("Never saved"));
    }

    @Test
    void duplicatingAStoryMakesACopyOfTheUsersOwnAndLeavesTheOriginal() {
        open();

        test(button("Duplicate this story as your own")).click();

        String copyId = Story.slugOf(KHASHAM + " (copy)");
        assertThat(stories.findById(copyId)).hasValueSatisfying(copy -> {
            assertThat(copy.title()).isEqualTo(KHASHAM + " (copy)");
            assertThat(copy.size()).isEqualTo(8);
            assertThat(copy.ownership().owner()).isEqualTo("ann");
            assertThat(copy.ownership().shared()).isFalse();
        });
        assertThat(panel.story().orElseThrow().id()).isEqualTo(copyId);
        assertThat(message()).isEqualTo("Duplicated as “" + KHASHAM + " (copy)”, your own story.");
        assertThat(stories.findById("battle-of-khasham").orElseThrow().size()).isEqualTo(8);
    }

    @Test
    void onlyAStoryTheUserMayChangeCanBeDeletedAndOnlyAfterAsking() throws IOException {
        Files.writeString(userFolder.resolve("bobs-notes.json"), """
                {"id": "bobs-notes", "title": "Bob's notes", "description": "", "owner": "bob", "shared": true,
                 "version": 1, "savedBy": "bob", "savedAt": "2026-01-01T00:00:00Z", "steps": []}""");
        open();
        assertThat(button("Delete this story").isEnabled()).as("the shipped story").isFalse();
        panel.showStory("bobs-notes");
        assertThat(button("Delete this story").isEnabled()).as("another user's shared story").isFalse();
        newStory("Gone soon");
        assertThat(button("Delete this story").isEnabled()).as("never saved: discard it instead").isFalse();
        addStep("one", currentState);
        test(button("Save story")).click();

        test(button("Delete this story")).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        assertThat(test(confirm).getText()).contains("“Gone soon”").contains("saved versions are kept");
        assertThat(stories.findById("gone-soon")).isPresent();
        test(confirm).confirm();

        assertThat(stories.findById("gone-soon")).isEmpty();
        assertThat(stories.history("gone-soon")).isEmpty();
        assertThat(userFolder.resolve(".versions/gone-soon/1.json")).isRegularFile();
        assertThat(message()).isEqualTo("Deleted “Gone soon”.");
        assertThat(panel.story().orElseThrow().id()).isNotEqualTo("gone-soon");
        assertThat(stories.findById("bobs-notes")).isPresent();
    }

    @Test
    void anImportedStoryFileBecomesANewUnsavedStoryThatReplacesNothing() {
        open();
        StoryFileActions actions = $(StoryFileActions.class, panel).single();
        String khasham = StoryFiles.export(stories.findById("battle-of-khasham").orElseThrow());

        actions.importFile("khasham.json", khasham.getBytes(StandardCharsets.UTF_8));

        Story imported = panel.story().orElseThrow();
        assertThat(imported.id()).isNotEqualTo("battle-of-khasham").isEqualTo(Story.slugOf(KHASHAM));
        assertThat(imported.size()).isEqualTo(8);
        assertThat(imported.ownership()).isEqualTo(StoryOwnership.UNSAVED);
        assertThat(message()).isEqualTo("Imported “" + KHASHAM + "” from khasham.json as a new story; save it to keep it.");
        assertThat(LeavingGuard.isMarked(panel)).isTrue();
        test(button("Save story")).click();
        assertThat(stories.findById(imported.id()).orElseThrow().ownership().owner()).isEqualTo("ann");
        assertThat(stories.findById("battle-of-khasham").orElseThrow().ownership()).isEqualTo(StoryOwnership.UNOWNED);
    }

    @Test
    void aStoryFileThatCannotBeImportedIsExplainedAndNothingChanges() {
        open();
        List<Story> before = panel.story().stream().toList();
        StoryFileActions actions = $(StoryFileActions.class, panel).single();

        actions.importFile("broken.json", """
                {"id": "x", "title": "X", "steps": [{"caption": "a", "state": {"zoom": "9"}}]}"""
                .getBytes(StandardCharsets.UTF_8));

        assertThat(message()).startsWith("broken.json, story 'x': step 1: unknown parameter 'zoom'")
                .endsWith("Nothing was imported.");
        assertThat(panel.story().stream().toList()).isEqualTo(before);
        assertThat(test($(Select.class, panel).single()).getSuggestions()).hasSize(1);
    }

    @Test
    void savingAChangedShippedStoryMakesTheUsersOwnAndLeavesTheShippedOneAlone() {
        open();
        test(button("Delete step 8")).click();
        test($(ConfirmDialog.class).last()).confirm();

        test(button("Save story")).click();

        assertThat(panel.story().orElseThrow().id()).isEqualTo("the-battle-of-khasham-step-by-step");
        assertThat(stories.findById("the-battle-of-khasham-step-by-step")).hasValueSatisfying(s -> assertThat(s.size()).isEqualTo(7));
        assertThat(stories.findById("battle-of-khasham")).hasValueSatisfying(s -> assertThat(s.size()).isEqualTo(8));
        assertThat(message()).contains("as your own story; the shipped one is unchanged");
    }

    @Test
    void aSaveThatFailsIsReportedInThePanelAndTheChangesAreKept() throws IOException {
        Files.delete(userFolder);
        Files.writeString(userFolder, "a file where the folder of stories should be");
        open();
        newStory("Doomed");
        addStep("kept", currentState);

        test(button("Save story")).click();

        assertThat(message()).startsWith("The story 'doomed' could not be saved: its file cannot be written (")
                .endsWith("Your changes are kept here.").doesNotContain("Exception", "\tat ", userFolder.toString());
        assertThat(listedSteps()).containsExactly("1. kept");
        assertThat(test($(Select.class, panel).single()).getSuggestions()).contains("Doomed (unsaved)");
    }

    @Test
    void unsavedChangesAreKeptWhileAnotherStoryIsShown() {
        open();
        newStory("Draft");
        addStep("not lost", currentState);

        test($(Select.class, panel).single()).selectItem(KHASHAM + " (shipped)");
        assertThat(listedSteps()).hasSize(8);
        test($(Select.class, panel).single()).selectItem("Draft (unsaved)");

        assertThat(listedSteps()).containsExactly("1. not lost");
    }

    @Test
    void choosingAStepTellsTheViewItsNumber() {
        open();

        test($(Button.class, panel).withClassName("atlas-story-step").all().get(3)).click();

        assertThat(chosen).singleElement().satisfies(event -> {
            assertThat(event.number()).isEqualTo(4);
            assertThat(event.story().id()).isEqualTo("battle-of-khasham");
            assertThat(event.step().parameter("incident")).contains("battle-of-khasham-2018");
            assertThat(event.isFromClient()).isTrue();
        });
        assertThat(panel.chosenStep()).isEqualTo(4);
        assertThat($(Button.class, panel).withClassName("atlas-story-step-chosen").single().getText()).startsWith("4. ");
    }

    @Test
    void presentingStartsWithTheFirstStepAndTheViewCanStepOn() {
        open();

        test(button("Present from the first step")).click();
        panel.chooseStep(2);
        panel.chooseStep(9);

        assertThat(presented).singleElement().satisfies(event -> assertThat(event.story().size()).isEqualTo(8));
        assertThat(chosen).extracting(StoryStepChosenEvent::number).containsExactly(1, 2);
        assertThat(chosen.get(1).isFromClient()).isFalse();
    }

    @Test
    void aStoryWithoutStepsCannotBePresented() {
        open();
        newStory("Empty");

        assertThat(button("Present from the first step").isEnabled()).isFalse();
    }

    @Test
    void aUserFileThatCannotBeReadIsListedInThePanel() throws IOException {
        Files.writeString(userFolder.resolve("broken.json"), "{ not json");

        open();

        assertThat($(Span.class, panel).withClassName("atlas-story-problems").single().getText())
                .startsWith("Stories that could not be read: broken.json: is not valid JSON");
    }
}
