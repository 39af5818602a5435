package org.deconfliction.atlas.story;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The writable folder of the user's stories, one {@code <id>.json} file each. It is created on the first save.
 * Writes go to a hidden temporary file in the same folder ({@code .<id>-<random>.tmp}), forced to disk, then moved
 * over the story's file in one atomic step, so a crash leaves the old story or the new one and at worst a stray
 * temporary file, which is never read as a story. Every saved version is also kept as
 * {@code .versions/<id>/<version>.json}, so a story's history survives later saves and its deletion.
 *
 * <p>Messages for the user name the story and what went wrong in general words (access denied, disk full), never the
 * server's paths; the full failure is logged.
 * <p>A stray temporary file from an interrupted save is removed at the next start
 * ({@link #removeStrayTemporaryFiles}); after each move the folder itself is forced to disk, so the new name
 * survives a power cut.
 */
final class UserStoryFolder {

    private static final Logger LOG = LoggerFactory.getLogger(UserStoryFolder.class);
    /** Temporary files younger than this may belong to a save in progress in another instance and are kept. */
    private static final Duration STRAY_AGE = Duration.ofMinutes(1);

    /** What reading the folder found: the stories that could be read and a problem for each file that could not. */
    record Contents(List<Story> stories, List<StoryFileProblem> problems) {
    }

    /** The hidden sub-folder of kept versions; the folder's listing of {@code *.json} never reads it. */
    static final String VERSIONS = ".versions";

    private final Path folder;

    UserStoryFolder(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    Path path() {
        return folder;
    }

    /** Reads every {@code *.json} file of the folder, in file-name order; an absent folder holds no stories. */
    Contents read() {
        List<Story> stories = new ArrayList<>();
        List<StoryFileProblem> problems = new ArrayList<>();
        if (!Files.exists(folder)) {
            return new Contents(List.of(), List.of());
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(folder, "*.json")) {
            listing.forEach(files::add);
        } catch (IOException e) {
            LOG.warn("The folder of stories {} cannot be read", folder, e);
            return new Contents(List.of(), List.of(new StoryFileProblem("stories folder",
                    "cannot be read (" + reason(e) + ")")));
        }
        files.sort(null);
        for (Path file : files) {
            String name = file.getFileName().toString();
            try (InputStream in = Files.newInputStream(file)) {
                stories.add(StoryJson.read(name, in));
            } catch (StoryFileException e) {
                String where = e.featureId() == null ? "" : "story '" + e.featureId() + "': ";
                problems.add(new StoryFileProblem(name, where + e.problem()));
            } catch (IOException e) {
                LOG.warn("The story file {} cannot be read", file, e);
                problems.add(new StoryFileProblem(name, "cannot be read (" + reason(e) + ")"));
            }
        }
        return new Contents(List.copyOf(stories), List.copyOf(problems));
    }

    /** Writes the content as the story's file atomically, creating the folder when it is missing. */
    void write(String id, String content) {
        Path target = folder.resolve(id + ".json");
        Path temporary = null;
        try {
            Files.createDirectories(folder);
            temporary = Files.createTempFile(folder, "." + id + "-", ".tmp");
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer bytes = ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            forceFolder();
        } catch (IOException e) {
            deleteQuietly(temporary);
            LOG.warn("Story '{}' could not be written to {}", id, target, e);
            throw new StoryStorageException("The story '" + id + "' could not be saved: its file cannot be written ("
                    + reason(e) + ").", e);
        }
    }

    /** Deletes the story's file, if there is one. */
    void delete(String id) {
        Path target = folder.resolve(id + ".json");
        try {
            Files.deleteIfExists(target);
        } catch (IOException e) {
            LOG.warn("Story '{}' could not be deleted from {}", id, target, e);
            throw new StoryStorageException("The story '" + id + "' could not be deleted: its file cannot be removed ("
                    + reason(e) + ").", e);
        }
    }

    /** Forces the folder's entries (the renamed file) to disk; where the system cannot open a folder, nothing. */
    private void forceFolder() {
        try (FileChannel directory = FileChannel.open(folder, StandardOpenOption.READ)) {
            directory.force(true);
        } catch (IOException | UnsupportedOperationException notSupported) {
            // some systems cannot open or force a directory; the file itself is already on disk
        }
    }

    /**
     * Removes the temporary files that interrupted saves left behind ({@code .<id>-<random>.tmp}, older than a
     * minute); answers how many were removed. An absent folder has none.
     */
    int removeStrayTemporaryFiles() {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        int removed = 0;
        Instant before = Instant.now().minus(STRAY_AGE);
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(folder, ".*.tmp")) {
            for (Path file : listing) {
                try {
                    if (Files.isRegularFile(file) && Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
                        Files.delete(file);
                        removed++;
                    }
                } catch (IOException e) {
                    LOG.warn("Stray temporary file {} could not be removed: {}", file, reason(e));
                }
            }
        } catch (IOException e) {
            LOG.warn("The folder of stories {} could not be listed for stray temporary files: {}", folder, reason(e));
        }
        return removed;
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // the save is already reported as failed; a stray .tmp file is never read as a story
        }
    }

    /** The kind of failure in words, without the paths an exception's message carries: "access denied". */
    private static String reason(IOException e) {
        if (e.getClass() == IOException.class) {
            return "input/output error";
        }
        return e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2")
                .toLowerCase(Locale.ROOT);
    }

    /** Whether a story file with this id exists, readable or not. */
    boolean holds(String id) {
        return Files.exists(folder.resolve(id + ".json"));
    }

    /** Keeps a saved version's content in the story's history; a failure here is logged, the save stands. */
    void keepVersion(String id, int version, String content) {
        Path versions = folder.resolve(VERSIONS).resolve(id);
        try {
            Files.createDirectories(versions);
            Files.writeString(versions.resolve(version + ".json"), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.warn("Version {} of story '{}' could not be kept in {}", version, id, versions, e);
        }
    }

    /** The kept versions of a story, oldest first; those that cannot be read are logged and left out. */
    List<Story> versions(String id) {
        Path versions = folder.resolve(VERSIONS).resolve(id);
        if (!Files.isDirectory(versions)) {
            return List.of();
        }
        List<Story> found = new ArrayList<>();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(versions, "*.json")) {
            for (Path file : listing) {
                try (InputStream in = Files.newInputStream(file)) {
                    found.add(StoryJson.read(id + ".json", in));
                } catch (IOException | StoryFileException e) {
                    LOG.warn("A kept version of story '{}' cannot be read: {}", id, file, e);
                }
            }
        } catch (IOException e) {
            LOG.warn("The versions of story '{}' cannot be listed in {}", id, versions, e);
        }
        found.sort(java.util.Comparator.comparingInt(story -> story.ownership().version()));
        return List.copyOf(found);
    }
}
