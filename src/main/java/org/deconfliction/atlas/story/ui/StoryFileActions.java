package org.deconfliction.atlas.story.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.deconfliction.atlas.story.Story;
import org.deconfliction.atlas.story.StoryFiles;
import org.deconfliction.atlas.story.StoryImportException;
import org.deconfliction.atlas.story.StoryStorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the story panel does with whole stories: duplicate the one shown as the user's own, export it as its JSON
 * file, import a story file as a new unsaved story (read strictly; it never replaces another story), and delete it,
 * after asking, when the user owns it or is an admin.
 */
final class StoryFileActions extends HorizontalLayout {

    /** What the actions tell the panel. */
    interface Outcome {
        /** Show this story (none: the first there is) with a message. */
        void show(Story story, String message);

        /** Say this in the panel, keeping what is shown. */
        void say(String message);
    }

    private static final Logger LOG = LoggerFactory.getLogger(StoryFileActions.class);

    private final StoryDrafts drafts;
    private final Outcome outcome;
    private final Button duplicate = small("Duplicate", "Duplicate this story as your own", this::duplicate);
    private final Button delete = small("Delete story", "Delete this story", this::confirmDelete);
    private final Anchor export;
    private final Upload upload;
    private Story story;

    StoryFileActions(StoryDrafts drafts, Outcome outcome) {
        this.drafts = drafts;
        this.outcome = outcome;
        export = new Anchor(DownloadHandler.fromInputStream(event -> {
            Story shown = story;
            byte[] bytes = (shown == null ? "" : StoryFiles.export(shown)).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName(shown), "application/json", bytes.length);
        }), "Export");
        export.getElement().setAttribute("aria-label", "Export this story as a JSON file");
        export.addClassName("atlas-story-export");
        upload = new Upload();
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> upload.getUI().ifPresent(ui ->
                ui.access(() -> importFile(metadata.fileName(), bytes)))));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(StoryFiles.MAX_BYTES);
        upload.setAcceptedFileTypes("application/json", ".json");
        upload.setDropAllowed(false);
        Button choose = small("Import…", "Import a story from a JSON file", () -> { });
        upload.setUploadButton(choose);
        upload.addClassName("atlas-story-import");
        upload.addFileRejectedListener(e -> outcome.say(e.getFileName() + " was not imported: " + e.getErrorMessage()
                + " (story files of at most " + StoryFiles.MAX_BYTES / (1024 * 1024) + " MB, ending in .json)."));
        delete.addThemeVariants(ButtonVariant.ERROR);
        setAlignItems(FlexComponent.Alignment.CENTER);
        setWrap(true);
        add(duplicate, export, upload, delete);
    }

    /** Brings the actions up to date with the story shown (none: only import is offered). */
    void refresh(Story shown) {
        story = shown;
        duplicate.setEnabled(shown != null);
        export.setEnabled(shown != null);
        export.getElement().setAttribute("download", fileName(shown));
        delete.setEnabled(shown != null && drafts.mayDelete(shown.id()));
    }

    /** Imports the content of a story file as a new unsaved story, or says what is wrong with it. */
    void importFile(String fileName, byte[] content) {
        upload.clearFileList();
        Story imported;
        try {
            imported = drafts.importStory(StoryFiles.read(fileName, content));
        } catch (StoryImportException e) {
            outcome.say(e.getMessage());
            return;
        }
        outcome.show(imported, "Imported “" + imported.title() + "” from " + fileName
                + " as a new story; save it to keep it.");
    }

    private void duplicate() {
        if (story == null) {
            return;
        }
        try {
            Story copy = drafts.duplicate(story);
            outcome.show(copy, "Duplicated as “" + copy.title() + "”, your own story.");
        } catch (StoryStorageException e) {
            outcome.say(e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("Story '{}' could not be duplicated", story.id(), e);
            outcome.say("The story could not be duplicated because of an internal error, which has been logged.");
        }
    }

    private void confirmDelete() {
        if (story == null || !drafts.mayDelete(story.id())) {
            return;
        }
        Story doomed = story;
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader("Delete this story?");
        confirm.setText("“" + doomed.title() + "” leaves the list of stories for everyone"
                + (drafts.isUnsaved(doomed.id()) ? ", with its unsaved changes" : "")
                + ". Its saved versions are kept in the stories folder.");
        confirm.setCancelable(true);
        confirm.setConfirmText("Delete");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            try {
                drafts.delete(doomed.id());
                outcome.show(null, "Deleted “" + doomed.title() + "”.");
            } catch (StoryStorageException problem) {
                outcome.say(problem.getMessage());
            }
        });
        confirm.open();
    }

    private static String fileName(Story story) {
        return (story == null ? "story" : story.id()) + ".json";
    }

    private static Button small(String text, String ariaLabel, Runnable action) {
        Button button = new Button(text, e -> action.run());
        button.setAriaLabel(ariaLabel);
        button.addThemeVariants(ButtonVariant.SMALL);
        return button;
    }
}
