package org.deconfliction.atlas.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A real HTTP client for the API of the application a test started on a local port. */
final class LocalApi {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private LocalApi() {
    }

    /** GET of a path with its query, e.g. {@code /api/collections/incidents/items?bank=east}. */
    static HttpResponse<String> get(int port, String pathAndQuery) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
