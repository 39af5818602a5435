package org.deconfliction.atlas.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.login.LoginForm;
import org.deconfliction.atlas.ui.AtlasView;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/** The user menu in the map's header: sign in when anonymous, the user's name and sign-out when signed in. */
@SpringBootTest
@org.junit.jupiter.api.extension.ExtendWith(org.deconfliction.atlas.security.ContextUserHolder.class)
class UserMenuTest extends SpringBrowserlessTest {

    private UserMenu menuOnTheMap() {
        navigate(AtlasView.class);
        return $(UserMenu.class).single();
    }

    private static java.util.List<String> items(UserMenu menu) {
        MenuItem user = menu.menu().getItems().getFirst();
        return user.getSubMenu().getItems().stream().map(MenuItem::getText).toList();
    }

    @Test
    void anAnonymousVisitorSeesTheMapAndSignIn() {
        UserMenu menu = menuOnTheMap();

        assertThat(menu.signInButton().isAttached()).isTrue();
        assertThat(menu.menu().isAttached()).isFalse();
        test(menu.signInButton()).click();
        assertThat($(LoginForm.class).exists()).isTrue();
    }

    @Test
    @WithMockUser(username = "ann", roles = "VIEWER")
    void aViewerSeesTheirNameAndRoleAndSignOutButNoUsers() {
        UserMenu menu = menuOnTheMap();

        assertThat(menu.signInButton().isAttached()).isFalse();
        assertThat(menu.menu().getItems().getFirst().getText()).isEqualTo("ann");
        assertThat(items(menu)).containsExactly("Signed in as ann (viewer)", "Sign out");
    }

    @Test
    @WithMockUser(username = "root", roles = {"VIEWER", "EDITOR", "ADMIN"})
    void anAdminAlsoFindsUsers() {
        UserMenu menu = menuOnTheMap();

        assertThat(items(menu)).containsExactly("Signed in as root (admin)", "Users", "Sign out");
    }
}
