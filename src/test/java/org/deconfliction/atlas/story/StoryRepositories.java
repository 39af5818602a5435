package org.deconfliction.atlas.story;

import java.nio.file.Path;
import org.deconfliction.atlas.security.Access;
import org.springframework.core.io.DefaultResourceLoader;

/** Real file repositories for the specifications of other packages, where {@link FileStoryRepository} is not visible. */
public final class StoryRepositories {

    private StoryRepositories() {
    }

    /** The stories shipped in the geodata folder at {@code geodataLocation} and the user's in {@code userFolder}. */
    public static StoryRepository files(String geodataLocation, Path userFolder) {
        return new FileStoryRepository(new DefaultResourceLoader(), geodataLocation, userFolder.toString(), new Access());
    }
}
