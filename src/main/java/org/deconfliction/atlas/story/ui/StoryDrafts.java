package org.deconfliction.atlas.story.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.deconfliction.atlas.story.Story;
import org.deconfliction.atlas.story.StoryFileProblem;
import org.deconfliction.atlas.story.StoryRepository;

/**
 * The stories as the panel shows them: those in the repository, each replaced by its unsaved version where it has
 * one, followed by new stories not saved yet. An unsaved version is kept, under the id of the story it changes,
 * until it is saved; editing a story back to its saved form makes it saved again.
 */
final class StoryDrafts {

    private final StoryRepository repository;
    private final Map<String, Story> unsaved = new LinkedHashMap<>();
    private List<Story> saved;
    private List<StoryFileProblem> problems;

    StoryDrafts(StoryRepository repository) {
        this.repository = repository;
        load();
    }

    private void load() {
        saved = repository.findAll();
        problems = repository.problems();
    }

    /** Every story, saved ones first in the repository's order, with their unsaved changes. */
    List<Story> stories() {
        List<Story> all = new ArrayList<>();
        Set<String> savedIds = new HashSet<>();
        for (Story story : saved) {
            all.add(unsaved.getOrDefault(story.id(), story));
            savedIds.add(story.id());
        }
        unsaved.values().stream().filter(story -> !savedIds.contains(story.id())).forEach(all::add);
        return all;
    }

    /** Whether the story with this id has changes that are not saved (a new story always has). */
    boolean isUnsaved(String id) {
        return unsaved.containsKey(id);
    }

    /**
     * Whether any story holds changes worth keeping that are not saved: a saved story changed, or a new story with
     * steps (a new story without steps holds nothing yet).
     */
    boolean hasUnsavedWork() {
        return unsaved.values().stream().anyMatch(story -> savedVersion(story.id()).isPresent() || story.size() > 0);
    }

    /**
     * Forgets the unsaved changes of the story with this id; answers the story as saved, or empty for a new story,
     * which is gone.
     */
    Optional<Story> discard(String id) {
        unsaved.remove(id);
        return savedVersion(id);
    }

    /** Whether the story with this id is shipped with the atlas (saving it makes a new story). */
    boolean isShipped(String id) {
        return repository.isShipped(id);
    }

    /** Whether the current user may save over the story with this id, rather than saving a copy of it. */
    boolean mayEdit(String id) {
        return repository.mayEdit(id);
    }

    /** Keeps a changed story until it is saved; forgets the change when it equals the saved story. */
    void edit(Story story) {
        if (savedVersion(story.id()).filter(story::equals).isPresent()) {
            unsaved.remove(story.id());
        } else {
            unsaved.put(story.id(), story);
        }
    }

    /** A new, empty, unsaved story with an id of its own taken from the title. */
    Story create(String title) {
        Story story = new Story(freeId(title, null), title, "", List.of());
        unsaved.put(story.id(), story);
        return story;
    }

    /**
     * Saves the story with this id. A story saved before that the user may change keeps its id; a new one, or a
     * changed shipped one or another user's shared one, gets a fresh id from its title as the user's own story and
     * the original stays as it was.
     *
     * @return the story as saved, under the id it was saved with
     * @throws org.deconfliction.atlas.story.StoryStorageException when the repository cannot save it; the unsaved
     *                                                             version is kept
     */
    Story save(String id) {
        Story story = unsaved.containsKey(id) ? unsaved.get(id) : savedVersion(id).orElseThrow();
        boolean savedBefore = savedVersion(id).isPresent();
        Story toSave = story;
        if (!savedBefore) {
            toSave = story.withId(freeId(story.title(), id)).withOwnership(story.ownership());
        } else if (!repository.mayEdit(id)) {
            toSave = story.withId(freeId(story.title(), null));
        }
        Story result = repository.save(toSave);
        unsaved.remove(id);
        load();
        return result;
    }

    /** An imported story as a new, unsaved story under an id of its own from its title; it replaces nothing. */
    Story importStory(Story imported) {
        Story story = imported.withId(freeId(imported.title(), null));
        unsaved.put(story.id(), story);
        return story;
    }

    /**
     * Saves a copy of the story as shown (unsaved changes included) as the current user's own, titled "… (copy)"
     * under an id of its own; the original is left as it is.
     *
     * @return the copy as saved
     * @throws org.deconfliction.atlas.story.StoryStorageException when nobody is signed in or it cannot be written
     */
    Story duplicate(Story shown) {
        String copyTitle = shown.title() + " (copy)";
        Story copy = new Story(freeId(copyTitle, null), copyTitle, shown.description(), shown.steps());
        Story result = repository.save(copy);
        load();
        return result;
    }

    /** Whether the story with this id is saved and the current user may delete it (its owner, or an admin). */
    boolean mayDelete(String id) {
        return savedVersion(id).isPresent() && !repository.isShipped(id) && repository.mayEdit(id);
    }

    /**
     * Deletes the saved story with this id and forgets its unsaved changes; the repository checks again who may.
     *
     * @throws org.deconfliction.atlas.story.StoryStorageException when the current user may not, or it cannot be
     *                                                             deleted; nothing changes then
     */
    void delete(String id) {
        repository.delete(id);
        unsaved.remove(id);
        load();
    }

    /** The user's story files that could not be read when the stories were last loaded, one line each. */
    List<String> problems() {
        return problems.stream().map(StoryFileProblem::describe).toList();
    }

    private Optional<Story> savedVersion(String id) {
        return saved.stream().filter(story -> story.id().equals(id)).findFirst();
    }

    /**
     * The title's slug, with -2, -3, ... added until no other story has it: saved or not, shipped, another user's
     * (readable here or not), or in a user's file that could not be read (which a save must never overwrite).
     */
    private String freeId(String title, String ownId) {
        Set<String> taken = new HashSet<>(unsaved.keySet());
        saved.forEach(story -> taken.add(story.id()));
        taken.remove(ownId);
        problems.forEach(problem -> taken.add(problem.file().replaceFirst("\\.json$", "")));
        String base = Story.slugOf(title);
        String id = base;
        for (int n = 2; taken.contains(id) || !id.equals(ownId) && repository.isTaken(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
