package org.deconfliction.atlas.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a user may do. Each role includes the ones before it: an editor can do all a viewer can, an admin all an
 * editor can. In the store and in settings a role is written in lower case ({@code editor}); Spring Security knows
 * it as the authority {@code ROLE_EDITOR}, so {@code @RolesAllowed("EDITOR")} and {@code hasRole('EDITOR')} work.
 */
public enum Role {
    /** Reads everything: the map, the API, the stories shared with everyone; saves stories of their own. */
    VIEWER,
    /** Also creates, edits, deletes and restores incidents and sites, and imports data. */
    EDITOR,
    /** Also adds users, sets their roles, resets their passwords and disables their accounts. */
    ADMIN;

    /** The role's name as written in the store and shown to users, e.g. {@code editor}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The Spring Security authority of this role, e.g. {@code ROLE_EDITOR}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** This role and every role it includes: for ADMIN all three. */
    public Set<Role> included() {
        return EnumSet.range(VIEWER, this);
    }

    /** Whether a user holding this role may do what {@code needed} allows. */
    public boolean includes(Role needed) {
        return compareTo(needed) >= 0;
    }

    /**
     * The role named by a label, in any case ({@code Editor}, {@code editor}).
     *
     * @throws IllegalArgumentException naming the text and the roles there are, for any other text
     */
    public static Role of(String label) {
        return Arrays.stream(values()).filter(role -> role.label().equalsIgnoreCase(label.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + label + "' is not a role; the roles are "
                        + Arrays.stream(values()).map(Role::label).collect(Collectors.joining(", "))));
    }

    /** The highest of the roles; VIEWER for none. */
    public static Role highest(Set<Role> roles) {
        return roles.stream().max(Enum::compareTo).orElse(VIEWER);
    }
}
