package org.deconfliction.atlas.story;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Steps and stories for the specifications, written as briefly as a link. */
final class StoryFixtures {

    private StoryFixtures() {
    }

    /** A state from alternating names and single values: {@code state("view", "35.3,40.3,9", "q", "east")}. */
    static Map<String, List<String>> state(String... namesAndValues) {
        Map<String, List<String>> state = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            state.put(namesAndValues[i], List.of(namesAndValues[i + 1]));
        }
        return state;
    }

    static StoryStep step(String caption, String... namesAndValues) {
        return new StoryStep(caption, state(namesAndValues));
    }

    /** Acts as the named user with the authorities of the role and the roles it includes, as a sign-in would. */
    static void signedInAs(String username, org.deconfliction.atlas.security.Role role) {
        var authorities = role.included().stream().map(included ->
                new org.springframework.security.core.authority.SimpleGrantedAuthority(included.authority())).toList();
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                        username, null, authorities));
    }

    /** A story of steps captioned "one", "two", ... each at another date. */
    static Story story(String id, String... captions) {
        Story story = new Story(id, "Story " + id, "", List.of());
        int day = 1;
        for (String caption : captions) {
            story = story.addStep(step(caption, "date", "2018-02-0" + day++, "view", "35.33611,40.30944,11"));
        }
        return story;
    }
}
