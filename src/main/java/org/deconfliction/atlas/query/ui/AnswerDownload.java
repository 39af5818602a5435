package org.deconfliction.atlas.query.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.deconfliction.atlas.query.ExportedQuestion;
import org.deconfliction.atlas.query.QueryResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An export the question panel offers beside GeoJSON and CSV, such as a GeoPackage: its link text, the file name's
 * extension, the media type, and what writes an answer into the downloaded file. The file is written when the link
 * is followed, straight to the response; a failure is said in a notification, never as a stack trace.
 */
public record AnswerDownload(String label, String extension, String type, Writer writer) {

    private static final Logger LOG = LoggerFactory.getLogger(AnswerDownload.class);

    /** Writes an answer's file to the stream, which it must not close. */
    @FunctionalInterface
    public interface Writer {
        void write(QueryResult result, OutputStream out) throws IOException;
    }

    /** The link that downloads this answer's file, named after its question and the day. */
    Anchor link(QueryResult result, LocalDate today) {
        String fileName = ExportedQuestion.fileName(result.query(), today, extension);
        Anchor anchor = new Anchor((DownloadHandler) event -> download(event, result, fileName), label);
        anchor.getElement().setAttribute("download", fileName);
        return anchor;
    }

    private void download(DownloadEvent event, QueryResult result, String fileName) {
        event.setFileName(fileName);
        event.setContentType(type);
        try {
            writer.write(result, event.getOutputStream());
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("{} of {} failed", label, fileName, e);
            event.getResponse().setStatus(500);
            event.getUI().access(() -> Notification.show(label + " failed: " + e.getMessage(), 8000,
                    Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR));
        }
    }
}
