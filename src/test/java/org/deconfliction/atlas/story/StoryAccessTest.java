package org.deconfliction.atlas.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.deconfliction.atlas.story.StoryFixtures.signedInAs;
import static org.deconfliction.atlas.story.StoryFixtures.step;
import static org.deconfliction.atlas.story.StoryFixtures.story;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.deconfliction.atlas.security.Access;
import org.deconfliction.atlas.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Whose stories are whose, in real files: saved per user, readable by others only when shared, changed by their
 * owner and admins only, every version kept, a save over a newer version refused, nothing changed anonymously.
 */
class StoryAccessTest {

    @TempDir
    Path temp;
    private FileStoryRepository stories;

    @BeforeEach
    void repository() {
        stories = new FileStoryRepository(new DefaultResourceLoader(), "classpath:geodata-untrusted/",
                temp.resolve("stories").toString(), new Access());
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aStoryIsItsOwnersUntilShared() {
        signedInAs("ann", Role.VIEWER);
        Story notes = stories.save(story("ann-notes", "one"));

        signedInAs("bob", Role.EDITOR);
        assertThat(stories.findAll()).extracting(Story::id).doesNotContain("ann-notes");
        assertThat(stories.findById("ann-notes")).isEmpty();
        assertThat(stories.history("ann-notes")).isEmpty();
        assertThat(stories.isTaken("ann-notes")).isTrue();

        signedInAs("ann", Role.VIEWER);
        stories.save(notes.withOwnership(notes.ownership().withShared(true)));

        signedInAs("bob", Role.EDITOR);
        assertThat(stories.findById("ann-notes")).hasValueSatisfying(shared -> {
            assertThat(shared.ownership().owner()).isEqualTo("ann");
            assertThat(shared.ownership().shared()).isTrue();
        });
        SecurityContextHolder.clearContext();
        assertThat(stories.findAll()).extracting(Story::id).contains("ann-notes");
    }

    @Test
    void aSharedStoryIsReadOnlyForOthersAndEditableByItsOwnerAndAdmins() {
        signedInAs("ann", Role.VIEWER);
        Story shared = stories.save(story("ann-notes", "one").withOwnership(StoryOwnership.UNSAVED.withShared(true)));

        signedInAs("bob", Role.EDITOR);
        assertThat(stories.mayEdit("ann-notes")).isFalse();
        assertThatThrownBy(() -> stories.save(shared.addStep(step("bob's"))))
                .isInstanceOf(StoryStorageException.class)
                .hasMessage("“Story ann-notes” belongs to ann and cannot be saved over by you; save your version under"
                        + " another title.");
        assertThatThrownBy(() -> stories.delete("ann-notes")).isInstanceOf(StoryStorageException.class);
        assertThat(stories.findById("ann-notes").orElseThrow().size()).isEqualTo(1);

        signedInAs("root", Role.ADMIN);
        assertThat(stories.mayEdit("ann-notes")).isTrue();
        Story byAdmin = stories.save(shared.addStep(step("corrected")));
        assertThat(byAdmin.ownership().owner()).isEqualTo("ann");
        assertThat(byAdmin.ownership().savedBy()).isEqualTo("root");
        assertThat(byAdmin.ownership().version()).isEqualTo(2);
    }

    @Test
    void aSaveOverANewerVersionIsRefusedSayingWhoSavedIt() {
        signedInAs("ann", Role.VIEWER);
        Story opened = stories.save(story("ann-notes", "one"));
        Story inOtherTab = stories.findById("ann-notes").orElseThrow();
        stories.save(inOtherTab.addStep(step("from the other tab")));

        assertThatThrownBy(() -> stories.save(opened.withTitle("Mine")))
                .isInstanceOf(StoryConflictException.class)
                .hasMessageContaining("was saved by ann at").hasMessageContaining("(version 2) after you opened it");
        Story kept = stories.findById("ann-notes").orElseThrow();
        assertThat(kept.title()).isEqualTo("Story ann-notes");
        assertThat(kept.size()).isEqualTo(2);
    }

    @Test
    void everySavedVersionIsKeptEvenAfterTheStoryIsDeleted() {
        signedInAs("ann", Role.VIEWER);
        Story first = stories.save(story("ann-notes", "one"));
        Story second = stories.save(first.addStep(step("two")));
        stories.save(second.withTitle("Final"));

        assertThat(stories.history("ann-notes")).extracting(s -> s.ownership().version() + " " + s.title() + " " + s.size())
                .containsExactly("1 Story ann-notes 1", "2 Story ann-notes 2", "3 Final 2");

        stories.delete("ann-notes");
        assertThat(stories.findById("ann-notes")).isEmpty();
        assertThat(temp.resolve("stories/.versions/ann-notes/3.json")).isRegularFile();
        assertThat(stories.problems()).isEmpty();
    }

    @Test
    void anonymousVisitorsReadButCannotSaveOrDelete() throws IOException {
        signedInAs("ann", Role.VIEWER);
        stories.save(story("ann-notes", "one").withOwnership(StoryOwnership.UNSAVED.withShared(true)));
        SecurityContextHolder.clearContext();

        assertThat(stories.findById("ann-notes")).isPresent();
        assertThat(stories.mayEdit("anything")).isFalse();
        assertThatThrownBy(() -> stories.save(story("mine", "one")))
                .isInstanceOf(StoryStorageException.class).hasMessageStartingWith("Sign in to save stories");
        assertThatThrownBy(() -> stories.delete("ann-notes"))
                .isInstanceOf(StoryStorageException.class).hasMessageStartingWith("Sign in to delete stories");
        assertThat(temp.resolve("stories/mine.json")).doesNotExist();
        assertThat(Files.readString(temp.resolve("stories/ann-notes.json"), StandardCharsets.UTF_8)).contains("\"owner\"");
    }

    @Test
    void aStoryFileWithoutAnOwnerIsReadByAllAndChangedByAdminsOnly() throws IOException {
        Files.createDirectories(temp.resolve("stories"));
        Files.writeString(temp.resolve("stories/old-notes.json"), """
                {"id": "old-notes", "title": "Old notes", "steps": []}""");
        signedInAs("ann", Role.EDITOR);
        Story old = stories.findById("old-notes").orElseThrow();
        assertThat(old.ownership()).isEqualTo(StoryOwnership.UNOWNED);
        assertThatThrownBy(() -> stories.save(old.withTitle("Mine now")))
                .hasMessageContaining("has no owner, so only an admin may change it");

        signedInAs("root", Role.ADMIN);
        assertThat(stories.save(old.withTitle("Adopted")).ownership().owner()).isEqualTo("root");
    }
}
