package org.deconfliction.atlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpSessionEvent;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

class SessionQuotaTest {

    private final SessionQuota quota = new SessionQuota(2, 3);

    private MockHttpSession open(String address) {
        MockHttpSession session = new MockHttpSession();
        quota.opened(session, address);
        return session;
    }

    @Test
    void refusesBeyondTheCapPerAddressAndInAllAndFreesThePlaceWhenASessionEnds() {
        MockHttpSession first = open("192.0.2.1");
        open("192.0.2.1");
        assertThat(quota.refusal("192.0.2.1")).contains("already has 2 open sessions");
        assertThat(quota.refusal("192.0.2.9")).isNull();
        open("192.0.2.9");
        assertThat(quota.refusal("192.0.2.50")).contains("as many visitors as it can serve well (3 open sessions)");

        quota.sessionDestroyed(new HttpSessionEvent(first));

        assertThat(quota.total()).isEqualTo(2);
        assertThat(quota.of("192.0.2.1")).isEqualTo(1);
        assertThat(quota.refusal("192.0.2.1")).isNull();
    }

    @Test
    void aSessionIsCountedForItsAddressOnce() {
        MockHttpSession session = open("192.0.2.1");
        quota.opened(session, "192.0.2.1");
        assertThat(quota.of("192.0.2.1")).isEqualTo(1);
    }
}
