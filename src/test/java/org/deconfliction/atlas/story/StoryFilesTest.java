package org.deconfliction.atlas.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Stories as files to export and import: the same story back, without its owner, and strict about the rest. */
class StoryFilesTest {

    private static Story read(String json) {
        return StoryFiles.read("upload.json", json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anExportedStoryReadsBackAsTheSameStoryWithoutItsOwnerOrVersion() {
        Story story = new Story("notes-on-khasham", "Notes on Khasham", "Two steps", List.of(
                new StoryStep("The outpost", Map.of("view", List.of("35.33611,40.30944,11"), "base", List.of("plain"))),
                new StoryStep("", Map.of("date", List.of("2018-02-07"), "categories", List.of("drone")))))
                .withOwnership(new StoryOwnership("ann", true, 3, "ann", Instant.parse("2026-11-30T10:00:00Z")));

        String file = StoryFiles.export(story);

        assertThat(file).doesNotContain("ann").doesNotContain("\"version\"").doesNotContain("\"shared\"");
        Story back = StoryFiles.read("a name of the user's choosing.json", file.getBytes(StandardCharsets.UTF_8));
        assertThat(back).isEqualTo(story.withOwnership(StoryOwnership.UNSAVED));
    }

    @Test
    void anOwnerNamedInAnImportedFileIsDropped() {
        Story story = read("""
                {"id": "bobs-notes", "title": "Bob's notes", "owner": "bob", "shared": true, "version": 4,
                 "savedBy": "bob", "savedAt": "2026-01-01T00:00:00Z", "steps": []}""");

        assertThat(story.ownership()).isEqualTo(StoryOwnership.UNSAVED);
        assertThat(story.title()).isEqualTo("Bob's notes");
    }

    @Test
    void aFileThatIsNotAStoryIsRefusedNamingTheFileStoryStepAndField() {
        assertThatThrownBy(() -> read("{\"id\": \"x\", ")).isInstanceOf(StoryImportException.class)
                .hasMessageStartingWith("upload.json: is not valid JSON (line 1").hasMessageEndingWith("Nothing was imported.");
        assertThatThrownBy(() -> read("[]")).hasMessageContaining("upload.json: must hold one JSON object");
        assertThatThrownBy(() -> read("{\"id\": \"Not A Slug\", \"title\": \"T\", \"steps\": []}"))
                .hasMessageContaining("field 'id' must be a slug");
        assertThatThrownBy(() -> read("""
                {"id": "x", "title": "X", "steps": [{"caption": "a", "state": {}},
                 {"caption": "b", "state": {"zoom": "9"}}]}""")).isInstanceOf(StoryImportException.class)
                .hasMessageStartingWith("upload.json, story 'x': step 2: unknown parameter 'zoom'");
        assertThatThrownBy(() -> read("{\"id\": \"x\", \"title\": \"X\", \"steps\": [], \"script\": \"alert(1)\"}"))
                .hasMessageContaining("'script'");
        assertThatThrownBy(() -> read("{\"id\": \"x\", \"title\": \"  \", \"steps\": []}"))
                .isInstanceOf(StoryImportException.class).hasMessageContaining("upload.json");
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedBeforeItIsRead() {
        byte[] huge = new byte[StoryFiles.MAX_BYTES + 1];

        assertThatThrownBy(() -> StoryFiles.read("huge.json", huge)).isInstanceOf(StoryImportException.class)
                .hasMessage("huge.json was not imported: it has 2,097,153 bytes, at most 2,097,152 are taken.");
    }
}
