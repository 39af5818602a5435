package org.deconfliction.atlas.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Times each UI round trip on the server: every Vaadin UIDL request ({@code POST ...?v-r=uidl}, a user's click,
 * keystroke or map move and the changes answered to it), from the first filter after security to the last byte
 * written, into the {@link UiRoundTripTimes}. Costs two clock reads and two counter updates per request.
 */
@Component
class UiRoundTripFilter extends OncePerRequestFilter {

    private final UiRoundTripTimes times;

    UiRoundTripFilter(UiRoundTripTimes times) {
        this.times = times;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !isUidl(request.getQueryString());
    }

    /** Whether a query string holds the parameter {@code v-r=uidl}, read without decoding the body. */
    static boolean isUidl(String query) {
        if (query == null) {
            return false;
        }
        for (String parameter : query.split("&", 20)) {
            if (parameter.equals("v-r=uidl")) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            times.record(System.nanoTime() - start);
        }
    }
}
