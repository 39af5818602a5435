package org.deconfliction.atlas.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Which representation a request gets: HTML ({@link HtmlRepresentation}) when it says {@code f=html}, or when its
 * {@code Accept} names {@code text/html} itself with a higher quality than anything JSON matches, as browsers
 * do ({@code text/html,...,*}{@code /*;q=0.8}); JSON otherwise, so clients that accept anything ({@code curl}, GDAL,
 * QGIS) keep getting JSON. {@code f=json} chooses JSON whatever the {@code Accept}.
 */
final class ApiFormat {

    private ApiFormat() {
    }

    /** The media type of this request's answer: text/html when HTML is wanted, else {@code json}. */
    static MediaType type(MediaType json) {
        return html(((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest())
                ? MediaType.TEXT_HTML : json;
    }

    /** Whether the request wants HTML. */
    static boolean html(HttpServletRequest request) {
        String f = request.getParameter("f");
        if (f != null) {
            return f.strip().toLowerCase(Locale.ROOT).equals("html");
        }
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return false;
        }
        List<MediaType> ranges;
        try {
            ranges = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            return false;
        }
        double html = 0;
        double json = 0;
        for (MediaType range : ranges) {
            double quality = range.getQualityValue();
            if (range.getType().equals("text") && range.getSubtype().equals("html")) {
                html = Math.max(html, quality);
            }
            if (range.includes(MediaType.APPLICATION_JSON) || range.includes(CollectionsController.GEO_JSON)) {
                json = Math.max(json, quality);
            }
        }
        return html > json;
    }
}
