package org.deconfliction.atlas.api;

import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * An HTML page under construction: text is always escaped ({@link #text}), markup only ever comes from this
 * class's own fixed strings, and a link's target must be an http(s) URL or a relative one.
 */
final class HtmlPage {

    private static final String STYLE = "body{font:15px/1.45 system-ui,sans-serif;margin:0 auto;max-width:72rem;padding:0 1rem 2rem;"
            + "color:#1d2a33}header{border-bottom:1px solid #ccd;margin-bottom:1rem}h1{font-size:1.5rem}"
            + "table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #e2e5ea;padding:.3rem .5rem;"
            + "text-align:left;vertical-align:top}th{background:#f4f6f8}#map{height:22rem;border:1px solid #ccd;"
            + "margin:1rem 0;background:#eef2f5}nav a{margin-right:1rem}code,pre{font-size:.85em;white-space:pre-wrap}";

    private final StringBuilder html = new StringBuilder();

    HtmlPage(String title, String breadcrumbs) {
        html.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
                .append(escape(title)).append(" · Deconfliction Atlas API</title><style>").append(STYLE)
                .append("</style></head><body><header><p>").append(breadcrumbs).append("</p><h1>").append(escape(title))
                .append("</h1></header>");
    }

    /** Text from anywhere, escaped. */
    static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }

    /** A link to {@code href} with the text as its content; a target that is not http(s) or relative is dropped. */
    static String link(String href, String text) {
        if (href == null || !(href.toLowerCase(Locale.ROOT).startsWith("http://")
                || href.toLowerCase(Locale.ROOT).startsWith("https://") || href.startsWith("/"))) {
            return escape(text);
        }
        return "<a href=\"" + escape(href) + "\">" + escape(text) + "</a>";
    }

    HtmlPage text(String element, String text) {
        html.append('<').append(element).append('>').append(escape(text)).append("</").append(element).append('>');
        return this;
    }

    /** Markup built by this package from fixed strings and escaped values. */
    HtmlPage markup(String markup) {
        html.append(markup);
        return this;
    }

    String end() {
        return html.append("</body></html>").toString();
    }
}
