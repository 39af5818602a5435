package org.deconfliction.atlas.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import org.deconfliction.atlas.security.AccountException;
import org.deconfliction.atlas.security.Role;
import org.deconfliction.atlas.security.UserAccount;
import org.deconfliction.atlas.security.UserAdministration;

/**
 * The admin's view of the accounts ({@code /users}): every user with their role, whether enabled and when created;
 * add a user, change a role, reset a password, disable or enable an account. A change that cannot be made (the last
 * admin disabled, a taken username) is shown in words above the grid and changes nothing.
 */
@Route(value = "users", autoLayout = false)
@PageTitle("Users · Deconfliction Atlas")
@RolesAllowed("ADMIN")
public class UsersView extends VerticalLayout {

    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final UserAdministration administration;
    private final Grid<UserAccount> grid = new Grid<>(UserAccount.class, false);
    private final AccountMessage message = new AccountMessage();

    UsersView(UserAdministration administration) {
        this.administration = administration;
        setSizeFull();
        Button add = new Button("Add user", e -> new UserDialog(this::add).open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new HorizontalLayout(new H2("Users"), add, new Anchor("", "Back to the map")), message, grid);
        grid.addColumn(UserAccount::username).setHeader("Username").setSortable(true);
        grid.addComponentColumn(this::roleSelect).setHeader("Role");
        grid.addColumn(account -> account.enabled() ? "enabled" : "disabled").setHeader("Account");
        grid.addColumn(account -> CREATED.format(account.created())).setHeader("Created");
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true);
        setFlexGrow(1, grid);
        refresh();
    }

    private Select<Role> roleSelect(UserAccount account) {
        Select<Role> select = new Select<>();
        select.setItems(Role.values());
        select.setItemLabelGenerator(Role::label);
        select.setValue(account.role());
        select.setAriaLabel("Role of " + account.username());
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                change(() -> administration.setRoles(account.username(), Set.of(e.getValue())),
                        account.username() + " is now " + e.getValue().label());
            }
        });
        return select;
    }

    private HorizontalLayout actions(UserAccount account) {
        Button reset = new Button("Reset password", e -> new UserDialog(account.username(),
                password -> change(() -> administration.resetPassword(account.username(), password),
                        "The password of " + account.username() + " was reset")).open());
        Button enable = new Button(account.enabled() ? "Disable" : "Enable", e -> change(
                () -> administration.setEnabled(account.username(), !account.enabled()),
                account.username() + (account.enabled() ? " is disabled" : " is enabled")));
        reset.setAriaLabel("Reset the password of " + account.username());
        enable.setAriaLabel((account.enabled() ? "Disable " : "Enable ") + account.username());
        return new HorizontalLayout(reset, enable);
    }

    /** Adds the user from the dialog; the dialog stays open with the message when that cannot be done. */
    private boolean add(UserDialog.NewUser user) {
        return change(() -> administration.add(user.username(), user.password(), Set.of(user.role())),
                "Added " + user.username().strip().toLowerCase(java.util.Locale.ROOT));
    }

    private boolean change(Runnable action, String done) {
        try {
            action.run();
            message.done(done);
            return true;
        } catch (AccountException e) {
            message.refused(e.getMessage());
            return false;
        } finally {
            refresh();
        }
    }

    private void refresh() {
        grid.setItems(administration.users());
    }

    /** The grid of accounts, for the view's tests. */
    Grid<UserAccount> grid() {
        return grid;
    }

    /** The line saying what the last change did or why it was refused, for the view's tests. */
    AccountMessage message() {
        return message;
    }
}
