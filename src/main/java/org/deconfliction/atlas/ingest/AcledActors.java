package org.deconfliction.atlas.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.deconfliction.atlas.incident.Actors;
import org.deconfliction.atlas.incident.Opponent;

/**
 * ACLED's two actors (each with its associated actors, separated by semicolons) to the atlas's two sides: side A is
 * the US-led coalition and its partners. When {@code actor2} names the coalition and {@code actor1} does not, the
 * actors are swapped; when neither does, ACLED's order is kept. The opponent is read from side B's names by a table
 * of name fragments; an empty side is written as {@value #NOT_NAMED}.
 */
final class AcledActors {

    static final String NOT_NAMED = "not named in the source";

    private static final List<String> COALITION = List.of("united states", "coalition", "syrian democratic forces",
            "qsd", "sdf", "maghaweir", "revolutionary commando", "ypg", "united kingdom", "france");

    /** Name fragments to opponents, tried in this order. */
    private static final List<Map.Entry<String, Opponent>> OPPONENTS = List.of(
            Map.entry("russia", Opponent.RUSSIA), Map.entry("wagner", Opponent.RUSSIA),
            Map.entry("iran", Opponent.IRAN_BACKED), Map.entry("hezbollah", Opponent.IRAN_BACKED),
            Map.entry("fatemiyoun", Opponent.IRAN_BACKED), Map.entry("zainabiyoun", Opponent.IRAN_BACKED),
            Map.entry("nujaba", Opponent.IRAN_BACKED), Map.entry("kataib", Opponent.IRAN_BACKED),
            Map.entry("popular mobilization", Opponent.IRAN_BACKED),
            Map.entry("islamic state", Opponent.ISIS), Map.entry("isis", Opponent.ISIS),
            Map.entry("hurras al-din", Opponent.AL_QAEDA), Map.entry("al qaeda", Opponent.AL_QAEDA),
            Map.entry("al-qaeda", Opponent.AL_QAEDA), Map.entry("hayat tahrir", Opponent.AL_QAEDA),
            Map.entry("turkey", Opponent.TURKEY),
            Map.entry("military forces of syria", Opponent.SYRIAN_GOVERNMENT),
            Map.entry("police forces of syria", Opponent.SYRIAN_GOVERNMENT),
            Map.entry("ndf", Opponent.SYRIAN_GOVERNMENT), Map.entry("national defence forces", Opponent.SYRIAN_GOVERNMENT));

    private AcledActors() {
    }

    /** The two sides from actor1 + assoc_actor_1 and actor2 + assoc_actor_2 (any may be null). */
    static Actors sides(String actor1, String assoc1, String actor2, String assoc2) {
        List<String> first = forces(actor1, assoc1);
        List<String> second = forces(actor2, assoc2);
        if (!isCoalition(first) && isCoalition(second)) {
            List<String> swap = first;
            first = second;
            second = swap;
        }
        return new Actors(first.isEmpty() ? List.of(NOT_NAMED) : first, second.isEmpty() ? List.of(NOT_NAMED) : second);
    }

    /** The opponent named by side B, {@link Opponent#UNKNOWN} when no fragment matches. */
    static Opponent opponent(Actors actors) {
        for (String force : actors.sideB()) {
            String name = force.toLowerCase(Locale.ROOT);
            for (Map.Entry<String, Opponent> entry : OPPONENTS) {
                if (name.contains(entry.getKey())) {
                    return entry.getValue();
                }
            }
        }
        return Opponent.UNKNOWN;
    }

    private static boolean isCoalition(List<String> forces) {
        return forces.stream().map(f -> f.toLowerCase(Locale.ROOT))
                .anyMatch(f -> COALITION.stream().anyMatch(f::contains));
    }

    private static List<String> forces(String actor, String associated) {
        List<String> forces = new ArrayList<>();
        for (String text : new String[] {actor, associated}) {
            if (text != null) {
                for (String part : text.split(";")) {
                    if (!part.isBlank()) {
                        forces.add(part.strip());
                    }
                }
            }
        }
        return forces;
    }
}
