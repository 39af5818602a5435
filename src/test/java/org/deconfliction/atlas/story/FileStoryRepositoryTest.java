package org.deconfliction.atlas.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.deconfliction.atlas.story.StoryFixtures.step;
import static org.deconfliction.atlas.story.StoryFixtures.story;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.deconfliction.atlas.geodata.GeodataException;
import org.deconfliction.atlas.security.Access;
import org.deconfliction.atlas.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.security.core.context.SecurityContextHolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;

/** Stories in real files: shipped ones read-only and strict, the user's saved atomically and read without fuss. */
class FileStoryRepositoryTest {

    private static final String SHIPPED = """
            {"id": "khasham", "title": "Khasham", "steps": [{"caption": "The outpost", "state": {"site": "conoco"}}]}
            """;

    @TempDir
    Path temp;
    private Path geodata;
    private Path userFolder;

    @BeforeEach
    void signIn() {
        StoryFixtures.signedInAs("ann", Role.VIEWER);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @BeforeEach
    void folders() throws IOException {
        geodata = Files.createDirectories(temp.resolve("geodata"));
        userFolder = temp.resolve("home/.deconfliction-atlas/stories");
        shipped("khasham.json", SHIPPED);
    }

    private void shipped(String name, String content) throws IOException {
        Files.createDirectories(geodata.resolve("stories"));
        Files.writeString(geodata.resolve("stories").resolve(name), content, StandardCharsets.UTF_8);
    }

    private void userFile(String name, String content) throws IOException {
        Files.createDirectories(userFolder);
        Files.writeString(userFolder.resolve(name), content, StandardCharsets.UTF_8);
    }

    private FileStoryRepository repository() {
        return new FileStoryRepository(new DefaultResourceLoader(), geodata.toUri().toString(), userFolder.toString(),
                new Access());
    }

    private List<String> userFiles() throws IOException {
        try (Stream<Path> files = Files.list(userFolder)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> !name.equals(".versions")).sorted()
                    .toList();
        }
    }

    @Test
    void aSavedStoryReadsBackEqualAndTheFolderIsCreatedOnTheFirstSave() {
        FileStoryRepository stories = repository();
        assertThat(userFolder).doesNotExist();
        Story mine = story("my-notes", "one", "two").addStep(new StoryStep("Région", StoryFixtures.state(
                "q", "region", "shape", "Circle", "region", "POINT (40.30944 35.33611)", "radius", "15000")));

        Story saved = stories.save(mine);

        assertThat(saved.withOwnership(StoryOwnership.UNSAVED)).isEqualTo(mine);
        assertThat(saved.ownership().owner()).isEqualTo("ann");
        assertThat(saved.ownership().version()).isEqualTo(1);
        assertThat(userFolder.resolve("my-notes.json")).isRegularFile();
        assertThat(repository().findById("my-notes")).contains(saved);
        assertThat(repository().findAll()).extracting(Story::id).containsExactly("khasham", "my-notes");
        assertThat(stories.problems()).isEmpty();
    }

    @Test
    void savingAgainReplacesTheStoryAndLeavesNoTemporaryFile() throws IOException {
        FileStoryRepository stories = repository();
        Story first = stories.save(story("my-notes", "one"));

        stories.save(first.addStep(step("two")).withTitle("Renamed"));

        assertThat(userFiles()).containsExactly("my-notes.json");
        assertThat(stories.findById("my-notes")).hasValueSatisfying(story -> {
            assertThat(story.title()).isEqualTo("Renamed");
            assertThat(story.size()).isEqualTo(2);
        });
    }

    @Test
    void aParameterWithSeveralValuesIsWrittenAsAnArrayAndReadBack() throws IOException {
        Story story = new Story("several", "Several", "", List.of(new StoryStep("", java.util.Map.of(
                "layers", List.of("rivers", "lines")))));
        Story saved = repository().save(story);

        assertThat(Files.readString(userFolder.resolve("several.json")))
                .containsPattern("\"layers\"\\s*:\\s*\\[\\s*\"rivers\",\\s*\"lines\"\\s*]");
        assertThat(repository().findById("several")).contains(saved);
    }

