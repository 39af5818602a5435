package org.deconfliction.atlas.api;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.node.ObjectNode;

/**
 * The HTML representation of the API's JSON documents (the OGC API – Features HTML conformance class), written
 * from the very document the JSON answer would carry, so both say the same: the landing page, the conformance
 * classes, the collections, one collection, a page of items with a small map and paging links, and one feature
 * with its map. Every value from the data is escaped ({@link HtmlPage}); the map reads the features from a JSON
 * block, never from markup. Registered for {@code text/html} only, so JSON answers are untouched.
 */
@Configuration(proxyBeanMethods = false)
class HtmlRepresentation implements WebMvcConfigurer {

    private final HtmlPages pages;

    HtmlRepresentation(@Value("${atlas.map.tiles.url:}") String tilesUrl,
            @Value("${atlas.map.tiles.attribution:}") String tilesAttribution,
            @Value("${atlas.map.base-layer:tiles}") String baseLayer) {
        this.pages = new HtmlPages(new HtmlMaps(baseLayer.equals("plain") ? "" : tilesUrl, tilesAttribution));
    }

    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
        builder.addCustomConverter(new Converter(pages));
    }

    /** Writes an API document as an HTML page. */
    static final class Converter extends AbstractHttpMessageConverter<ObjectNode> {

        private final HtmlPages pages;

        Converter(HtmlPages pages) {
            super(StandardCharsets.UTF_8, MediaType.TEXT_HTML);
            this.pages = pages;
        }

        @Override
        protected boolean supports(Class<?> type) {
            return ObjectNode.class.isAssignableFrom(type);
        }

        @Override
        protected boolean canRead(MediaType mediaType) {
            return false;
        }

        @Override
        protected ObjectNode readInternal(Class<? extends ObjectNode> type, HttpInputMessage input) {
            throw new HttpMessageNotReadableException("HTML is written, not read", input);
        }

        @Override
        protected void writeInternal(ObjectNode document, HttpOutputMessage output) throws IOException {
            output.getHeaders().setContentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8));
            Writer writer = new OutputStreamWriter(output.getBody(), StandardCharsets.UTF_8);
            writer.write(pages.render(document));
            writer.flush();
        }
    }
}
