package org.deconfliction.atlas.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The first filter every request passes after the security headers: reads its parameters strictly ({@link FormParameters}) from the query string
 * and, for a POSTed form, from the body (at most {@value #MAX_FORM_BYTES} bytes, else 413), refuses repeated
 * parameters under {@code /api} (no silent first-wins), a multipart body without a boundary, and a direct request for
 * the container's {@code /error} page. A refusal is an RFC 9457 problem naming the parameter or header at fault,
 * logged in one rate-limited line ({@link RefusalLog}). What passes goes on with its parameters already read, so
 * nothing behind it parses them again with laxer rules, and with the scheme, host and port of {@link PublicAddress}
 * instead of whatever its {@code Host} header said.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class RequestGuardFilter extends OncePerRequestFilter {

    /** The largest form body accepted, in bytes (2 MiB: a 10,000-vertex region takes about 0.3 MB). */
    static final int MAX_FORM_BYTES = 2 * 1024 * 1024;

    private final RefusalLog log;
    private final PublicAddress address;

    RequestGuardFilter(RefusalLog log, PublicAddress address) {
        this.log = log;
        this.address = address;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        HttpServletRequest guarded;
        try {
            guarded = guard(request, path);
        } catch (MalformedRequestException e) {
            log.refused(e.status(), request.getMethod(), path, e.getMessage());
            ProblemResponse.write(response, e.status(), title(e.status()), e.parameter(), e.getMessage(), path);
            return;
        }
        chain.doFilter(guarded, response);
    }

    private HttpServletRequest guard(HttpServletRequest request, String path) throws IOException {
        if (path.equals("/error") || path.startsWith("/error/")) {
            throw new MalformedRequestException(404, null, "There is nothing at " + FormParameters.shown(path) + ".");
        }
        String contentType = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (contentType.startsWith("multipart/") && !contentType.contains("boundary=")) {
            throw new MalformedRequestException(400, "Content-Type", "The Content-Type '"
                    + FormParameters.shown(request.getContentType()) + "' names no boundary: a multipart body needs one.");
        }
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        FormParameters.parse(request.getQueryString(), parameters);
        byte[] body = null;
        if ("POST".equals(request.getMethod()) && contentType.startsWith("application/x-www-form-urlencoded")) {
            body = formBody(request);
            FormParameters.parse(utf8(body), parameters);
        }
        if (path.equals("/api") || path.startsWith("/api/")) {
            parameters.forEach((name, values) -> {
                if (values.size() > 1) {
                    throw new MalformedRequestException(400, name, "Parameter '" + FormParameters.shown(name)
                            + "' is given " + values.size() + " times; give each parameter once.");
                }
            });
        }
        PublicAddress.Origin origin = address.of(request);
        request.setAttribute(PublicAddress.BASE_URL_ATTRIBUTE, origin.baseUrl());
        return new GuardedRequest(request, parameters, body, origin);
    }

    private static byte[] formBody(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_FORM_BYTES) {
            throw tooLarge();
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(MAX_FORM_BYTES + 1);
            if (body.length > MAX_FORM_BYTES) {
                throw tooLarge();
            }
            return body;
        }
    }

    private static MalformedRequestException tooLarge() {
        return new MalformedRequestException(413, null, String.format(Locale.ROOT,
                "The form body is larger than %,d bytes (2 MB), the most accepted; a region may have at most 10,000 vertices.",
                MAX_FORM_BYTES));
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new MalformedRequestException(400, null, "The form body is not valid UTF-8.");
        }
    }

    private static String title(int status) {
        return switch (status) {
            case 404 -> "Not found";
            case 413 -> "Request too large";
            default -> "Malformed request";
        };
    }
}
