package org.deconfliction.atlas.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import org.deconfliction.atlas.security.Access;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What short links do, whatever database holds the store: a state kept under an id derived from it survives to be
 * found by any instance, keeping it again writes nothing, and its cost is bounded by the state's length, the
 * session's allowance and the anonymous visitors' total. A store is plugged in by a subclass; every test keeps states
 * of its own, so tests share one store.
 */
@SpringBootTest(properties = {"atlas.test.context=view-links-contract", "atlas.links.max-state-length=20000",
        "atlas.links.per-session=3"})
abstract class ViewLinksContract {

    private static final AtomicInteger STATES = new AtomicInteger();

    @Autowired
    ViewLinks links;

    @Autowired
    ViewLinkTable table;

    @Autowired
    JdbcOperations jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static String region(int vertices) {
        StringBuilder wkt = new StringBuilder("q=region&shape=Polygon&region=POLYGON+%28%28");
        String salt = String.format("%05d", STATES.incrementAndGet());
        for (int i = 0; i < vertices; i++) {
            wkt.append(i == 0 ? "" : ",+").append("40.").append(salt).append(i).append("+35.").append(i);
        }
        return wkt.append("%29%29").toString();
    }

    private long rows(String id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM view_link WHERE id = ?", Long.class, id);
    }

    @Test
    void aKeptStateIsFoundUnderItsIdExactlyAsKept() {
        String state = region(200) + "&categories=drone,ied";
        String id = links.keep(state, links.newAllowance());

        assertThat(id).matches("[A-Za-z0-9_-]{16}");
        assertThat(links.find(id)).contains(state);
        assertThat(jdbc.queryForObject("SELECT length FROM view_link WHERE id = ?", Long.class, id))
                .isEqualTo(state.length());
    }

    @Test
    void theSameStateGivesTheSameIdWithoutWritingAgainOrTakingFromTheAllowance() {
        String state = region(50);
        LinkAllowance allowance = links.newAllowance();
        String id = links.keep(state, allowance);

        for (int again = 0; again < 5; again++) {
            assertThat(links.keep(state, allowance)).isEqualTo(id);
        }
        assertThat(rows(id)).isEqualTo(1);
        assertThat(links.keep(region(50), allowance)).as("a second new link still fits the allowance of 3").isNotEqualTo(id);
        assertThat(links.keep(state + "&km=5", links.newAllowance())).as("another state, another id").isNotEqualTo(id);
    }

    @Test
    void aSessionMakesAtMostItsAllowanceOfNewLinks() {
        LinkAllowance allowance = links.newAllowance();
        String first = links.keep(region(10), allowance);
        links.keep(region(10), allowance);
        links.keep(region(10), allowance);

        String fourth = region(10);
        assertThatThrownBy(() -> links.keep(fourth, allowance)).isInstanceOf(LinkRefusedException.class)
                .hasMessageContaining("made its 3 new short links");
        assertThat(links.find(LinkId.of(fourth))).isEmpty();
        assertThat(links.keep(links.find(first).orElseThrow(), allowance)).as("a kept one costs nothing").isEqualTo(first);
    }

    @Test
    void aStateLongerThanTheLimitIsRefusedNamingBothLengths() {
        String state = region(2_000);
        assertThat(state.length()).isGreaterThan(20_000);

        assertThatThrownBy(() -> links.keep(state, links.newAllowance())).isInstanceOf(LinkRefusedException.class)
                .hasMessageContaining(String.format("%,d characters", state.length())).hasMessageContaining("20,000");
        assertThat(links.find(LinkId.of(state))).isEmpty();
    }

    @Test
    void anonymousVisitorsLinksStopAtTheirTotalWhileSignedInUsersStillMakeThem() {
        String first = region(40);
        String second = region(40);
        ViewLinks capped = new ViewLinks(table, new Access(), Clock.systemUTC(), 20_000, 10,
                table.anonymousLength() + first.length() + second.length() / 2);

        String id = capped.keep(first, capped.newAllowance());
        assertThat(jdbc.queryForObject("SELECT created_by FROM view_link WHERE id = ?", String.class, id)).isNull();
        LinkAllowance allowance = capped.newAllowance();
        assertThatThrownBy(() -> capped.keep(second, allowance)).isInstanceOf(LinkRefusedException.class)
                .hasMessageContaining("sign in");
        assertThat(capped.find(LinkId.of(second))).isEmpty();

        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("ann",
                "n/a", AuthorityUtils.createAuthorityList("ROLE_VIEWER")));
        String signedIn = capped.keep(second, allowance);
        assertThat(jdbc.queryForObject("SELECT created_by FROM view_link WHERE id = ?", String.class, signedIn))
                .isEqualTo("ann");
    }

    @Test
    void anIdOfTheWrongFormOrNamingNothingFindsNothing() {
        assertThat(links.find("")).isEmpty();
        assertThat(links.find(null)).isEmpty();
        assertThat(links.find("'; DROP TABLE view_link; --")).isEmpty();
        assertThat(links.find("AAAAAAAAAAAAAAAA")).isEmpty();
        assertThat(links.find(LinkId.of(region(5)).substring(0, 12))).isEmpty();
    }
}
