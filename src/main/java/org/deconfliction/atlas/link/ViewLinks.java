package org.deconfliction.atlas.link;

import java.time.Clock;
import java.util.Optional;
import org.deconfliction.atlas.security.Access;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Short links kept in the store, so that every instance on one PostGIS database (or the one embedded store) opens
 * them. A state is kept under an id derived from it: keeping the same state again answers the same id and writes
 * nothing. Costs are bounded: a state longer than {@code atlas.links.max-state-length} characters is refused, a
 * session makes at most {@code atlas.links.per-session} new links, and the links of anonymous visitors together
 * hold at most {@code atlas.links.anonymous-total-length} characters (beyond that they are asked to sign in).
 * Kept links are never changed or removed.
 */
@Service
public class ViewLinks {

    private final ViewLinkTable table;
    private final Access access;
    private final Clock clock;
    private final int maxStateLength;
    private final int perSession;
    private final long anonymousTotalLength;

    @Autowired
    ViewLinks(ViewLinkTable table, Access access,
            @Value("${atlas.links.max-state-length:250000}") int maxStateLength,
            @Value("${atlas.links.per-session:50}") int perSession,
            @Value("${atlas.links.anonymous-total-length:50000000}") long anonymousTotalLength) {
        this(table, access, Clock.systemUTC(), maxStateLength, perSession, anonymousTotalLength);
    }

    ViewLinks(ViewLinkTable table, Access access, Clock clock, int maxStateLength, int perSession,
            long anonymousTotalLength) {
        this.table = table;
        this.access = access;
        this.clock = clock;
        this.maxStateLength = maxStateLength;
        this.perSession = perSession;
        this.anonymousTotalLength = anonymousTotalLength;
    }

    /** A fresh allowance of new links for one session. */
    public LinkAllowance newAllowance() {
        return new LinkAllowance(perSession);
    }

    /** The longest state kept as a link, in characters. */
    public int maxStateLength() {
        return maxStateLength;
    }

    /**
     * Keeps the state (a query string without {@code ?}) and answers its id; a state kept before answers its id
     * without writing or taking from the allowance.
     *
     * @throws LinkRefusedException naming the limit when the state is empty or too long, the session's allowance
     *                              is used up, or the anonymous visitors' links are full
     */
    public String keep(String state, LinkAllowance allowance) {
        if (state.isEmpty()) {
            throw new LinkRefusedException("An empty view needs no short link.");
        }
        if (state.length() > maxStateLength) {
            throw new LinkRefusedException(String.format("This view is too large for a link: its question takes %,d"
                    + " characters, at most %,d can be kept.", state.length(), maxStateLength));
        }
        String id = LinkId.of(state);
        Optional<String> kept = table.find(id);
        if (kept.isPresent()) {
            if (!kept.get().equals(state)) {
                throw new LinkRefusedException("This view cannot be kept as a link: another view has its id.");
            }
            return id;
        }
        if (!allowance.take()) {
            throw new LinkRefusedException(String.format("This session has made its %,d new short links; open the"
                    + " atlas in a new tab to make more.", allowance.limit()));
        }
        Optional<String> user = access.username();
        try {
            synchronized (this) {
                if (user.isEmpty() && table.anonymousLength() + state.length() > anonymousTotalLength) {
                    throw new LinkRefusedException("Short links made without signing in are full; sign in to make"
                            + " a link of this view.");
                }
                table.insert(id, state, user.orElse(null), clock.instant());
            }
        } catch (RuntimeException e) {
            allowance.giveBack();
            throw e;
        }
        return id;
    }

    /** The state kept under the id; empty for an id of the wrong form and for one under which nothing is kept. */
    public Optional<String> find(String id) {
        return LinkId.isWellFormed(id) ? table.find(id) : Optional.empty();
    }
}
