package org.deconfliction.atlas.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Predicate;
import org.deconfliction.atlas.security.Role;

/**
 * The dialog to add a user (username, password, role) or to reset one user's password. It closes when the change
 * was made; when it was refused the dialog stays open so the admin can correct what they typed.
 */
class UserDialog extends Dialog {

    /** What the admin typed for a new user. */
    record NewUser(String username, String password, Role role) {
    }

    private final TextField username = new TextField("Username");
    private final PasswordField password = new PasswordField("Password");
    private final Select<Role> role = new Select<>();

    /** A dialog adding a user; {@code add} answers whether the user was added. */
    UserDialog(Predicate<NewUser> add) {
        setHeaderTitle("Add user");
        role.setLabel("Role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(Role::label);
        role.setValue(Role.VIEWER);
        password.setHelperText("At least 8 characters");
        Button save = new Button("Add", e -> {
            if (add.test(new NewUser(username.getValue(), password.getValue(), role.getValue()))) {
                close();
            }
        });
        layOut(save, username, password, role);
    }

    /** A dialog setting a new password for the named user; {@code reset} answers whether it was set. */
    UserDialog(String user, Predicate<String> reset) {
        setHeaderTitle("Reset the password of " + user);
        password.setLabel("New password");
        password.setHelperText("At least 8 characters; tell it to the user");
        Button save = new Button("Reset", e -> {
            if (reset.test(password.getValue())) {
                close();
            }
        });
        layOut(save, password);
    }

    private void layOut(Button save, com.vaadin.flow.component.Component... fields) {
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new FormLayout(fields));
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    TextField username() {
        return username;
    }

    PasswordField password() {
        return password;
    }

    Select<Role> role() {
        return role;
    }
}
