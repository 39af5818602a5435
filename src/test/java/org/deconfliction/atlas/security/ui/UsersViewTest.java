package org.deconfliction.atlas.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.deconfliction.atlas.security.Role;
import org.deconfliction.atlas.security.UserAccount;
import org.deconfliction.atlas.security.UserAdministration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;

/** The admin's users view over the real store: add, change the role, reset the password, disable. */
@SpringBootTest
@org.junit.jupiter.api.extension.ExtendWith(org.deconfliction.atlas.security.ContextUserHolder.class)
@WithMockUser(username = "admin", roles = {"VIEWER", "EDITOR", "ADMIN"})
class UsersViewTest extends SpringBrowserlessTest {

    @Autowired
    UserAdministration administration;

    @Autowired
    UserDetailsService users;

    @Autowired
    PasswordEncoder passwords;

    private UserAccount account(String name) {
        return administration.users().stream().filter(a -> a.username().equals(name)).findFirst().orElseThrow();
    }

    private int row(UsersView view, String name) {
        var grid = test(view.grid());
        for (int i = 0; i < grid.size(); i++) {
            if (grid.getRow(i).username().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no row for " + name);
    }

    /** The row's buttons: reset password, disable or enable. */
    private java.util.List<Button> actions(UsersView view, String name) {
        return test(view.grid()).getCellComponent(row(view, name), 4).getChildren().map(Button.class::cast).toList();
    }

    private void addUser(String name, String password, Role role) {
        test($(Button.class).withText("Add user").single()).click();
        test($(TextField.class).withLabel("Username").single()).setValue(name);
        test($(PasswordField.class).withLabel("Password").single()).setValue(password);
        @SuppressWarnings("unchecked")
        Select<Role> select = $(Select.class).withLabel("Role").single();
        test(select).selectItem(role.label());
        test($(Button.class).withText("Add").single()).click();
    }

    @Test
    void anAdminAddsAUserWhoCanThenSignIn() {
        UsersView view = navigate(UsersView.class);

        addUser("Hana", "hana-password", Role.EDITOR);

        assertThat(view.message().getText()).isEqualTo("Added hana");
        assertThat(view.grid().getListDataView().getItems().map(UserAccount::username)).contains("hana");
        assertThat(account("hana").role()).isEqualTo(Role.EDITOR);
        assertThat(passwords.matches("hana-password", users.loadUserByUsername("hana").getPassword())).isTrue();
    }

    @Test
    void aRefusedAdditionSaysWhyAndKeepsTheDialogOpen() {
        UsersView view = navigate(UsersView.class);

        addUser("ivo", "short", Role.VIEWER);

        assertThat(view.message().getText()).isEqualTo("The password must have at least 8 characters");
        assertThat($(TextField.class).withLabel("Username").single().getValue()).isEqualTo("ivo");
        assertThat(administration.users()).extracting(UserAccount::username).doesNotContain("ivo");
    }

    @Test
    void rolesPasswordsAndAccountsAreChangedFromTheGrid() {
        administration.add("jin", "jin-password", Set.of(Role.VIEWER));
        UsersView view = navigate(UsersView.class);

        @SuppressWarnings("unchecked")
        Select<Role> role = (Select<Role>) test(view.grid()).getCellComponent(row(view, "jin"), 1);
        test(role).selectItem("editor");
        assertThat(account("jin").role()).isEqualTo(Role.EDITOR);
        assertThat(view.message().getText()).isEqualTo("jin is now editor");

        test(actions(view, "jin").get(0)).click();
        test($(PasswordField.class).withLabel("New password").single()).setValue("jin-new-password");
        test($(Button.class).withText("Reset").single()).click();
        assertThat(passwords.matches("jin-new-password", users.loadUserByUsername("jin").getPassword())).isTrue();

        Button disable = actions(view, "jin").get(1);
        assertThat(disable.getText()).isEqualTo("Disable");
        test(disable).click();
        assertThat(account("jin").enabled()).isFalse();
        assertThat(users.loadUserByUsername("jin").isEnabled()).isFalse();
        assertThat(actions(view, "jin").get(1).getText()).isEqualTo("Enable");
    }

    @Test
    @WithMockUser(username = "ann", roles = {"VIEWER", "EDITOR"})
    void aUserWhoIsNotAdminCannotOpenTheView() {
        UI.getCurrent().navigate(UsersView.class);

        assertThat($(UsersView.class).exists()).isFalse();
    }
}
