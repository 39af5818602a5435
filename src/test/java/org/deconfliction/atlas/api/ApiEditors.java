package org.deconfliction.atlas.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.deconfliction.atlas.security.Role;
import org.deconfliction.atlas.security.TestAccounts;
import org.deconfliction.atlas.security.UserAdministration;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP client for the editing API of an application a test started: the accounts {@code api-viewer} and
 * {@code api-editor} (made once, as an admin through the context's own holder of the current user), requests to
 * its local port, signed in with HTTP Basic as one of them or anonymous.
 */
final class ApiEditors {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final int port;

    ApiEditors(int port, UserAdministration administration, SecurityContextHolderStrategy currentUser) {
        this.port = port;
        for (Role role : new Role[] {Role.VIEWER, Role.EDITOR}) {
            TestAccounts.add(administration, currentUser, "api-" + role.label(), role.label() + "-secret", Set.of(role));
        }
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    /** The request signed in as the {@code api-} user of the role. */
    HttpRequest.Builder as(Role role, HttpRequest.Builder request) {
        String token = Base64.getEncoder().encodeToString(("api-" + role.label() + ":" + role.label() + "-secret")
                .getBytes(StandardCharsets.UTF_8));
        return request.header("Authorization", "Basic " + token);
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
