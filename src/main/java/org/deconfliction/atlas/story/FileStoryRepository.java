package org.deconfliction.atlas.story;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.deconfliction.atlas.security.Access;
import org.deconfliction.atlas.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternUtils;
import org.springframework.stereotype.Repository;

/**
 * Stories in files. The shipped ones are the {@code stories/*.json} files of the geodata folder
 * ({@code atlas.geodata.location}, the copy packaged in the application by default), read once at start-up: one
 * that is not valid stops start-up with a report naming the file, story, step and field. The user's own live in
 * the folder {@code atlas.stories.folder} ({@code ~/.deconfliction-atlas/stories} by default) and are read again on
 * every request, so a file corrected by hand is seen at once; one that cannot be read is logged, listed in
 * {@link #problems()} and left out, and the application carries on. Each user story names its owner and version in
 * its file; every saved version is also kept in the folder's {@code .versions/} (see {@link UserStoryFolder}).
 * Saves and deletes are serialized within this application; several instances sharing one folder are not
 * guarded against each other.
 */
@Repository
class FileStoryRepository implements StoryRepository {

    private static final Logger LOG = LoggerFactory.getLogger(FileStoryRepository.class);
    private static final Comparator<Story> BY_TITLE = Comparator.comparing(Story::title, String.CASE_INSENSITIVE_ORDER);

    private final Map<String, Story> shipped;
    private final UserStoryFolder userFolder;
    private final Access access;
    private final Clock clock = Clock.systemUTC();
    private final Set<StoryFileProblem> logged = ConcurrentHashMap.newKeySet();
    private volatile List<StoryFileProblem> problems = List.of();

    /**
     * @param geodataLocation the geodata folder as a Spring resource location, e.g. {@code classpath:geodata/} or
     *                        {@code file:/srv/atlas/geodata/}; its {@code stories/} folder may be absent (no shipped
     *                        stories)
     * @param userFolder      the folder of the user's stories, a file-system path; created on the first save
     */
    FileStoryRepository(ResourceLoader resources,
            @Value("${atlas.geodata.location:classpath:geodata/}") String geodataLocation,
            @Value("${atlas.stories.folder:${user.home}/.deconfliction-atlas/stories}") String userFolder,
            Access access) {
        this.access = access;
        this.shipped = readShipped(ResourcePatternUtils.getResourcePatternResolver(resources),
                geodataLocation.endsWith("/") ? geodataLocation : geodataLocation + "/");
        this.userFolder = new UserStoryFolder(Path.of(userFolder));
        int stray = this.userFolder.removeStrayTemporaryFiles();
        if (stray > 0) {
            LOG.info("Removed {} temporary files left by interrupted story saves", stray);
        }
        LOG.info("Shipped stories: {}; user stories in {}", shipped.keySet(), this.userFolder.path());
    }

    private static Map<String, Story> readShipped(ResourcePatternResolver resources, String location) {
        if (!resources.getResource(location + "stories/").exists()) {
            return Map.of();
        }
        Resource[] files;
        try {
            files = resources.getResources(location + "stories/*.json");
        } catch (IOException e) {
            throw new StoryFileException("stories/", null, "cannot be listed in " + location + ": " + e.getMessage(), e);
        }
        Arrays.sort(files, Comparator.comparing(Resource::getFilename));
        Map<String, Story> stories = new LinkedHashMap<>();
        for (Resource file : files) {
            String name = "stories/" + file.getFilename();
            Story story;
            try (InputStream in = file.getInputStream()) {
                story = StoryJson.read(name, in);
            } catch (IOException e) {
                throw new StoryFileException(name, null, "cannot be read from " + location + ": " + e.getMessage(), e);
            }
            if (stories.putIfAbsent(story.id(), story) != null) {
                throw new StoryFileException(name, story.id(), "the id is used by more than one shipped story");
            }
        }
        return Map.copyOf(stories);
    }

    @Override
    public List<Story> findAll() {
        List<Story> all = new ArrayList<>(shipped.values().stream().sorted(BY_TITLE).toList());
        all.addAll(readUserStories().stream().filter(this::mayRead).sorted(BY_TITLE).toList());
        return List.copyOf(all);
    }

    @Override
    public Optional<Story> findById(String id) {
        if (!Story.isSlug(id)) {
            return Optional.empty();
        }
        if (shipped.containsKey(id)) {
            return Optional.of(shipped.get(id));
        }
        return userStory(id).filter(this::mayRead);
    }

