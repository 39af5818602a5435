package org.deconfliction.atlas.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each role includes the ones before it; labels are read in any case and an unknown one is named. */
class RoleTest {

    @Test
    void eachRoleIncludesTheLesserOnes() {
        assertThat(Role.ADMIN.included()).containsExactly(Role.VIEWER, Role.EDITOR, Role.ADMIN);
        assertThat(Role.EDITOR.includes(Role.VIEWER)).isTrue();
        assertThat(Role.EDITOR.includes(Role.ADMIN)).isFalse();
        assertThat(Role.VIEWER.included()).containsExactly(Role.VIEWER);
        assertThat(Role.highest(Set.of(Role.VIEWER, Role.EDITOR))).isEqualTo(Role.EDITOR);
    }

    @Test
    void labelsAreReadInAnyCase() {
        assertThat(Role.of(" Editor ")).isEqualTo(Role.EDITOR);
        assertThat(Role.ADMIN.label()).isEqualTo("admin");
        assertThat(Role.ADMIN.authority()).isEqualTo("ROLE_ADMIN");
        assertThatThrownBy(() -> Role.of("owner")).hasMessage("'owner' is not a role; the roles are viewer, editor, admin");
    }
}
