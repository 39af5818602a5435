package org.deconfliction.atlas.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request whose parameters were already read strictly by {@link RequestGuardFilter}: the servlet container never
 * parses them again (with its laxer rules), and a form body that was read is replayed to whoever reads it.
 */
final class GuardedRequest extends HttpServletRequestWrapper {

    private final Map<String, String[]> parameters;
    private final byte[] body;
    private final PublicAddress.Origin origin;

    /**
     * The request with these parameters, seen at this origin (its scheme, server name and port); {@code body} is the
     * form body read, null when it was not read.
     */
    GuardedRequest(HttpServletRequest request, Map<String, List<String>> parameters, byte[] body, PublicAddress.Origin origin) {
        super(request);
        this.origin = origin;
        Map<String, String[]> copy = new LinkedHashMap<>();
        parameters.forEach((name, values) -> copy.put(name, values.toArray(String[]::new)));
        this.parameters = Collections.unmodifiableMap(copy);
        this.body = body;
    }

    @Override
    public String getScheme() {
        return origin.scheme();
    }

    @Override
    public String getServerName() {
        return origin.host();
    }

    @Override
    public int getServerPort() {
        return origin.port();
    }

    @Override
    public StringBuffer getRequestURL() {
        return new StringBuffer(new PublicAddress.Origin(origin.scheme(), origin.host(), origin.port(), "").baseUrl()
                + getRequestURI());
    }

    @Override
    public String getHeader(String name) {
        if (name.equalsIgnoreCase("Host")) {
            boolean defaultPort = (origin.scheme().equals("http") && origin.port() == 80)
                    || (origin.scheme().equals("https") && origin.port() == 443);
            return origin.host() + (defaultPort ? "" : ":" + origin.port());
        }
        return super.getHeader(name);
    }

    @Override
    public String getParameter(String name) {
        String[] values = parameters.get(name);
        return values == null ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return parameters;
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(parameters.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
        String[] values = parameters.get(name);
        return values == null ? null : values.clone();
    }

    @Override
    public ServletInputStream getInputStream() throws java.io.IOException {
        if (body == null) {
            return super.getInputStream();
        }
        ByteArrayInputStream replay = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override
            public int read() {
                return replay.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return replay.read(b, off, len);
            }

            @Override
            public boolean isFinished() {
                return replay.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new IllegalStateException("the form body was already read");
            }
        };
    }

    @Override
    public BufferedReader getReader() throws java.io.IOException {
        if (body == null) {
            return super.getReader();
        }
        return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }
}
