package org.deconfliction.atlas.story;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Stories as files to carry to another atlas and back, in the JSON form of the stories folder. An exported file
 * holds the story's id, title, description and steps, not who owns it; an imported one is read as strictly as the
 * shipped stories and becomes a new story, never saved over another.
 */
public final class StoryFiles {

    /** The largest story file imported, in bytes (2 MiB: hundreds of steps with long drawn regions). */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    private StoryFiles() {
    }

    /** The story as a UTF-8 JSON file's content, without owner, sharing or version. */
    public static String export(Story story) {
        return StoryJson.write(story.withOwnership(StoryOwnership.UNSAVED));
    }

    /**
     * Reads an uploaded story file under any name; the story answered is not saved and owned by nobody (owner,
     * sharing and version in the file are dropped).
     *
     * @param fileName the file's name, used in messages
     * @throws StoryImportException naming the file, and the story, step and field at fault, when the content is
     *                              larger than {@value #MAX_BYTES} bytes, not JSON, or not a valid story
     */
    public static Story read(String fileName, byte[] content) {
        String name = fileName == null || fileName.isBlank() ? "the file" : fileName.strip();
        if (content.length > MAX_BYTES) {
            throw new StoryImportException(String.format("%s was not imported: it has %,d bytes, at most %,d are taken.",
                    name, content.length, MAX_BYTES), null);
        }
        try (InputStream in = new ByteArrayInputStream(content)) {
            return StoryJson.read(name, in, false).withOwnership(StoryOwnership.UNSAVED);
        } catch (StoryFileException e) {
            throw new StoryImportException(e.getMessage() + ". Nothing was imported.", e);
        } catch (IllegalArgumentException e) {
            throw new StoryImportException(name + ": " + e.getMessage() + ". Nothing was imported.", e);
        } catch (IOException e) {
            throw new StoryImportException(name + " could not be read. Nothing was imported.", e);
        }
    }
}
