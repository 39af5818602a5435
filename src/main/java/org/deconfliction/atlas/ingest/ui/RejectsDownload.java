package org.deconfliction.atlas.ingest.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.deconfliction.atlas.ingest.Rejection;
import org.deconfliction.atlas.ingest.RejectsCsv;

/**
 * A link that downloads rejected rows as CSV ({@code line,column,value,reason}, cells neutralised for spreadsheets),
 * written when clicked from the rows as they are then.
 */
final class RejectsDownload {

    private RejectsDownload() {
    }

    static Anchor link(String text, String fileName, Supplier<List<Rejection>> rejections) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] csv = RejectsCsv.of(rejections.get()).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(csv), fileName, "text/csv;charset=UTF-8", csv.length);
        }), text);
        link.getElement().setAttribute("download", fileName);
        link.addClassName("atlas-import-rejects-download");
        return link;
    }
}
