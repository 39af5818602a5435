package org.deconfliction.atlas.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.deconfliction.atlas.store.Edit;
import org.deconfliction.atlas.store.IncidentStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTML representation: browsers (and {@code f=html}) get pages for the landing page, conformance, collections,
 * a collection, items with a map and paging links, and one feature; every other client keeps getting JSON; and a
 * title from the data that is markup is shown as text.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HtmlRepresentationTest {

    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Value("${local.server.port}")
    int port;

    @Autowired
    IncidentRepository incidents;

    @Autowired
    IncidentStore store;

    private HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (accept != null) {
            request.header("Accept", accept);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String page(String path, String accept) throws Exception {
        HttpResponse<String> answer = get(path, accept);
        assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).as(path).startsWith("text/html");
        assertThat(answer.body()).as(path).startsWith("<!doctype html>").endsWith("</html>");
        return answer.body();
    }

    @Test
    void browsersGetAPageForEveryResource() throws Exception {
        assertThat(page("/api", BROWSER)).contains("<h1>Deconfliction Atlas</h1>", "/api/collections\">");
        assertThat(page("/api/conformance", BROWSER)).contains("ogcapi-features-1/1.0/conf/html", "ogcapi-features-1/1.0/conf/core");
        assertThat(page("/api/collections", BROWSER)).contains("<h1>Collections</h1>", "/api/collections/incidents\">Incidents</a>",
                "/api/collections/zones/items\">items</a>");
        assertThat(page("/api/collections/incidents", BROWSER)).contains("<h1>Incidents</h1>", "Browse the items", "Time");

        String items = page("/api/collections/incidents/items?limit=5&offset=5", BROWSER);
        assertThat(items).contains("5 of " + incidents.findAll().size() + " features", "<div id=\"map\"",
                "<script src=\"/webjars/leaflet/1.9.4/dist/leaflet.js\"></script>", "next page ›", "‹ previous page",
                "/api/collections/incidents/items/");
        Matcher rows = Pattern.compile("<tr><td><a href=\"[^\"]+/items/([^\"]+)\">").matcher(items);
        int count = 0;
        while (rows.find()) {
            count++;
        }
        assertThat(count).isEqualTo(5);

        Incident first = incidents.findAll().getFirst();
        String feature = page("/api/collections/incidents/items/" + first.id(), BROWSER);
        assertThat(feature).contains("<h1>" + HtmlPage.escape(first.title()) + "</h1>", "<th>dateStart</th>",
                "<td>" + first.date().start() + "</td>", "<div id=\"map\"");
        assertThat(page("/api/collections/sites/items/al-tanf", BROWSER)).contains("<th>kind</th>");
        assertThat(get("/webjars/leaflet/1.9.4/dist/leaflet.js", "*/*").statusCode()).isEqualTo(200);
    }

    @Test
    void fHtmlChoosesHtmlAndFJsonJsonWhateverTheAccept() throws Exception {
        assertThat(page("/api/collections/sites/items?f=html&limit=3", "application/json")).contains("3 of ");
        assertThat(page("/api/collections?f=html", null)).contains("<h1>Collections</h1>");
        HttpResponse<String> json = get("/api/collections/sites/items?f=json&limit=3", BROWSER);
        assertThat(json.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/geo+json");
        assertThat(page("/api/collections/sites/items?f=html&limit=1", null)).as("the next page keeps f=html")
                .containsPattern("href=\"[^\"]*f=html[^\"]*offset=1|href=\"[^\"]*offset=1[^\"]*f=html");
    }

    @Test
    void clientsThatAcceptAnythingOrJsonKeepGettingJson() throws Exception {
        for (String accept : new String[] {null, "*/*", "application/json", "application/geo+json, application/json",
                "text/html;q=0.5, application/json"}) {
            for (String path : new String[] {"/api", "/api/collections", "/api/collections/incidents/items?limit=2",
                    "/api/collections/sites/items/al-tanf"}) {
                HttpResponse<String> answer = get(path, accept);
                assertThat(answer.statusCode()).isEqualTo(200);
                assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).as(accept + " " + path)
                        .matches("application/(geo\\+)?json.*");
            }
        }
        assertThat(JsonMapper.builder().build().readTree(get("/api", null).body()).get("links").findValuesAsString("rel"))
                .contains("alternate");
    }

    @Test
    void markupInTheDataIsShownAsTextOnEveryPage() throws Exception {
        String id = "html-" + UUID.randomUUID();
        Incident shipped = incidents.findAll().getFirst();
        String title = "</script><script>alert('title')</script><img src=x onerror=alert(1)>";
        Incident planted = new Incident(id, title, "<b>summary</b> & more", shipped.category(), shipped.actors(),
                shipped.opponent(), shipped.casualties(), "<i>place</i>", shipped.siteId(), shipped.location(),
                shipped.uncertainty(), shipped.date(), shipped.timeOfDay(), shipped.country(), shipped.sources(),
                shipped.disagreements());
        long version = store.create(planted, new Edit("html-test", null)).version();
        try {
            String feature = page("/api/collections/incidents/items/" + id, BROWSER);
            String items = page("/api/collections/incidents/items?limit=1000", BROWSER);
            for (String html : new String[] {feature, items}) {
                assertThat(html).doesNotContain("<script>alert").doesNotContain("<img src=x").doesNotContain("<b>summary")
                        .contains("&lt;/script&gt;&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;")
                        .contains("\\u003c/script\\u003e\\u003cscript\\u003ealert('title')");
                assertThat(html.split("</script>", -1)).as("only the page's own three scripts end").hasSize(4);
            }
        } finally {
            store.delete(id, version, new Edit("html-test", null));
        }
    }
}