    @Test
    void aStrayTemporaryFileFromACrashIsNotReadAsAStory() throws IOException {
        repository().save(story("my-notes", "one"));
        userFile(".my-notes-12345.tmp", "{\"id\": \"my-notes\", \"tit");

        assertThat(repository().findAll()).extracting(Story::id).containsExactly("khasham", "my-notes");
        assertThat(repository().problems()).isEmpty();
    }

    @Test
    void aBrokenUserFileIsReportedByNameAndTheOthersStillLoad() throws IOException {
        repository().save(story("good", "one"));
        userFile("broken.json", "{\"id\": \"broken\", \"title\": \"Broken\", \"steps\": [");

        FileStoryRepository stories = repository();

        assertThat(stories.findAll()).extracting(Story::id).containsExactly("khasham", "good");
        assertThat(stories.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("broken.json");
            assertThat(problem.problem()).startsWith("is not valid JSON (line 1, column").doesNotContain("Source");
        });
        assertThat(stories.findById("broken")).isEmpty();
    }

    @Test
    void anUnknownParameterInAUserFileIsReportedWithTheStepNumberAndTheParameter() throws IOException {
        userFile("typo.json", """
                {"id": "typo", "title": "Typo", "steps": [
                  {"caption": "fine", "state": {"view": "35.3,40.3,9"}},
                  {"caption": "not fine", "state": {"view": "35.3,40.3,9", "zoom": "9"}}]}
                """);

        assertThat(repository().problems()).singleElement().extracting(StoryFileProblem::describe).asString()
                .startsWith("typo.json: story 'typo': step 2: unknown parameter 'zoom' in field 'state'");
    }

    @Test
    void aUserFileWithTheIdOfAShippedStoryIsReportedAndTheShippedOneKept() throws IOException {
        userFile("khasham.json", "{\"id\": \"khasham\", \"title\": \"Mine now\", \"steps\": []}");

        FileStoryRepository stories = repository();

        assertThat(stories.findById("khasham")).hasValueSatisfying(story -> assertThat(story.title()).isEqualTo("Khasham"));
        assertThat(stories.findAll()).hasSize(1);
        assertThat(stories.problems()).singleElement().extracting(StoryFileProblem::problem).asString()
                .contains("the id is that of a story shipped with the atlas");
    }

    @Test
    void aUserFileNamedOtherwiseThanItsIdIsReported() throws IOException {
        userFile("copy of notes.json", "{\"id\": \"notes\", \"title\": \"Notes\", \"steps\": []}");

        assertThat(repository().problems()).singleElement().extracting(StoryFileProblem::describe).asString()
                .isEqualTo("copy of notes.json: story 'notes': the file must be named after the story's id: notes.json");
    }

    @Test
    void savingOrDeletingAShippedStoryIsRefusedWithAMessage() {
        FileStoryRepository stories = repository();

        assertThatThrownBy(() -> stories.save(story("khasham", "mine")))
                .isInstanceOf(StoryStorageException.class)
                .hasMessage("'Khasham' is a story shipped with the atlas and cannot be saved over; save your version"
                        + " under another title");
        assertThatThrownBy(() -> stories.delete("khasham")).hasMessageContaining("cannot be deleted");
        assertThat(userFolder).doesNotExist();
        assertThat(stories.isShipped("khasham")).isTrue();
    }

    @Test
    void deletingRemovesTheUserStoryAndIgnoresAnythingThatIsNotAnId() throws IOException {
        FileStoryRepository stories = repository();
        stories.save(story("my-notes", "one"));
        Files.writeString(temp.resolve("home/.deconfliction-atlas/precious.json"), "{}");

        stories.delete("my-notes");
        stories.delete("../precious");
        stories.delete("never-saved");

        assertThat(userFiles()).isEmpty();
        assertThat(temp.resolve("home/.deconfliction-atlas/precious.json")).exists();
        assertThat(stories.findById("../precious")).isEmpty();
    }

    @Test
    void aSaveThatCannotBeWrittenNamesTheStoryAndWhyButNoServerPath() throws IOException {
        Files.createDirectories(userFolder.getParent());
        Files.writeString(userFolder, "a file where the folder should be");

        assertThatThrownBy(() -> repository().save(story("my-notes", "one")))
                .isInstanceOf(StoryStorageException.class)
                .hasMessageStartingWith("The story 'my-notes' could not be saved: its file cannot be written (")
                .hasMessageNotContaining(temp.toString());
    }

    @Test
    void strayTemporaryFilesOfInterruptedSavesAreRemovedAtStartUpAndStoriesKept() throws IOException {
        repository().save(story("my-notes", "one"));
        Path stray = userFolder.resolve(".my-notes-12345.tmp");
        Path fresh = userFolder.resolve(".my-notes-67890.tmp");
        Files.writeString(stray, "{half a story");
        Files.writeString(fresh, "{a save in progress");
        Files.setLastModifiedTime(stray, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(3600)));

        FileStoryRepository restarted = repository();

        assertThat(stray).doesNotExist();
        assertThat(fresh).as("younger than a minute: maybe another instance saving").exists();
        assertThat(restarted.findById("my-notes")).isPresent();
    }

    @Test
    void aShippedStoryWithAnUnknownParameterStopsStartUpNamingFileStoryStepAndParameter() throws IOException {
        shipped("khasham.json", """
                {"id": "khasham", "title": "Khasham", "steps": [
                  {"caption": "one", "state": {}}, {"caption": "two", "state": {}},
                  {"caption": "three", "state": {"date": "2018-02-07", "zoom": "9"}}]}
                """);

        assertThatThrownBy(this::repository).isInstanceOf(GeodataException.class)
                .hasMessageStartingWith("stories/khasham.json, story 'khasham': step 3: unknown parameter 'zoom'")
                .satisfies(e -> assertThat(((GeodataException) e).featureId()).isEqualTo("khasham"));
    }

    @Test
    void aShippedStoryThatIsNotJsonStopsStartUpWithTheLine() throws IOException {
        shipped("khasham.json", "{\n  \"id\": \"khasham\",\n  \"title\": Khasham\n}");

        assertThatThrownBy(this::repository).hasMessageStartingWith("stories/khasham.json: is not valid JSON (line 3,");
    }

    @Test
    void aShippedStoryWithoutTitleOrStepsStopsStartUpNamingTheField() throws IOException {
        shipped("khasham.json", "{\"id\": \"khasham\", \"steps\": []}");
        assertThatThrownBy(this::repository).hasMessage("stories/khasham.json, story 'khasham': field 'title' is missing");

        shipped("khasham.json", "{\"id\": \"khasham\", \"title\": \"Khasham\"}");
        assertThatThrownBy(this::repository)
                .hasMessage("stories/khasham.json, story 'khasham': field 'steps' must be an array of steps, and is missing");

        shipped("khasham.json", "{\"title\": \"Khasham\", \"steps\": []}");
        assertThatThrownBy(this::repository).hasMessage("stories/khasham.json: field 'id' is missing");
    }

    @Test
    void aMistypedFieldOrAStepThatIsNotAnObjectIsNamed() throws IOException {
        shipped("khasham.json", "{\"id\": \"khasham\", \"title\": \"Khasham\", \"steps\": [], \"titel\": \"x\"}");
        assertThatThrownBy(this::repository).hasMessageContaining("field 'titel' is not part of a story");

        shipped("khasham.json", "{\"id\": \"khasham\", \"title\": \"Khasham\", \"steps\": [{\"state\": {}}, 7]}");
        assertThatThrownBy(this::repository).hasMessageContaining("step 2: must be an object");

        shipped("khasham.json", "{\"id\": \"khasham\", \"title\": \"K\", \"steps\": [{\"state\": {\"q\": 5}}]}");
        assertThatThrownBy(this::repository).hasMessageContaining("step 1: field 'state.q' must be a string");
    }

    @Test
    void aGeodataFolderWithoutStoriesShipsNone() throws IOException {
        Files.delete(geodata.resolve("stories/khasham.json"));
        Files.delete(geodata.resolve("stories"));

        assertThat(repository().findAll()).isEmpty();
        assertThat(new FileStoryRepository(new DefaultResourceLoader(), "classpath:geodata-untrusted/",
                userFolder.toString(), new Access()).findAll()).isEmpty();
    }
}
