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

/**
 * The writable folder of the user's stories, one {@code <id>.json} file each. It is created on the first save.
 * Writes go to a hidden temporary file in the same folder ({@code .<id>-<random>.tmp}), forced to disk, then moved
 * over the story's file in one atomic step, so a crash leaves the old story or the new one and at worst a stray
 * temporary file, which is never read as a story.
 */
final class UserStoryFolder {

    /** What reading the folder found: the stories that could be read and a problem for each file that could not. */
    record Contents(List<Story> stories, List<StoryFileProblem> problems) {
    }

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
            return new Contents(List.of(), List.of(new StoryFileProblem(folder.toString(),
                    "the folder of stories cannot be read: " + e.getMessage())));
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
                problems.add(new StoryFileProblem(name, "cannot be read: " + e.getMessage()));
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
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new StoryStorageException("The story could not be saved to " + target + ": " + reason(e), e);
        }
    }

    /** Deletes the story's file, if there is one. */
    void delete(String id) {
        Path target = folder.resolve(id + ".json");
        try {
            Files.deleteIfExists(target);
        } catch (IOException e) {
            throw new StoryStorageException("The story could not be deleted from " + target + ": " + reason(e), e);
        }
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

    /** The failure in words, e.g. "access denied (/home/ann/.deconfliction-atlas/stories)". */
    private static String reason(IOException e) {
        String kind = e.getClass() == IOException.class ? "" : e.getClass().getSimpleName()
                .replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        if (e.getMessage() == null) {
            return kind.isEmpty() ? "input/output error" : kind;
        }
        return kind.isEmpty() ? e.getMessage() : kind + " (" + e.getMessage() + ")";
    }
}