    @Override
    public synchronized Story save(Story story) {
        String user = signedIn("save stories");
        refuseShipped(story.id(), "saved over");
        Optional<Story> existing = userStory(story.id());
        StoryOwnership base = StoryOwnership.UNSAVED;
        if (existing.isPresent()) {
            Story current = existing.get();
            refuseOthers(current, "saved over");
            if (current.ownership().version() != story.ownership().version()) {
                throw new StoryConflictException(current);
            }
            base = current.ownership();
        }
        Story saved = story.withOwnership(base.withShared(story.ownership().shared()).next(user, clock.instant()));
        String content = StoryJson.write(saved);
        userFolder.write(story.id(), content);
        userFolder.keepVersion(story.id(), saved.ownership().version(), content);
        return saved;
    }

    @Override
    public synchronized void delete(String id) {
        if (!Story.isSlug(id)) {
            return;
        }
        signedIn("delete stories");
        refuseShipped(id, "deleted");
        Optional<Story> existing = userStory(id);
        if (existing.isPresent()) {
            refuseOthers(existing.get(), "deleted");
            userFolder.delete(id);
        }
    }

    @Override
    public boolean mayEdit(String id) {
        if (!access.isSignedIn() || !Story.isSlug(id) || shipped.containsKey(id)) {
            return false;
        }
        return userStory(id).map(this::owns).orElse(true);
    }

    @Override
    public boolean isTaken(String id) {
        return shipped.containsKey(id) || userFolder.holds(id);
    }

    @Override
    public List<Story> history(String id) {
        if (!Story.isSlug(id) || shipped.containsKey(id) || userStory(id).filter(this::mayRead).isEmpty()) {
            return List.of();
        }
        return userFolder.versions(id);
    }

    /** Whether the current user may read the story: unowned, shared, their own, or they are an admin. */
    private boolean mayRead(Story story) {
        StoryOwnership ownership = story.ownership();
        return ownership.owner() == null || ownership.shared() || owns(story);
    }

    /** Whether the current user may change the story: its owner, or an admin. */
    private boolean owns(Story story) {
        String owner = story.ownership().owner();
        return access.has(Role.ADMIN) || owner != null && access.username().filter(owner::equals).isPresent();
    }

    private String signedIn(String what) {
        return access.username().orElseThrow(() -> new StoryStorageException("Sign in to " + what
                + "; without signing in stories can be read and presented, not changed."));
    }

    private void refuseOthers(Story current, String what) {
        if (owns(current)) {
            return;
        }
        String owner = current.ownership().owner();
        throw new StoryStorageException("“" + current.title() + "” " + (owner == null
                ? "has no owner, so only an admin may change it"
                : "belongs to " + owner) + " and cannot be " + what + " by you; save your version under another title.");
    }

    private Optional<Story> userStory(String id) {
        return readUserStories().stream().filter(story -> story.id().equals(id)).findFirst();
    }

    @Override
    public boolean isShipped(String id) {
        return shipped.containsKey(id);
    }

    @Override
    public List<StoryFileProblem> problems() {
        readUserStories();
        return problems;
    }

    private void refuseShipped(String id, String what) {
        if (shipped.containsKey(id)) {
            throw new StoryStorageException("'" + shipped.get(id).title() + "' is a story shipped with the atlas and "
                    + "cannot be " + what + "; save your version under another title");
        }
    }

    /** The readable user stories whose ids are not shipped ones; records and logs (once each) the files that are not. */
    private List<Story> readUserStories() {
        UserStoryFolder.Contents contents = userFolder.read();
        List<StoryFileProblem> found = new ArrayList<>(contents.problems());
        List<Story> stories = new ArrayList<>();
        for (Story story : contents.stories()) {
            if (shipped.containsKey(story.id())) {
                found.add(new StoryFileProblem(story.id() + ".json", "story '" + story.id()
                        + "': the id is that of a story shipped with the atlas; rename the file and change its id"));
            } else {
                stories.add(story);
            }
        }
        found.stream().filter(logged::add).forEach(problem ->
                LOG.warn("A story in {} cannot be used and is left out: {}", userFolder.path(), problem.describe()));
        problems = List.copyOf(found);
        return stories;
    }
}
