package org.deconfliction.atlas.api;

import static org.deconfliction.atlas.api.HtmlPage.escape;
import static org.deconfliction.atlas.api.HtmlPage.link;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The HTML pages of the API's documents, told apart by their shape: a FeatureCollection or Feature
 * ({@link HtmlMaps}), a conformance declaration ({@code conformsTo}), the collections ({@code collections}), one
 * collection ({@code extent}) and the landing page (anything else with links).
 */
final class HtmlPages {

    private final HtmlMaps maps;

    HtmlPages(HtmlMaps maps) {
        this.maps = maps;
    }

    String render(ObjectNode document) {
        String type = document.path("type").asString("");
        if (type.equals("FeatureCollection")) {
            return maps.items(document, breadcrumbs(true));
        }
        if (type.equals("Feature")) {
            return maps.feature(document, breadcrumbs(true));
        }
        if (document.has("conformsTo")) {
            HtmlPage page = new HtmlPage("Conformance", breadcrumbs(false));
            page.markup("<ul>");
            document.get("conformsTo").forEach(c -> page.markup("<li><code>" + escape(c.asString()) + "</code></li>"));
            return page.markup("</ul>").end();
        }
        if (document.has("collections")) {
            HtmlPage page = new HtmlPage("Collections", breadcrumbs(false));
            page.markup("<table><tr><th>Collection</th><th>Description</th><th></th></tr>");
            for (JsonNode collection : document.get("collections")) {
                page.markup("<tr><td>" + link(href(collection, "self"), collection.path("title").asString(collection.path("id").asString()))
                        + "</td><td>" + escape(collection.path("description").asString()) + "</td><td>"
                        + link(href(collection, "items"), "items") + "</td></tr>");
            }
            page.markup("</table>");
            return links(page, document).end();
        }
        if (document.has("extent")) {
            return collection(document);
        }
        HtmlPage page = new HtmlPage(document.path("title").asString("Deconfliction Atlas"), breadcrumbs(false));
        page.text("p", document.path("description").asString());
        return links(page, document).end();
    }

    private String collection(ObjectNode collection) {
        HtmlPage page = new HtmlPage(collection.path("title").asString(collection.path("id").asString()), breadcrumbs(true));
        page.text("p", collection.path("description").asString());
        page.markup("<p>" + link(href(collection, "items"), "Browse the items") + " · "
                + link(href(collection, "http://www.opengis.net/def/rel/ogc/1.0/queryables"), "Queryables") + "</p>");
        JsonNode box = collection.at("/extent/spatial/bbox/0");
        page.markup("<table>");
        if (box.isArray()) {
            page.markup("<tr><th>Extent</th><td>" + escape(box.toString()) + " (lon/lat, CRS84)</td></tr>");
        }
        JsonNode interval = collection.at("/extent/temporal/interval/0");
        if (interval.isArray()) {
            page.markup("<tr><th>Time</th><td>" + escape(interval.path(0).asString()) + " – "
                    + escape(interval.path(1).asString()) + "</td></tr>");
        }
        if (collection.has("crs")) {
            page.markup("<tr><th>CRS</th><td>");
            collection.get("crs").forEach(crs -> page.markup("<code>" + escape(crs.asString()) + "</code><br>"));
            page.markup("</td></tr>");
        }
        page.markup("</table>");
        return links(page, collection).end();
    }

    /** The document's links as a list. */
    static HtmlPage links(HtmlPage page, JsonNode document) {
        page.markup("<h2>Links</h2><ul>");
        for (JsonNode link : document.path("links")) {
            page.markup("<li>" + link(link.path("href").asString(), link.path("title").asString(link.path("href").asString()))
                    + " <small>(" + escape(link.path("rel").asString()) + ", " + escape(link.path("type").asString()) + ")</small></li>");
        }
        return page.markup("</ul>");
    }

    /** The target of the document's first link with this relation; null when it has none. */
    static String href(JsonNode document, String rel) {
        for (JsonNode link : document.path("links")) {
            if (link.path("rel").asString().equals(rel)) {
                return link.path("href").asString();
            }
        }
        return null;
    }

    private static String breadcrumbs(boolean collections) {
        String base = ApiLinks.base();
        return link(base, "API") + (collections ? " › " + link(base + "/collections", "Collections") : "")
                + " · " + link(base + "/docs", "Documentation");
    }
}
