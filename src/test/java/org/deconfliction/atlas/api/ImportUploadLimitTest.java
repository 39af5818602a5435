package org.deconfliction.atlas.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.deconfliction.atlas.security.Role;
import org.deconfliction.atlas.security.UserAdministration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An upload over {@code atlas.ingest.max-upload} (here 1KB) is refused over real HTTP with a 413 problem naming the
 * limit and the setting, and nothing is stored; one under it is read.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "atlas.ingest.max-upload=1KB")
class ImportUploadLimitTest {

    private static final String BOUNDARY = "atlas-upload-limit";

    @LocalServerPort
    int port;

    @Autowired
    UserAdministration administration;

    @Autowired
    SecurityContextHolderStrategy currentUser;

    private void editor() {
        currentUser.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("test-admin", null,
                Role.ADMIN.included().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList()));
        try {
            if (administration.users().stream().noneMatch(user -> user.username().equals("upload-editor"))) {
                administration.add("upload-editor", "editor-secret", Set.of(Role.EDITOR));
            }
        } finally {
            currentUser.clearContext();
        }
    }

    private HttpResponse<String> upload(String csv) throws Exception {
        editor();
        String body = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"format\"\r\n\r\ncsv\r\n"
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"dryRun\"\r\n\r\ntrue\r\n"
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"points.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + BOUNDARY + "--\r\n";
        String token = Base64.getEncoder().encodeToString("upload-editor:editor-secret".getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/imports"))
                .header("Authorization", "Basic " + token).header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anUploadOverTheLimitIsA413ProblemNamingTheLimit() throws Exception {
        StringBuilder csv = new StringBuilder("id,title,date,lat,lon\n");
        for (int i = 0; i < 200; i++) {
            csv.append("big-").append(i).append(",Rockets at al-Omar,2019-01-02,35.1,40.4\n");
        }
        HttpResponse<String> answer = upload(csv.toString());
        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json;charset=UTF-8");
        JsonNode problem = JsonMapper.builder().build().readTree(answer.body());
        assertThat(problem.path("status").asInt()).isEqualTo(413);
        assertThat(problem.path("title").asString()).isEqualTo("Upload too large");
        assertThat(problem.path("detail").asString()).contains("limit of 1KB", "atlas.ingest.max-upload");
    }

    @Test
    void anUploadUnderTheLimitIsRead() throws Exception {
        HttpResponse<String> answer = upload("id,title,date,lat,lon\nsmall-1,Rockets at al-Omar,2019-01-02,35.1,40.4\n");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).contains("\"status\":\"preview\"", "\"fresh\":1");
    }
}
