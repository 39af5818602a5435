package org.deconfliction.atlas.ingest.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.deconfliction.atlas.ingest.Rejection;
import org.deconfliction.atlas.ingest.RejectsCsv;

/**
 * A link that downloads rejected rows as CSV ({@code line,column,value,reason}, cells neutralised for spreadsheets),
 * written when clicked from the rows as they are then, or streamed from a file of them written while a preview read.
 */
final class RejectsDownload {

    private RejectsDownload() {
    }

    static Anchor link(String text, String fileName, Supplier<List<Rejection>> rejections) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] csv = RejectsCsv.of(rejections.get()).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(csv), fileName, "text/csv;charset=UTF-8", csv.length);
        }), text);
        return named(link, fileName);
    }

    /** A link streaming the CSV file the supplier names when clicked; a file gone by then downloads the header only. */
    static Anchor file(String text, String fileName, Supplier<Path> csv) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            Path path = csv.get();
            if (path == null || !Files.isReadable(path)) {
                byte[] header = RejectsCsv.HEADER.getBytes(StandardCharsets.UTF_8);
                return new DownloadResponse(new ByteArrayInputStream(header), fileName, "text/csv;charset=UTF-8",
                        header.length);
            }
            return new DownloadResponse(Files.newInputStream(path), fileName, "text/csv;charset=UTF-8", Files.size(path));
        }), text);
        return named(link, fileName);
    }

    private static Anchor named(Anchor link, String fileName) {
        link.getElement().setAttribute("download", fileName);
        link.addClassName("atlas-import-rejects-download");
        return link;
    }
}
